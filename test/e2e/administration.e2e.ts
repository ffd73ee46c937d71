/** Administration over HTTP (quản trị): the organisation over time, people, the working-day calendar and its web reference data. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './administration/organisation.cases';
import './administration/people.cases';
import './administration/calendar.cases';
import './administration/calendar-reference.cases';
