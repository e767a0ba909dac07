/**
 * An index.html beside the screenshots: one row per screen, the phone and
 * the desktop width side by side, so reviewers can look without running
 * the app. Static HTML, no script.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Shot {
  screen: string;
  width: number;
  file: string;
}

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

export function writeGallery(dir: string, shots: Shot[], widths: number[], when: Date): void {
  const screens = [...new Set(shots.map((s) => s.screen))];
  const rows = screens.map((screen) => {
    const cells = widths.map((width) => {
      const shot = shots.find((s) => s.screen === screen && s.width === width);
      if (!shot) return '<td>—</td>';
      const file = escape(shot.file);
      return `<td><a href="${file}"><img src="${file}" alt="${escape(screen)} at ${width} px" loading="lazy"></a></td>`;
    });
    return `<tr><th scope="row">${escape(screen)}</th>${cells.join('')}</tr>`;
  });
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Boussole — screenshots</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 1rem; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #999; padding: 0.5rem; vertical-align: top; text-align: left; }
  td img { display: block; border: 1px solid #ccc; }
  td:nth-child(2) img { width: 360px; }
  td:nth-child(3) img { width: 640px; }
</style>
</head>
<body>
<h1>Boussole — every screen</h1>
<p>Taken on ${escape(when.toISOString())}, in French, full page. Click an image to see it at full size.</p>
<table>
<thead><tr><th scope="col">screen</th>${widths.map((w) => `<th scope="col">${w} px</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
  writeFileSync(path.join(dir, 'index.html'), html);
}
