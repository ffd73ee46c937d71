import { Text } from '../../documents/http/validators';

/** POST /api/procedures/:code/versions/:version/approve (office chief). */
export class ApproveProcedureVersionRequest {
  @Text(1, 300, 'Quyết định số 1234/QĐ-UBND ngày 20/6/2025') decisionRef!: string;
}
