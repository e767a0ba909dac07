import { act, screen, within } from '@testing-library/react';
import jsQR from 'jsqr';
import { describe, expect, test, vi } from 'vitest';
import { startingSession } from '../../src/app/startingSession';
import { loadQrEncoder } from '../../src/print/qrEncoder';
import { encodeShareFragment } from '../../src/share/linkCodec';
import type { Answers } from '../../src/wizard/answers';
import { renderApp } from './renderApp';

const lyon: Answers = {
  profile: 'association',
  needs: ['email', 'files'],
  place: { kind: 'postcode', code: '69003', departement: '69' },
  budget: 'membership',
};

const openResults = (answers: Answers) =>
  renderApp({ starting: startingSession(`#r=${encodeShareFragment({ answers })}`, null) });

/** What the browser does around a print (Ctrl+P, its menu, a PDF export). */
const browserPrints = (moment: 'beforeprint' | 'afterprint') => {
  act(() => {
    window.dispatchEvent(new Event(moment));
  });
};

const handoutTitle = () => screen.queryByText('Boussole : vos propositions', { selector: 'h2' });

/**
 * Reads a drawn QR code the way a phone camera would: the SVG path's
 * rectangles are painted into pixels (4 per module, white around), then
 * decoded by an independent QR reader.
 */
function readQr(svg: Element): string | null {
  const [, , side = 0] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  const scale = 4;
  const width = side * scale;
  const quiet = 4;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(run) * scale; dx += 1) {
      for (let dy = 0; dy < scale; dy += 1) {
        const px = (Number(x) + quiet) * scale + dx;
        const py = (Number(y) + quiet) * scale + dy;
        pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
      }
    }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}

describe('printing the results', { timeout: 30_000 }, () => {
  test('"Print these results" puts the handout in the page, then opens the print dialog', async () => {
    let handoutWhenAsked = false;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      handoutWhenAsked = handoutTitle() !== null;
    });
    const { user } = openResults(lyon);
    const button = screen.getByRole('button', { name: 'Imprimer ces résultats' });
    expect(button).toHaveAccessibleDescription('Une page à garder, avec un code à scanner.');
    expect(handoutTitle()).toBeNull();
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
    expect(handoutWhenAsked).toBe(true);
  });

  test('the handout is only in the page while the browser prints', () => {
    openResults(lyon);
    expect(handoutTitle()).toBeNull();
    browserPrints('beforeprint');
    expect(handoutTitle()).toBeInTheDocument();
    browserPrints('afterprint');
    expect(handoutTitle()).toBeNull();
  });

  test('the handout, hidden on screen, holds the three hosters, the criteria in words and the date', () => {
    openResults(lyon);
    const names = screen
      .getAllByRole('article')
      .map((card) => within(card).getByRole('heading', { level: 2 }).textContent);
    browserPrints('beforeprint');
    const title = screen.getByText('Boussole : vos propositions', { selector: 'h2' });
    // Hidden on screen: no role query finds it, the print style sheet shows it.
    expect(screen.queryByRole('heading', { name: 'Boussole : vos propositions' })).toBeNull();
    const handout = within(title.closest('section') as HTMLElement);
    for (const name of names) {
      expect(handout.getByText(name, { selector: 'h3' })).toBeInTheDocument();
    }
    expect(handout.getAllByText(/^Vos outils : (bien|moyen|faible)$/)).toHaveLength(3);
    expect(handout.getAllByText(/^Proximité : /)).toHaveLength(3);
    expect(handout.getByText(/^Imprimé le \d{1,2} \p{L}+ \d{4}\.$/u)).toBeInTheDocument();
    expect(handout.getAllByText('Avez-vous une offre pour les associations ?')).toHaveLength(3);
    expect(
      handout.getByRole('heading', { name: 'Quitter Gmail', hidden: true }),
    ).toBeInTheDocument();
    expect(
      handout.getByRole('heading', { name: 'Quitter Google Drive', hidden: true }),
    ).toBeInTheDocument();
  });

  test('each hoster on the handout names your tools there, with the address the card links to', () => {
    openResults({
      profile: 'individual',
      needs: ['pad', 'visio'],
      place: { kind: 'anywhere' },
      budget: 'free',
    });
    const sites = screen
      .getAllByRole('link', { name: /^Ouvrir / })
      .map((link) => link.textContent.replace(/^Ouvrir /, ''));
    expect(sites.length).toBeGreaterThan(0);
    browserPrints('beforeprint');
    const title = screen.getByText('Boussole : vos propositions', { selector: 'h2' });
    const handout = within(title.closest('section') as HTMLElement);
    const lines = handout.getAllByText(/^Vos outils chez eux : .+\.$/);
    expect(lines).toHaveLength(3);
    const written = lines.map((line) => line.textContent).join(' ');
    for (const site of sites) expect(written).toContain(`(${site}`);
  });

  test('its QR code, drawn on the device as printing starts, reads back as the share link', async () => {
    const { user } = openResults(lyon);
    // The results screen fetches the encoder as it shows; printing then draws at once.
    await loadQrEncoder();
    browserPrints('beforeprint');
    const qr = screen.getByRole('img', {
      name: 'Code QR du lien vers ces résultats',
      hidden: true,
    });
    await user.click(screen.getByRole('button', { name: 'Partager ces résultats' }));
    const link = screen.getByRole('textbox', { name: 'Lien vers ces résultats' });
    expect(readQr(qr)).toBe((link as HTMLInputElement).value);
    expect(readQr(qr)).toContain(`#r=${encodeShareFragment({ answers: lyon })}`);
  });

  test('the share panel shows the same QR code, to scan from the screen', async () => {
    const { user } = openResults(lyon);
    expect(screen.queryByRole('img', { name: /^Code QR du lien : scannez-le/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Partager ces résultats' }));
    const qr = await screen.findByRole(
      'img',
      { name: /^Code QR du lien : scannez-le/ },
      { timeout: 15_000 },
    );
    const link = screen.getByRole('textbox', { name: 'Lien vers ces résultats' });
    expect(readQr(qr)).toBe((link as HTMLInputElement).value);
  });

  test('for someone helped by a mediator, the results and the handout speak to that person', () => {
    openResults({ ...lyon, profile: 'helper' });
    browserPrints('beforeprint');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Des propositions pour vous',
    );
    expect(screen.getByText(/La personne qui vous accompagne peut vous aider/)).toBeInTheDocument();
    expect(
      screen.getByText('Boussole : des propositions pour vous', { selector: 'h2' }),
    ).toBeInTheDocument();
  });

  test('someone on their own keeps the usual wording', () => {
    openResults({ ...lyon, profile: 'individual' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Nos propositions pour vous',
    );
    expect(screen.queryByText(/La personne qui vous accompagne/)).toBeNull();
  });
});
