/**
 * Serves the built app (dist/) the way `npm start` does, on a free port,
 * for the Chromium tests. The build itself is run by `npm run test:e2e`.
 * E2E_DIST names another build folder, so several builds can be tested side by side.
 */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;
const outDir = process.env.E2E_DIST ?? 'dist';

export async function setup(project: TestProject) {
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`npm run build\` first`);
  server = await preview({
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
