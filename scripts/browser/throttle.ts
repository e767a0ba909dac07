/**
 * Slow 4G and a slow phone, through the DevTools protocol: 150 ms round
 * trip, 1.6 Mbps down, 750 Kbps up (Lighthouse's mobile profile) and the
 * CPU slowed four times.
 */
import type { Page } from 'playwright-core';

const kbps = (kilobits: number) => (kilobits * 1024) / 8;

export async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: kbps(1.6 * 1024),
    uploadThroughput: kbps(750),
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}
