import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { Hoster } from '../../src/content/schema';
import { loadContent } from '../../src/content/load';
import snapshot from '../unit/recommend/snapshot-2026-11-26.json';
import { renderApp } from './renderApp';

/** The frozen hosters of 2026-11-26, so content updates do not change these cases. */
function frozenContent() {
  const real = loadContent().content;
  if (!real) throw new Error('content did not load');
  return { ...real, hosters: snapshot.hosters as Hoster[] };
}

const next = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Continuer' }));

async function answer(
  user: UserEvent,
  { who, needs, place, budget }: { who: string; needs: string[]; place: string; budget: string },
) {
  await user.click(screen.getByRole('button', { name: 'Commencer' }));
  await user.click(screen.getByRole('radio', { name: who }));
  await next(user);
  if (who === 'Pour mon association') {
    await user.click(screen.getByRole('radio', { name: '6 à 20 personnes' }));
    await next(user);
  }
  for (const need of needs) await user.click(screen.getByRole('checkbox', { name: need }));
  await next(user);
  await user.type(
    screen.getByRole('textbox', { name: 'Code postal, ville ou département' }),
    place,
  );
  await next(user);
  await user.click(screen.getByRole('radio', { name: budget }));
  await next(user);
  await next(user); // "what matters to you" is optional
  await user.click(screen.getByRole('button', { name: 'Voir mes propositions' }));
}

describe('results that need more than three cards', { timeout: 30_000 }, () => {
  test('when no hoster offers everything, a combination says where to take what', async () => {
    const { user } = renderApp({ content: frozenContent() });
    await answer(user, {
      who: 'Pour mon association',
      needs: ['E-mail', 'Appels vidéo', 'Sondage pour choisir une date'],
      place: '69003',
      budget: 'Une adhésion de quelques euros par an',
    });
    expect(
      screen.getByText('Aucun hébergeur ne propose tout : vous pouvez en combiner plusieurs.'),
    ).toBeInTheDocument();
    const combination = screen.getByRole('region', { name: 'Une combinaison possible' });
    expect(combination).toHaveTextContent('E-mail, Appels vidéo : chez Deuxfleurs, à 559 km.');
    expect(combination).toHaveTextContent('Sondage pour choisir une date : chez ARN');
  });

  test('when the budget excludes everything, it says so and offers to change just that answer', async () => {
    const { user } = renderApp({ content: frozenContent() });
    await answer(user, { who: 'Pour moi', needs: ['Site web'], place: 'Lyon', budget: 'Rien' });
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(
      screen.getByText(
        /Rien de gratuit pour ces services\. Avec une adhésion, \d+ hébergeurs conviennent\./,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Modifier ma réponse « Budget »' }));
    await user.click(screen.getByRole('radio', { name: 'Une adhésion de quelques euros par an' }));
    await next(user);
    await user.click(screen.getByRole('button', { name: 'Voir mes propositions' }));
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
  });
});
