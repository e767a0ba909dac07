import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { startingSession } from '../../src/app/startingSession';
import { encodeShareFragment } from '../../src/share/linkCodec';
import { sessionKey, type StorageLike } from '../../src/share/sessionStore';
import type { Answers } from '../../src/wizard/answers';
import { renderApp } from './renderApp';

const lyon: Answers = {
  profile: 'association',
  needs: ['email', 'visio'],
  place: { kind: 'postcode', code: '69003', departement: '69' },
  budget: 'membership',
};

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

describe('share links', () => {
  test('a share link opens straight on the same results', () => {
    const hash = `#r=${encodeShareFragment({ answers: lyon })}`;
    renderApp({ starting: startingSession(hash, null) });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Nos propositions pour vous',
    );
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByText(/abîmé/)).not.toBeInTheDocument();
  });

  test('a damaged link says what it left out, and the wizard still works', async () => {
    const hash = '#r=1.wa.nev.pc69003.bZ-';
    const { user } = renderApp({ starting: startingSession(hash, null) });
    expect(
      screen.getByText('Ce lien était incomplet ou abîmé. Nous avons gardé le reste.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Laissé de côté : le budget.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    expect(screen.getByRole('radio', { name: 'Pour mon association' })).toBeChecked();
  });

  test('the results offer a link that carries the answers in the fragment only', async () => {
    const { user } = renderApp({
      starting: startingSession(`#r=${encodeShareFragment({ answers: lyon })}`, null),
    });
    // The lower part of the results page is drawn just after its top.
    await user.click(await screen.findByRole('button', { name: 'Partager ces résultats' }));
    const link = screen.getByRole('textbox', { name: 'Lien vers ces résultats' });
    const url = new URL((link as HTMLInputElement).value);
    expect(url.search).toBe('');
    expect(url.hash).toBe(`#r=${encodeShareFragment({ answers: lyon })}`);
  });
});

describe('answers kept in the tab', () => {
  test('each answer is kept as it is given, under one key', async () => {
    const storage = memoryStorage();
    const { user } = renderApp({ storage });
    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect([...storage.data.keys()]).toEqual([sessionKey]);
    expect(startingSession('', storage).answers).toEqual({ profile: 'individual' });
  });

  test('a corrupt saved session is named and the rest is kept', () => {
    const storage = memoryStorage();
    storage.setItem(
      sessionKey,
      JSON.stringify({ v: 1, answers: { profile: 'individual', budget: 'lots' } }),
    );
    const starting = startingSession('', storage);
    expect(starting.answers).toEqual({ profile: 'individual' });
    renderApp({ starting, storage });
    expect(screen.getByText('Laissé de côté : le budget.')).toBeInTheDocument();
  });

  test('a share link wins over answers kept in the tab', () => {
    const storage = memoryStorage();
    storage.setItem(sessionKey, JSON.stringify({ v: 1, answers: { profile: 'individual' } }));
    const starting = startingSession(`#r=${encodeShareFragment({ answers: lyon })}`, storage);
    expect(starting).toMatchObject({ from: 'link', answers: lyon, open: 'results' });
  });
});
