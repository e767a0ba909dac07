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

/** Source text, run before the app: collects what the CSP blocked. */
const cspWatch = `document.addEventListener('securitypolicyviolation', (event) => {
  (window.__csp = window.__csp || []).push(event.violatedDirective + ' ' + event.blockedURI);
}, true);`;

/**
 * A service worker registers after load and precaches while it installs:
 * wait until one is active with nothing installing (at most 20 s), or until
 * 5 s have passed without any registration.
 */
const serviceWorkerSettled = `(async () => {
  if (!('serviceWorker' in navigator)) return 'unsupported';
  for (let waited = 0; waited < 20000; waited += 250) {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration && waited >= 5000) return 'none';
    if (registration && registration.active && !registration.installing && !registration.waiting)
      return 'active';
    await new Promise((done) => setTimeout(done, 250));
  }
  return 'still installing';
})()`;

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
    const pending: Promise<void>[] = [];
    context.on('requestfinished', (request) => {
      if (!request.serviceWorker()) return;
      pending.push(
        request.sizes().then(
          (sizes) => {
            downloads.push({
              url: request.url(),
              type: `${request.resourceType()} (worker)`,
              encoding: '',
              bytes: sizes.responseHeadersSize + sizes.responseBodySize,
              byWorker: true,
            });
          },
          () => undefined,
        ),
      );
    });
    await page.addInitScript({ content: cspWatch });
    await cdp.send('Network.enable');
    await page.goto(url, { waitUntil: 'networkidle' });
    const worker = await page.evaluate(serviceWorkerSettled);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);

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
    const byWorker = sum(downloads.filter((d) => d.byWorker));
    console.log(
      `  total ${kb(all)} in ${downloads.length} responses (of which service worker, ${String(worker)}: ${kb(byWorker)}): ${goal(all <= 200 * 1024, '≤ 200 KB')}`,
    );
    // Lighthouse's "issues" audit may report a CSP issue caused by its own injected
    // styles (GoogleChrome/lighthouse#11862): the page's own count tells them apart.
    const violations = await page.evaluate(
      () => (window as unknown as { __csp?: string[] }).__csp ?? [],
    );
    console.log(
      `  Content-Security-Policy violations by the page itself: ${violations.length}${violations.length > 0 ? ` (${violations.join('; ')})` : ''}`,
    );
  } finally {
    await context.close();
  }
}
