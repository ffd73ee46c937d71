/** The demo generators through the command handlers, one part per context beside its code. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './office/demo-office.cases';
import './dossiers/demo-dossiers.cases';
import './records/demo-records.cases';
import './handover/demo-handover.cases';
import './directives/demo-directives.cases';
import './programme/demo-programme.cases';
import './delegations/demo-delegations.cases';
import './quality/demo-quality.cases';
import './absences/demo-absences.cases';
import './schedule/demo-schedule.cases';
