import { MeetingRow } from './meetings/meeting.entity';
import { DirectiveRow } from './task-register/directive.entity';

/** The directives' tables, for the read-model data source. */
export const DIRECTIVES_ENTITIES = [DirectiveRow, MeetingRow];
