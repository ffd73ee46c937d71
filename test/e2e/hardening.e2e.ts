/** Hardening over HTTP: recorded reads and contract points, input refused cleanly, operations, the OpenAPI answers. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './hardening/contract.cases';
import './hardening/input.cases';
import './hardening/operations.cases';
import './hardening/open-api.cases';
