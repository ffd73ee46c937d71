import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** A mã TTHC of the national database (`1.004227`), wherever a request names a procedure. */
export function ProcedureCodeField() {
  return applyDecorators(
    ApiProperty({ example: '1.004227', description: 'mã thủ tục hành chính' }),
    Matches(/^\d{1,4}\.\d{1,10}$/, { message: '$property phải là mã thủ tục hành chính, ví dụ 1.004227' }),
  );
}

/** `:code` of a catalogue route: a mã TTHC, or the code of an internal process (`QT-VB-01`), whose versions are approved on the same route. */
export class ProcedureParams {
  @ApiProperty({ example: '1.004227', description: 'mã thủ tục hành chính, hoặc mã quy trình nội bộ (QT-VB-01)' })
  @Matches(/^(\d{1,4}\.\d{1,10}|QT-[A-Z]{2,5}-\d{2,3})$/, { message: '$property phải là mã thủ tục hành chính (ví dụ 1.004227) hoặc mã quy trình nội bộ (ví dụ QT-VB-01)' })
  code!: string;
}

export class ProcedureVersionParams extends ProcedureParams {
  @ApiProperty({ minimum: 1, example: 1 })
  @Type(() => Number)
  @IsInt({ message: 'version phải là số phiên bản (số nguyên từ 1)' })
  @Min(1, { message: 'version phải là số phiên bản (số nguyên từ 1)' })
  @Max(10_000)
  version!: number;
}
