/** Documents over HTTP: the incoming workflow, numbers, slips, lists, distribution, signatures, attachments and archives. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './documents/workflow.cases';
import './documents/registration-numbers.cases';
import './documents/forms.cases';
import './documents/lists.cases';
import './documents/distribution-for-information.cases';
import './documents/signatures.cases';
import './documents/attachments.cases';
import './documents/records.cases';
