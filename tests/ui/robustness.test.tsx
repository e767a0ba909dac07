import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { Hoster } from '../../src/content/schema';
import { loadContent } from '../../src/content/load';
import { renderApp } from './renderApp';

const next = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Continuer' }));

async function answerAll(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Commencer' }));
  await user.click(screen.getByRole('radio', { name: 'Pour mon association' }));
  await next(user);
  await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
  await next(user);
  await user.click(screen.getByRole('checkbox', { name: 'Peu importe où' }));
  await next(user);
  await user.click(screen.getByRole('radio', { name: 'Je ne sais pas' }));
  await next(user);
  await user.click(screen.getByRole('button', { name: 'Voir mes propositions' }));
}

const hostileName = '<script>window.hacked = true</script> ‮evil‬ 🐱';
const hostile: Hoster = {
  id: 'hostile',
  name: hostileName + 'x'.repeat(10_000),
  website: 'javascript:alert(1)',
  summary: '<img src=x onerror="window.hacked = true">',
  structure: 'association',
  chatons: { status: 'member', since: null },
  location: {
    city: 'مدينة',
    postcode: null,
    departement: null,
    country: 'FR',
    area: null,
    areaNote: null,
    point: null,
  },
  audiences: [],
  pricing: { model: null, membershipEurPerYear: null, notes: null },
  support: { inPerson: null, workshops: null, notes: null },
  offers: [
    {
      service: 'email',
      software: '<b>bold</b>',
      url: 'data:text/html,<script>alert(1)</script>',
      registration: 'free',
      capacity: null,
      price: null,
      notes: null,
    },
  ],
  sources: ['javascript:alert(1)', 'http://insecure.example', 'https://example.org/source'],
  checked: '2026-11-26',
  confidence: 'high',
  provenance: { importedFrom: 'test', importedOn: '2026-11-26' },
};

describe('hostile data', () => {
  test('renders as inert text, and only https addresses become links', async () => {
    const real = loadContent().content;
    if (!real) throw new Error('content did not load');
    const { user } = renderApp({ content: { ...real, hosters: [hostile] } });
    await answerAll(user);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toContain(hostileName);
    expect(card.querySelector('script, img, b')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    const hrefs = within(card)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/source']);
    expect(within(card).getByText('javascript:alert(1)')).toBeInTheDocument();
  });
});

describe('a screen that breaks', () => {
  test('shows a plain message, and resuming keeps the answers', async () => {
    const recommend = await import('../../src/recommend/recommend');
    vi.spyOn(recommend, 'recommend').mockImplementation(() => {
      throw new Error('boom');
    });
    // React reports the error it caught; that report is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderApp();
    await answerAll(user);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Un problème est survenu');
    await user.click(screen.getByRole('button', { name: 'Reprendre depuis le début' }));
    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    expect(screen.getByRole('radio', { name: 'Pour mon association' })).toBeChecked();
  });
});
