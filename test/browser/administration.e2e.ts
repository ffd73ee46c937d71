/** Administration in a real browser (quản trị): people and the working-day calendar. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './administration/people.cases';
import './administration/calendar.cases';
