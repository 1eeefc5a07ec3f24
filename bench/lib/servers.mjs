import { build, preview } from 'vite';

/**
 * Builds a Vite project into its own directory (never the repo's dist/, which others use) and
 * serves it with `vite preview` on the given port.
 */
export async function buildAndServe({ root, configFile, outDir, port }) {
  const started = performance.now();
  await build({ root, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const buildMs = Math.round(performance.now() - started);
  const server = await preview({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    outDir,
    buildMs,
    close: () => server.close(),
  };
}
