/**
 * The licences and the data credits (GeoNames asks for attribution) are in
 * the app, under every screen, behind "À propos et crédits".
 */
import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from './renderApp';

test('opening "À propos et crédits" shows the licences and the GeoNames credit', async () => {
  const { user } = renderApp();
  const summary = screen.getByText('À propos et crédits');

  await user.click(summary);

  expect(screen.getByText(/© GeoNames \(geonames\.org\), licence CC-BY-4\.0/)).toBeVisible();
  expect(screen.getByText(/AGPL-3\.0/)).toBeVisible();
  expect(screen.getByText(/CC BY-SA 4\.0/)).toBeVisible();
  expect(screen.getByText(/Tout le monde peut l'utiliser/)).toBeVisible();
});

test('in English, the credits read again after closing and opening them', async () => {
  const { user } = renderApp({ lng: 'en' });
  const summary = screen.getByText('About and credits');
  await user.click(summary);
  await user.click(summary);
  await user.click(summary);
  expect(screen.getByText(/© GeoNames \(geonames\.org\), CC-BY-4\.0 licence/)).toBeVisible();
});
