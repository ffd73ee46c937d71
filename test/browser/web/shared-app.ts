import { useTestApp } from '../../support/test-app';

/**
 * One app for the parts of the web group that start it with the default options and look only at what
 * they wrote themselves, or at nothing written: the document's way through the pages (first, on the
 * documents it seeds), serving and speed. Declared at the file's top level by the first part that imports
 * it, it starts before the group's first test and closes after its last: two app starts fewer (~1.3 s of
 * CPU each). Daily use keeps an app of its own: it seeds documents with the same excerpts as the first part.
 */
export const webApp = useTestApp();
