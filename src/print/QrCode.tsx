import { useEffect, useState } from 'react';
import { qrPath } from './qrPath';

interface Drawn {
  text: string;
  size: number;
  path: string;
}

/** Four light modules around the code, as the QR standard asks, so phones find it. */
const quiet = 4;

/**
 * A QR code drawn on the device as an SVG path (attributes only: nothing the
 * Content-Security-Policy would block). The encoder is loaded on first use,
 * so it is not part of the first download. If it cannot load (offline,
 * first visit), nothing is drawn and the link stays written beside it.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    let live = true;
    import('lean-qr').then(
      ({ generate, correction }) => {
        const code = generate(text, { minCorrectionLevel: correction.M });
        if (live) setDrawn({ text, size: code.size, path: qrPath(code) });
      },
      () => {
        // Nothing to draw; the written link remains.
      },
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (drawn?.text !== text) return null;
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
