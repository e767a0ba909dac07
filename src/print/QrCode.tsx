import { useEffect, useState } from 'react';
import { drawQrNow, loadQrEncoder } from './qrEncoder';

/** Four light modules around the code, as the QR standard asks, so phones find it. */
const quiet = 4;

/**
 * A QR code drawn on the device as an SVG path (attributes only: nothing the
 * Content-Security-Policy would block). Drawn at once when the encoder is
 * already there (the handout, drawn as printing starts); otherwise the
 * encoder is fetched and the code appears then. If it cannot load (offline,
 * first visit), nothing is drawn and the link stays written beside it.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const drawn = drawQrNow(text);
  const [, setArrived] = useState(false);
  useEffect(() => {
    if (drawn) return;
    let live = true;
    loadQrEncoder().then(
      () => {
        if (live) setArrived(true);
      },
      () => {
        // Nothing to draw; the written link remains.
      },
    );
    return () => {
      live = false;
    };
  }, [drawn]);
  if (!drawn) return null;
  const side = drawn.size + 2 * quiet;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${String(-quiet)} ${String(-quiet)} ${String(side)} ${String(side)}`}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={side} height={side} fill="#ffffff" />
      <path d={drawn.path} fill="#000000" />
    </svg>
  );
}
