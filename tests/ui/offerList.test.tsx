/**
 * A hoster's services on its detail page: whether there is room left is
 * almost never published, so it is said once, under the list; what the
 * record says of each service shows under it.
 */
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { expect, test } from 'vitest';
import { createI18n, loadResultTexts } from '../../src/app/i18n';
import type { Offer } from '../../src/content/schema';
import { OfferList } from '../../src/screens/OfferList';

const offer = (changes: Partial<Offer>): Offer => ({
  service: 'email',
  software: null,
  url: null,
  registration: 'member',
  capacity: null,
  price: null,
  notes: null,
  ...changes,
});

async function showInFrench(offers: Offer[]) {
  const i18n = createI18n('fr');
  await loadResultTexts();
  render(
    <I18nextProvider i18n={i18n}>
      <OfferList offers={offers} />
    </I18nextProvider>,
  );
}

test('room left unknown for every service: said once, under the list', async () => {
  await showInFrench([offer({ service: 'email' }), offer({ service: 'visio' })]);
  expect(screen.getAllByRole('listitem')).toHaveLength(2);
  expect(screen.getAllByText(/place/i)).toHaveLength(1);
  expect(
    screen.getByText('Reste-t-il de la place ? On ne sait pas : demandez-leur.'),
  ).toBeVisible();
});

test('room left known for some services: said on them, and the others are named as unknown', async () => {
  await showInFrench([offer({ service: 'email', capacity: 'full' }), offer({ service: 'visio' })]);
  const [email, visio] = screen.getAllByRole('listitem');
  expect(email).toHaveTextContent('Complet pour le moment.');
  expect(visio).not.toHaveTextContent(/place|complet/i);
  expect(
    screen.getByText(
      "Pour les autres services, on ne sait pas s'il reste de la place : demandez-leur.",
    ),
  ).toBeVisible();
});

test('room left known for every service: no sentence about the unknown', async () => {
  await showInFrench([offer({ capacity: 'open' })]);
  expect(screen.getByRole('listitem')).toHaveTextContent('Ouvert aux inscriptions.');
  expect(screen.queryByText(/on ne sait pas s'il reste|Reste-t-il/)).toBeNull();
});

test('what the record says of a service shows under it, as plain text in French', async () => {
  await showInFrench([
    offer({ service: 'email', notes: 'Adresse sur demande à l’association.' }),
    offer({ service: 'visio', notes: '<img src=x onerror="window.hacked = true">' }),
  ]);
  const [email, visio] = screen.getAllByRole('listitem');
  expect(email).toHaveTextContent('Ce que nous en savons : Adresse sur demande à l’association.');
  expect(screen.getByText('Adresse sur demande à l’association.')).toHaveAttribute('lang', 'fr');
  expect(visio).toHaveTextContent('<img src=x onerror="window.hacked = true">');
  expect(visio?.querySelector('img')).toBeNull();
});

test('a service with its own address opens from the list, named by its site', async () => {
  await showInFrench([offer({ service: 'pad', url: 'https://pad.example.org/p/' }), offer({})]);
  const [pad, email] = screen.getAllByRole('listitem');
  expect(
    within(pad as HTMLElement).getByRole('link', { name: 'Ouvrir pad.example.org' }),
  ).toHaveAttribute('href', 'https://pad.example.org/p/');
  expect(within(email as HTMLElement).queryByRole('link')).toBeNull();
});
