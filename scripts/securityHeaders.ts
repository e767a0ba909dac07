/**
 * Reads the example header file (public/_headers) so that the preview
 * server sends exactly what we advise hosters to send: one source of truth.
 */
import { readFileSync } from 'node:fs';

export function readSecurityHeaders(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match?.[1] && match[2]) headers[match[1]] = match[2].trim();
  }
  return headers;
}
