/** The office's own work over HTTP: administration (the organisation, people, the working-day calendar, the inter-agency exchange between two instances), people's absences, delegations, hand-overs and the notices that find them, and the leaders' directives, schedule, programme and sessions. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './administration/organisation.cases';
import './administration/people.cases';
import './administration/calendar.cases';
import './administration/calendar-reference.cases';
import './administration/exchange.cases';
import './people/absences.cases';
import './people/delegations.cases';
import './people/handover.cases';
import './people/notices.cases';
import './leadership/directives.cases';
import './leadership/schedule.cases';
import './leadership/programme.cases';
import './leadership/sessions.cases';
