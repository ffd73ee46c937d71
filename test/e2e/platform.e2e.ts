/** The platform over HTTP: foundation, read models, read-your-writes, two API instances, audit. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './platform/foundation.cases';
import './platform/read-models.cases';
import './platform/read-your-writes.cases';
import './platform/two-instances.cases';
import './platform/audit.cases';
