/**
 * Everything the browser downloads on a first visit to the welcome page,
 * counted from Chromium's own network events (CDP Network.loadingFinished
 * encodedDataLength: headers and body as they came over the wire), with the
 * preview server compressing text responses with gzip. A service worker's
 * downloads (precache) are counted too: they are part of the first visit.
 */
import type { Browser } from 'playwright-core';
import { goal, kb } from './report';

interface Download {
  url: string;
  type: string;
  encoding: string;
  bytes: number;
  byWorker: boolean;
}

export async function measureFirstVisit(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const seen = new Map<string, Omit<Download, 'bytes' | 'byWorker'>>();
    const downloads: Download[] = [];
    cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
      const encoding = Object.entries(response.headers).find(
        ([name]) => name.toLowerCase() === 'content-encoding',
      )?.[1];
      seen.set(requestId, { url: response.url, type, encoding: encoding ?? 'none' });
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const response = seen.get(requestId);
      if (response) downloads.push({ ...response, bytes: encodedDataLength, byWorker: false });
    });
    // The page's session does not see a service worker's own fetches; the context does.
    context.on('requestfinished', (request) => {
      if (!request.serviceWorker()) return;
      void request.sizes().then((sizes) =>
        downloads.push({
          url: request.url(),
          type: `${request.resourceType()} (worker)`,
          encoding: '',
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
          byWorker: true,
        }),
      );
    });
    await cdp.send('Network.enable');
    await page.goto(url, { waitUntil: 'networkidle' });
    // A service worker installs after load: give its precache time to finish.
    await page.waitForTimeout(3000);

    const origin = new URL(url).origin;
    console.log(
      'First visit to the welcome page (Chromium network events, encodedDataLength; server gzip):',
    );
    for (const d of downloads) {
      const where = d.url.startsWith(origin) ? d.url.slice(origin.length) : d.url;
      console.log(
        `  ${where.padEnd(48)} ${d.type.padEnd(16)} ${d.encoding.padEnd(5)} ${kb(d.bytes).padStart(9)}`,
      );
    }
    const sum = (list: Download[]) => list.reduce((total, d) => total + d.bytes, 0);
    const all = sum(downloads);
    const worker = sum(downloads.filter((d) => d.byWorker));
    console.log(
      `  total ${kb(all)} in ${downloads.length} responses (of which service worker ${kb(worker)}): ${goal(all <= 200 * 1024, '≤ 200 KB')}`,
    );
  } finally {
    await context.close();
  }
}
