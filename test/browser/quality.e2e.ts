/** The ISO quality system in a real browser: the ISO pages, the self-check and internal processes. One jest file, so the product is imported once for all its parts (README: How the tests run). */
import './quality/iso.cases';
import './quality/self-check.cases';
import './quality/internal-processes.cases';
