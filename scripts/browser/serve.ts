/**
 * Serves a build with vite's preview server, as `npm start` does: the
 * project's vite config supplies the security headers of public/_headers,
 * and the server compresses text responses with gzip (default level).
 */
import { preview } from 'vite';

export interface ServedBuild {
  url: string;
  close: () => Promise<void>;
}

export async function serveBuild(root: string, outDir: string): Promise<ServedBuild> {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    // Port 0: a free port, so several scripts or test runs can serve side by side.
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  return { url, close: () => server.close() };
}
