import nodeModule from 'node:module';

/**
 * Imported first by each process's entry point (the launcher, the projector): from Node 22.1 on, V8's
 * compiled code of every module loaded after this is kept on disk (NODE_COMPILE_CACHE's folder, else
 * the system's temporary one), so a restart skips compiling the ~2,000 modules of the API again.
 * Node 20 has no such cache: there this does nothing.
 */
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
