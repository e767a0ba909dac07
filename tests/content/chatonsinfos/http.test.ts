/**
 * The importer over HTTP, against a server on the loopback interface that
 * serves the fixture files, with one endpoint that answers too late and one
 * that does not exist. Nothing leaves the machine.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChatonsInfosImport, type ChatonsInfosResult } from '../../../scripts/chatonsinfos/run';
import type { Hoster } from '../../../src/content/schema';
import { ciDir, importOptions, tempContentDir } from './helpers';

const slowMs = 10_000;
const timeoutMs = 500;

let server: Server;
let base = '';
const slowTimers = new Set<NodeJS.Timeout>();

function federation(): string {
  return [
    '[File]',
    'file.class = Federation',
    'file.datetime = 2026-09-01T12:00:00',
    'federation.name = CHATONS',
    '[Subs]',
    `subs.old-news = ${base}/organizations/old-news.properties`,
    `subs.herault = ${base}/organizations/latin1.properties`,
    // Relative to the federation's own address.
    'subs.ailleurs = organizations/statut-inconnu.properties',
    `subs.lent = ${base}/slow.properties`,
    `subs.absent = ${base}/organizations/absent.properties`,
    `subs.page = ${base}/page.html`,
    // A file on the web must not make the importer read local files.
    `subs.local = file://${path.join(ciDir, 'organizations', 'idle.properties')}`,
  ].join('\n');
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', base);
    if (url.pathname === '/federation.properties') {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(federation());
      return;
    }
    if (url.pathname === '/slow.properties') {
      const timer = setTimeout(() => {
        response.end('organization.name = Too late\n');
      }, slowMs);
      slowTimers.add(timer);
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('file.class = Organization\n'); // starts, then stalls
      return;
    }
    if (url.pathname === '/page.html') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Accueil</title>');
      return;
    }
    const file = path.join(ciDir, ...url.pathname.split('/').filter((p) => p !== '' && p !== '..'));
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const timer of slowTimers) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('importing over HTTP', { timeout: 60_000 }, () => {
  let result: ChatonsInfosResult;
  let outDir: string;
  let elapsed: number;

  beforeAll(async () => {
    outDir = tempContentDir();
    // A hoster imported earlier from the slow address must survive a timeout.
    mkdirSync(path.join(outDir, 'hosters'), { recursive: true });
    writeFileSync(
      path.join(outDir, 'hosters', 'lent.json'),
      JSON.stringify({
        id: 'lent',
        provenance: {
          importedFrom: `chatonsinfos:${base}/slow.properties`,
          importedOn: '2026-01-01',
        },
      }),
    );
    const started = Date.now();
    result = await runChatonsInfosImport(
      importOptions({ source: `${base}/federation.properties`, outDir, timeoutMs }),
    );
    elapsed = Date.now() - started;
  });

  it('gives up on a file that answers too late, and goes on with the others', () => {
    const slow = result.crawl.skipped.find((s) => s.file === `${base}/slow.properties`);
    expect(slow?.reason).toBe('no complete answer within 0.5 s (timeout)');
    expect(elapsed).toBeLessThan(slowMs);
  });

  it('reports a missing file, a web page and a file:// address as skipped', () => {
    const reasons = Object.fromEntries(result.crawl.skipped.map((s) => [s.file, s.reason]));
    expect(reasons[`${base}/organizations/absent.properties`]).toBe('HTTP 404 Not Found');
    expect(reasons[`${base}/page.html`]).toBe(
      'the address gives a web page, not a .properties file',
    );
    expect(Object.entries(reasons).find(([file]) => file.startsWith('file://'))?.[1]).toBe(
      'only http(s) addresses are followed',
    );
  });

  it('follows absolute and relative subs, in UTF-8 and ISO-8859-1', () => {
    expect(result.organizations.map((o) => [o.file, o.kind])).toEqual([
      [`${base}/organizations/old-news.properties`, 'unchanged'],
      [`${base}/organizations/latin1.properties`, 'imported'],
      [`${base}/organizations/statut-inconnu.properties`, 'updated'],
    ]);
    const hoster = JSON.parse(
      readFileSync(path.join(outDir, 'hosters', 'herault.json'), 'utf8'),
    ) as Hoster;
    expect(hoster.name).toBe("Chatons Numériques de l'Hérault");
    expect(hoster.provenance.importedFrom).toBe(
      `chatonsinfos:${base}/organizations/latin1.properties`,
    );
    expect(hoster.sources).toEqual([
      `${base}/organizations/latin1.properties`,
      `${base}/services/latin1-cloud.properties`,
      `${base}/services/latin1-poll.properties`,
    ]);
  });

  it('keeps the hoster of an address that could not be read this time', () => {
    expect(result.removed).toEqual([]);
    expect(readFileSync(path.join(outDir, 'hosters', 'lent.json'), 'utf8')).toContain('"lent"');
  });
});
