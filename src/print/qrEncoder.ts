/**
 * The QR encoder (lean-qr), fetched apart from the first download and kept
 * once here. The printed handout is drawn in the browser's `beforeprint`
 * event, with no time to wait for a download: the results screen asks for
 * the encoder as soon as it shows, so the code is ready when someone prints.
 */
import { lazyModule } from '../app/lazyModule';
import { qrPath } from './qrPath';

type Encoder = typeof import('lean-qr');

export interface DrawnQr {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** The dark modules, as one SVG path. */
  path: string;
}

const encoderCode = lazyModule<Encoder>(() => import('lean-qr'));
// Encoding takes tens of milliseconds on a slow phone; the same link is drawn
// by the share panel and by the handout, so the last one is kept.
let last: { text: string; drawn: DrawnQr } | null = null;

/** Starts fetching the encoder, once; after a failure (offline) the next call tries again. */
export const loadQrEncoder = encoderCode.load;

/** The code for `text`, at once if the encoder is there, else null. */
export function drawQrNow(text: string): DrawnQr | null {
  const encoder = encoderCode.now().module;
  if (!encoder) return null;
  if (last?.text !== text) {
    const code = encoder.generate(text, { minCorrectionLevel: encoder.correction.M });
    last = { text, drawn: { size: code.size, path: qrPath(code) } };
  }
  return last.drawn;
}
