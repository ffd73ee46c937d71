/** People over HTTP: absences, signing delegations and hand-overs. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './people/absences.cases';
import './people/delegations.cases';
import './people/handover.cases';
