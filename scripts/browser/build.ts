/**
 * Builds the app into a folder of the script's own: dist/ belongs to
 * `npm run build` and the end-to-end tests, which may be running meanwhile.
 */
import { build } from 'vite';

export async function buildInto(root: string, outDir: string): Promise<void> {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
}
