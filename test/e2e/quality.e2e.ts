/** The ISO quality system over HTTP: audits and reviews, legal changes, nonconformities, the self-check and internal processes. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './quality/audits-reviews.cases';
import './quality/legal-changes.cases';
import './quality/nc-proposals.cases';
import './quality/self-check.cases';
import './quality/internal-processes.cases';
