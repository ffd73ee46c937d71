/** Administration and the office's channels in a real browser: people, the working-day calendar, notices and counters, liên thông between two instances. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './administration/people.cases';
import './administration/calendar.cases';
import './administration/notices.cases';
import './administration/exchange.cases';
