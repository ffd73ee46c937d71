import { Text } from '../../documents/http/validators';
import { ProcedureCodeField } from '../procedure-params';

/** POST /api/procedures: a procedure enters the catalogue (ISO secretary). */
export class RegisterProcedureRequest {
  @ProcedureCodeField() code!: string;
  @Text(1, 500, 'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II') name!: string;
  @Text(1, 16, 'XD') fieldCode!: string;
}
