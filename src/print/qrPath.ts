/** The dark modules of a QR code, as one SVG path: one rectangle per horizontal run. */
export interface QrBitmap {
  readonly size: number;
  get(x: number, y: number): boolean;
}

export function qrPath(code: QrBitmap): string {
  const parts: string[] = [];
  for (let y = 0; y < code.size; y += 1) {
    let x = 0;
    while (x < code.size) {
      if (!code.get(x, y)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < code.size && code.get(x, y)) x += 1;
      parts.push(`M${String(start)} ${String(y)}h${String(x - start)}v1h-${String(x - start)}z`);
    }
  }
  return parts.join('');
}
