import { PassThrough, type Writable } from 'node:stream';
import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { notFound, wrongState } from '@office/domain';
import { DEMO_OFFICE, resolvePdfFont, type PdfFont } from '@office/forms';
import { writeDepositHandover, writeDepositInventory, type DepositBatchView } from '@office/forms/records';
import { OrganisationDirectory } from '@office/read-models';
import { AnswersFile, PDF } from '../../http/open-api-schemas';
import { PeriodParams } from '../records-params';
import { RecordsStreams } from '../records-streams';

type Writer = (out: Writable, view: DepositBatchView, font: PdfFont) => Promise<void>;

/** The printed records of a handed-over batch: the inventory and the hand-over record, each printed in two copies. */
@ApiTags('records')
@ApiBearerAuth()
@Controller('api/records/deposits')
export class RecordsPrintoutsController {
  constructor(
    private readonly records: RecordsStreams,
    private readonly directory: OrganisationDirectory,
  ) {}

  @Get(':period/inventory.pdf')
  @ApiOperation({ summary: 'Mục lục hồ sơ, tài liệu nộp lưu of a handed-over batch (PDF)' })
  @ApiProduces(PDF)
  @AnswersFile('the inventory', PDF)
  inventory(@Param() { period }: PeriodParams) {
    return this.printout(period, 'muc-luc-nop-luu', writeDepositInventory);
  }

  @Get(':period/handover.pdf')
  @ApiOperation({ summary: 'Biên bản giao nhận hồ sơ, tài liệu of a handed-over batch (PDF)' })
  @ApiProduces(PDF)
  @AnswersFile('the hand-over record', PDF)
  handover(@Param() { period }: PeriodParams) {
    return this.printout(period, 'bien-ban-giao-nhan', writeDepositHandover);
  }

  private async printout(period: string, name: string, write: Writer): Promise<StreamableFile> {
    const view = await this.view(period);
    const font = resolvePdfFont(process.env, 'serif');
    const out = new PassThrough();
    write(out, view, font).catch((error: Error) => out.destroy(error));
    return new StreamableFile(out, { type: PDF, disposition: `inline; filename="${name}-${period}.pdf"` });
  }

  /** The batch as the hand-over recorded it, with the names of people and departments resolved. */
  private async view(period: string): Promise<DepositBatchView> {
    const batch = await this.records.batch(period);
    if (batch.status === 'none') throw notFound(`Chưa mở đợt nộp lưu ${period}`, 'period');
    if (batch.status !== 'handed_over') throw wrongState(`Đợt nộp lưu ${period} chưa giao nhận: chưa có biên bản để in`, 'DEPOSIT_NOT_HANDED_OVER');
    const organisation = await this.directory.organisation();
    const giver = organisation.users.find((u) => u.id === batch.handover.by);
    const department = (id: string) => organisation.departments.find((d) => d.id === id)?.name ?? '';
    return {
      office: DEMO_OFFICE, period, handedOverAt: batch.handover.at, receiver: batch.handover.receiverName, condition: batch.handover.condition,
      giver: { name: giver?.fullName ?? '', position: 'Văn thư, Phòng Hành chính – Tổ chức' },
      files: batch.handover.files.map((f) => ({ ...f, department: department(f.departmentId) })),
    };
  }
}
