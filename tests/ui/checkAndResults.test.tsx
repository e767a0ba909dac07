import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from './renderApp';

const next = (user: UserEvent) =>
  user.click(screen.getByRole('button', { name: /^(Continuer|Continue)$/ }));

async function answerAll(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Commencer' }));
  await user.click(screen.getByRole('radio', { name: 'Pour mon association' }));
  await next(user);
  await user.click(screen.getByRole('radio', { name: '6 à 20 personnes' }));
  await next(user);
  await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
  await user.click(screen.getByRole('checkbox', { name: 'Appels vidéo' }));
  await next(user);
  await user.type(
    screen.getByRole('textbox', { name: 'Code postal, ville ou département' }),
    '69003',
  );
  await next(user);
  await user.click(screen.getByRole('radio', { name: 'Une adhésion de quelques euros par an' }));
  await next(user);
  // "What matters to you" is optional: continue without ticking anything.
  await next(user);
}

describe('check answers and results', { timeout: 30_000 }, () => {
  test('the check page lists every answer in words', async () => {
    const { user } = renderApp();
    await answerAll(user);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Vérifiez vos réponses');
    expect(screen.getByText('Pour mon association', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('E-mail, Appels vidéo', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('69003 — Rhône', { selector: 'dd' })).toBeInTheDocument();
  });

  test('Change returns to the check page with the new answer', async () => {
    const { user } = renderApp();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: /Modifier la réponse « Budget »/ }));
    expect(
      screen.getByRole('radio', { name: 'Une adhésion de quelques euros par an' }),
    ).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Je ne sais pas' }));
    await next(user);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Vérifiez vos réponses');
    expect(screen.getByText('Je ne sais pas')).toBeInTheDocument();
  });

  test('results show three hosters, each with its tools, how to sign up and a safe link', async () => {
    const { user } = renderApp();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'Voir mes propositions' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Nos propositions pour vous',
    );
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(3);
    for (const card of cards) {
      const inCard = within(card);
      expect(inCard.getByRole('heading', { name: 'Vos outils chez eux' })).toBeInTheDocument();
      expect(inCard.getByText("Comment s'inscrire")).toBeInTheDocument();
      expect(
        inCard.getByText(
          /^Répond à (tous vos besoins|vos besoins, à vérifier avec eux|une partie de vos besoins)$/,
        ),
      ).toBeInTheDocument();
      expect(
        inCard.getByText(/^Proximité : (bien|moyen|faible|on ne sait pas)$/),
      ).toBeInTheDocument();
      expect(inCard.getByText(/^Vos outils : (bien|moyen|faible)$/)).toBeInTheDocument();
      for (const link of inCard.queryAllByRole('link')) {
        expect(link.getAttribute('href')).toMatch(/^https:\/\//);
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
    }
    expect(
      screen.getByRole('link', { name: 'Voir tous les CHATONS sur chatons.org' }),
    ).toBeInTheDocument();
  });

  test('switching to English keeps the answers and translates the results', async () => {
    const { user } = renderApp();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'Voir mes propositions' }));
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Our suggestions for you');
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });

  test('start again clears every answer', async () => {
    const { user } = renderApp();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'Tout recommencer' }));
    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    expect(screen.getByRole('radio', { name: 'Pour mon association' })).not.toBeChecked();
  });

  test('a broken content file is named on screen, and the wizard still works', () => {
    renderApp({
      contentErrors: [
        {
          file: 'content/hosters/exemple.json',
          field: 'offers[0].service',
          problem: 'invalid option',
        },
      ],
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'content/hosters/exemple.json → offers[0].service: invalid option',
    );
    expect(screen.getByRole('button', { name: 'Commencer' })).toBeInTheDocument();
  });
});
