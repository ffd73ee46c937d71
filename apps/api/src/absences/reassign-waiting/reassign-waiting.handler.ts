import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { localDateOf, periodCovers, ruleViolation } from '@office/domain';
import { AbsenceQueries, Holdings, OrganisationDirectory } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { CommandContext } from '../../commands/command-context';
import { moveHeldItem } from '../../handover/move-held-item';
import type { ReassignWaitingRequest } from '../absence-requests';
import type { AbsenceStepResult } from '../absence-streams';

export class ReassignWaitingCommand {
  constructor(
    readonly absenceId: string,
    readonly key: string,
    readonly input: ReassignWaitingRequest,
    readonly context: CommandContext,
  ) {}
}

/**
 * Giao lại việc của người đang vắng: the item must be one the absent person holds now (the
 * hand-over's holdings, from the queues) and movable by its own context; then that context's step
 * does it — a document's reassignment (`assign`, by its head), a dossier's transfer — with its own
 * rules and refusals. Nothing is written on the absence: the item's stream records who moved it.
 */
@CommandHandler(ReassignWaitingCommand)
export class ReassignWaitingHandler implements ICommandHandler<ReassignWaitingCommand, AbsenceStepResult> {
  private readonly absences: AbsenceQueries;

  constructor(
    private readonly commands: CommandBus,
    private readonly directory: OrganisationDirectory,
    private readonly dataSource: DataSource,
  ) {
    this.absences = new AbsenceQueries(dataSource);
  }

  async execute({ absenceId, key, input, context }: ReassignWaitingCommand): Promise<AbsenceStepResult> {
    const absence = await this.absences.byId(absenceId);
    const inForce = (absence.status === 'approved' || absence.status === 'recorded') && periodCovers(absence, localDateOf(context.now));
    if (!inForce) throw ruleViolation('NOT_AWAY_NOW', 'Người này không vắng mặt hôm nay theo lịch đã duyệt', 'id');
    const person = (await this.directory.organisation()).users.find((u) => u.id === absence.requester.id);
    const held = person ? await new Holdings(this.dataSource, () => new Date(context.now)).of({ id: person.id, roles: person.roles, departmentId: person.departmentId, at: context.now }) : [];
    const item = held.find((h) => h.key === key);
    if (!item) throw ruleViolation('NOT_WAITING', 'Việc này không còn chờ người vắng mặt', 'key');
    if (!item.reassignable) throw ruleViolation('NOT_REASSIGNABLE', 'Việc này không giao lại được qua hệ thống (chờ ký, theo dõi nhiệm vụ, hồ sơ lưu): bàn giao trực tiếp', 'key');
    return moveHeldItem(this.commands, item, input.receiverId, input.reason, context);
  }

}
