import { Injectable } from '@nestjs/common';
import {
  absenceStreamName, decideAbsence, evolveAbsence, initialAbsenceState, isDomainError, notFound,
  type AbsenceCommand, type AbsenceEvent, type AbsencesContext, type AbsenceState,
} from '@office/domain';
import { AbsenceQueries, OrganisationDirectory } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CalendarInForce } from '../calendar/calendar-in-force';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import type { OmitEach } from '../dossiers/dossier-streams';

export const ABSENCE_FOLD: Fold<AbsenceState, AbsenceEvent> = { initialState: initialAbsenceState, evolve: evolveAbsence };

/** An absence command as a route maps it: who and when come from the request's context. */
export type AbsenceCommandInput = OmitEach<AbsenceCommand, 'actor' | 'now'>;

export interface AbsenceStepResult {
  id: string;
  revision: string;
}

/** The absences' streams (`absence-<id>`): every write goes through the pipeline with the absences' decider. */
@Injectable()
export class AbsenceStreams {
  private readonly absences: AbsenceQueries;

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
    private readonly calendars: CalendarInForce,
    dataSource: DataSource,
  ) {
    this.absences = new AbsenceQueries(dataSource);
  }

  async run(input: AbsenceCommandInput, context: CommandContext): Promise<HandledCommand<AbsenceState, AbsenceEvent>> {
    const command = { ...input, actor: context.actor, now: context.now } as AbsenceCommand;
    const decisionContext: AbsencesContext = {
      organisation: await this.directory.organisation(),
      calendar: this.calendars.current(),
      // The requester's other absences, read now: a request or an approval that overlaps one is refused (ABSENCE_OVERLAPS).
      otherAbsences: await this.othersOf(input, context),
    };
    return this.pipeline.handle(absenceStreamName(input.absenceId), ABSENCE_FOLD, context, (state) => decideAbsence(command, state, decisionContext), {
      command: input.type,
      visible: input.type === 'request' ? undefined : (state) => {
        if (state.status === 'none') throw notFound(`Không tìm thấy lịch vắng ${input.absenceId}`, 'id');
      },
    });
  }

  private async othersOf(input: AbsenceCommandInput, context: CommandContext): Promise<AbsencesContext['otherAbsences']> {
    if (input.type === 'request') return this.absences.activeOf(input.requesterId ?? context.actor.userId);
    if (input.type !== 'approve') return [];
    const requesterId = await this.absences.byId(input.absenceId).then(
      (absence) => absence.requester.id,
      (error: unknown) => (isDomainError(error) ? null : Promise.reject(error)),
    );
    return requesterId ? this.absences.activeOf(requesterId) : [];
  }
}
