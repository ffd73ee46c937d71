/** The leaders’ work over HTTP: directives, the weekly schedule, the work programme and Committee sessions. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './leadership/directives.cases';
import './leadership/schedule.cases';
import './leadership/programme.cases';
import './leadership/sessions.cases';
