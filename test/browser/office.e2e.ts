/** The office's people and its leaders' work in a real browser: absences, signing delegations and hand-overs; the leaders' directives, the weekly schedule, the work programme and Committee sessions. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './people/absences.cases';
import './people/delegations.cases';
import './people/handover.cases';
import './leadership/directives.cases';
import './leadership/schedule.cases';
import './leadership/programme.cases';
import './leadership/sessions.cases';
