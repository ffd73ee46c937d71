/** Documents in a real browser: lists, distribution for information, signatures, attachments and archives. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './documents/lists.cases';
import './documents/for-information.cases';
import './documents/signatures.cases';
import './documents/attachments.cases';
import './documents/records.cases';
