import { Controller, Get, Inject, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { hasRole, notFound, type RecordedHandover, type Role } from '@office/domain';
import { handoverRecordFileName, renderHandoverRecord } from '@office/forms';
import { HandoverQueries, OrganisationDirectory, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import { contentDisposition } from '../../attachments/read/file-content';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { CLOCK, type Clock } from '../../commands/request-context';
import { Answers, AnswersFile, PDF } from '../../http/open-api-schemas';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { HANDOVER_ONE, HANDOVER_LIST } from '../handover-answers';
import { HandoverParams } from '../handover-requests';
import { HandoverStreams } from '../handover-streams';
import { HandoverListQuery } from './handover-list.query';
import { handoverAnswer, handoverRecordView } from './handover-views';

const READS = [PROJECTION_NAMES.handovers];
/** Who sees every hand-over: heads, office leaders, admins, auditors; anyone else only their own. */
const OVERSEERS: Role[] = ['department_head', 'office_deputy_chief', 'office_chief', 'admin', 'auditor'];

/** Sổ theo dõi bàn giao (from `handovers.v1`), one hand-over exactly as its stream holds it, and its printed record. */
@ApiTags('handovers')
@ApiBearerAuth()
@Controller('api/handovers')
export class HandoverReadsController {
  private readonly handoverList: HandoverQueries;

  constructor(
    dataSource: DataSource,
    private readonly handovers: HandoverStreams,
    private readonly directory: OrganisationDirectory,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.handoverList = new HandoverQueries(dataSource);
  }

  @Get()
  @ApiOperation({ summary: 'The departures, open first: who leaves, why, how many items are still held, the signatures; a member of staff without oversight sees their own' })
  @Answers(HANDOVER_LIST)
  async list(@Query() query: HandoverListQuery, @CurrentUser() user: AuthenticatedUser) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const userId = hasRole(user, ...OVERSEERS) ? undefined : user.id;
    const { items, total } = await this.handoverList.list({ status: query.status, userId });
    const organisation = await this.directory.organisation();
    const name = (id: string) => organisation.users.find((u) => u.id === id)?.fullName ?? id;
    return { items: items.map((item) => ({ ...item, userName: name(item.userId), receiverName: name(item.receiverId) })), total, projectedPosition };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One hand-over from its stream: the items with their outcomes and the step the caller may take on each, what is still held, the signatures, and `actions`' })
  @Answers(HANDOVER_ONE)
  async one(@Param() { id }: HandoverParams, @CurrentUser() user: AuthenticatedUser) {
    const handover = this.visible(await this.handovers.load(id), user);
    const [organisation, heldNow] = await Promise.all([this.directory.organisation(), handover.status === 'open' ? this.handovers.heldBy(handover.userId) : []]);
    return handoverAnswer(handover, organisation, { userId: user.id, roles: user.roles, departmentId: user.departmentId }, heldNow);
  }

  @Get(':id/record')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Biên bản bàn giao công việc, hồ sơ, tài liệu: A4 PDF with the national header, every item with its receiver, how and why, and the two signatures' })
  @AnswersFile('the record, in Vietnamese', PDF)
  async record(@Param() { id }: HandoverParams, @CurrentUser() user: AuthenticatedUser): Promise<StreamableFile> {
    const handover = this.visible(await this.handovers.load(id), user);
    const view = handoverRecordView(handover, await this.directory.organisation(), this.clock().toISOString());
    return new StreamableFile(renderHandoverRecord(view), { type: 'application/pdf', disposition: contentDisposition('inline', handoverRecordFileName(view.leaver.name)) });
  }

  /** Overseers, the leaver and anyone who receives an item see it; to others it does not exist. */
  private visible(handover: RecordedHandover, user: AuthenticatedUser): RecordedHandover {
    const involved = handover.userId === user.id || handover.receiverId === user.id || handover.items.some((item) => item.handedOver?.receiverId === user.id);
    if (!hasRole(user, ...OVERSEERS) && !involved) throw notFound(`Không tìm thấy việc bàn giao ${handover.handoverId}`, 'id');
    return handover;
  }
}
