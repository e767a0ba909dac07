import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { Hoster } from '../../src/content/schema';
import { loadContent } from '../../src/content/load';
import { renderApp } from './renderApp';

const next = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Continuer' }));

/** The answer a person in a hurry gives to each question, by its label. */
const quickAnswers = [
  ['radio', 'Pour moi'],
  ['checkbox', 'E-mail'],
  ['checkbox', 'Peu importe où'],
  ['radio', 'Je ne sais pas'],
] as const;

/**
 * Answers until the results. Questions the list does not know (optional ones)
 * are passed with Continue, so the journey stays whole as questions are added.
 */
async function answerAll(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Commencer' }));
  for (let step = 0; step < 10; step += 1) {
    const see = screen.queryByRole('button', { name: 'Voir mes propositions' });
    if (see) return user.click(see);
    for (const [role, name] of quickAnswers) {
      const choice = screen.queryByRole(role, { name });
      if (choice) await user.click(choice);
    }
    await next(user);
  }
  throw new Error('the check page was not reached');
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
  // A whole journey in jsdom: slower than one screen.
  test(
    'renders as inert text, and only https addresses become links',
    { timeout: 30_000 },
    async () => {
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
      // The hoster's own addresses: only the https one is a link. (Links of our own,
      // such as the one to report outdated facts, may sit on the card too.)
      expect(hrefs).toContain('https://example.org/source');
      expect(hrefs.filter((href) => !href?.startsWith('https://'))).toEqual([]);
      expect(hrefs.filter((href) => href?.includes('insecure.example'))).toEqual([]);
      expect(within(card).getByText('javascript:alert(1)')).toBeInTheDocument();
    },
  );
});

describe('a screen that breaks', () => {
  test('shows a plain message, and resuming keeps the answers', { timeout: 30_000 }, async () => {
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
    expect(screen.getByRole('radio', { name: 'Pour moi' })).toBeChecked();
  });
});
