import { useTestApp } from '../../support/test-app';

/**
 * One app for the parts of the documents group that start it with the default options and look only
 * at what they wrote themselves (their own documents' streams, lengths and lists taken before and
 * after), never at the whole database: workflow, forms and signatures. Declared at the file's top level
 * by the first part that imports it, it starts before the group's first test and closes after its
 * last: two app starts fewer (~1.3 s of CPU each). A part that counts from an empty database (the
 * numbers from 1, the lists' totals) or sets a clock or a store keeps an app of its own.
 */
export const documentsApp = useTestApp();
