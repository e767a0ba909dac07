/**
 * A result card lists the person's tools at that hoster; where the record
 * gives a service's own address, the tool is a link away (https only).
 */
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { expect, test } from 'vitest';
import { createI18n, loadResultTexts } from '../../src/app/i18n';
import { HosterCard } from '../../src/components/HosterCard';
import type { Offer } from '../../src/content/schema';
import type { Recommendation } from '../../src/recommend/types';
import type { CompleteAnswers } from '../../src/wizard/answers';
import { hosterWith } from './realHoster';

const answers: CompleteAnswers = {
  profile: 'individual',
  needs: ['pad'],
  place: { kind: 'anywhere' },
  budget: 'free',
};

const pad = (url: string | null): Offer => ({
  service: 'pad',
  software: 'Etherpad',
  url,
  registration: 'none',
  capacity: null,
  price: null,
  notes: null,
});

async function showCard(offers: Offer[]) {
  const i18n = createI18n('fr');
  await loadResultTexts();
  const recommendation: Recommendation = {
    hosterId: 'x',
    score: 1,
    covered: [{ need: 'pad', offers }],
    missing: [],
    inDoubt: [],
    distanceKm: null,
    signup: 'none',
    reasons: [],
    limits: [],
    unknowns: [],
    tied: false,
  };
  render(
    <I18nextProvider i18n={i18n}>
      <HosterCard
        hoster={hosterWith({ name: 'Exemple', offers })}
        recommendation={recommendation}
        answers={answers}
        complete={false}
      />
    </I18nextProvider>,
  );
  return within(screen.getByRole('article'));
}

test('a tool whose address is known opens from the card, named by its site', async () => {
  const card = await showCard([pad(null), pad('https://pad.example.org/p/'), pad(null)]);
  const tool = card.getByRole('listitem');
  expect(tool).toHaveTextContent('Écrire un texte à plusieurs — avec Etherpad');
  const link = within(tool).getByRole('link', { name: 'Ouvrir pad.example.org' });
  expect(link).toHaveAttribute('href', 'https://pad.example.org/p/');
  expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('no address, no link; an address that is not https is never a link', async () => {
  const card = await showCard([pad(null), pad('javascript:alert(1)')]);
  expect(card.queryByRole('link', { name: /^Ouvrir/ })).toBeNull();
});
