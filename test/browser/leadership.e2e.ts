/** The leaders’ work in a real browser: the weekly schedule, the work programme and Committee sessions. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './leadership/schedule.cases';
import './leadership/programme.cases';
import './leadership/sessions.cases';
