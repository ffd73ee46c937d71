/** The web application as served and used: the document's way through the pages, daily use, serving, speed on a provincial link. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './web/web-app.cases';
import './web/daily-use.cases';
import './web/serving.cases';
import './web/speed.cases';
