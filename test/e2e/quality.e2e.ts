/** The ISO quality system over HTTP: audits and reviews, legal changes, nonconformities, the self-check, internal processes, the statistics it measures, the evidence pack and its cap across instances. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './quality/audits-reviews.cases';
import './quality/legal-changes.cases';
import './quality/nc-proposals.cases';
import './quality/self-check.cases';
import './quality/internal-processes.cases';
import './quality/statistics.cases';
import './quality/evidence-pack.cases';
import './quality/evidence-cap.cases';
