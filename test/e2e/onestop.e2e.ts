/** The one-stop desk over HTTP. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './onestop/catalogue.cases';
import './onestop/codes.cases';
import './onestop/dossier-life.cases';
import './onestop/forms-and-lookup.cases';
import './onestop/refusals.cases';
