/** The platform over HTTP and its hardening: foundation, read models, read-your-writes, two API instances, audit; recorded reads and contract points, input refused cleanly, operations, the OpenAPI answers, login throttling across instances, a poison event, the database's link cut and the outage's log. One jest file, so the product is imported once for all its parts (README: How the tests run); each part's database and relay are its own, and none changes what the process shares. */
import './platform/foundation.cases';
import './platform/read-models.cases';
import './platform/read-your-writes.cases';
import './platform/two-instances.cases';
import './platform/audit.cases';
import './hardening/contract.cases';
import './hardening/input.cases';
import './hardening/operations.cases';
import './hardening/open-api.cases';
import './hardening/login-throttle.cases';
import './hardening/projector-poison.cases';
import './hardening/store-outage-log.cases';
import './hardening/database-loss-link.cases';
