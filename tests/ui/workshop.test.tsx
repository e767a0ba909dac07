/**
 * Workshop mode, "Resume later" and "Forget my answers", the way a mediator
 * and a visitor use them. Storages are fakes that record every write.
 */
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { deviceKey, sessionKey, type StorageLike } from '../../src/share/sessionStore';
import { renderApp } from './renderApp';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const writes: string[] = [];
  const storage: StorageLike = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      writes.push(key);
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
  return { storage, data, writes };
}

const heading = () => screen.getByRole('heading', { level: 1 });
const button = (name: string) => screen.getByRole('button', { name });

// Whole journeys in jsdom take a few seconds each on a busy machine: the limit is per test.

/** Welcome → "for me" → the tools question. */
async function answerWho(user: UserEvent) {
  await user.click(button('Commencer'));
  await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
  await user.click(button('Continuer'));
  expect(heading()).toHaveTextContent('Quels outils');
}

describe('workshop mode', { timeout: 20_000 }, () => {
  test('the switch on the welcome page turns it on: larger text, "#atelier", "Next person"', async () => {
    const { user } = renderApp();
    const toggle = screen.getByRole('switch', { name: 'Mode atelier' });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/Rien n'est gardé sur cet appareil/);
    expect(screen.queryByRole('button', { name: 'Personne suivante' })).not.toBeInTheDocument();

    await user.click(toggle);

    expect(toggle).toBeChecked();
    expect(document.documentElement).toHaveClass('workshop');
    expect(window.location.hash).toBe('#atelier');
    expect(button('Personne suivante')).toBeInTheDocument();

    await user.click(toggle);
    expect(document.documentElement).not.toHaveClass('workshop');
    expect(window.location.hash).toBe('');
  });

  test('turning it on forgets what this device kept, and nothing is written afterwards', async () => {
    const tab = memoryStorage({ [sessionKey]: '{"v":1,"answers":{"budget":"free"}}' });
    const device = memoryStorage({ [deviceKey]: '{"v":1,"answers":{"budget":"paid"}}' });
    const { user } = renderApp({ storage: tab.storage, device: device.storage });
    await user.click(screen.getByRole('switch', { name: 'Mode atelier' }));
    expect([...tab.data.keys(), ...device.data.keys()]).toEqual([]);
    // The offer of kept answers went with them.
    expect(
      screen.queryByRole('button', { name: 'Reprendre mes réponses' }),
    ).not.toBeInTheDocument();

    await answerWho(user);
    expect([...tab.writes, ...device.writes]).toEqual([]);
    expect(screen.getByText("Mode atelier : rien n'est gardé sur cet ordinateur.")).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Reprendre plus tard' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Oublier mes réponses' })).not.toBeInTheDocument();
  });

  test('"Next person" asks first, then leaves nothing of the previous answers', async () => {
    const tab = memoryStorage();
    const { user } = renderApp({ workshop: true, storage: tab.storage });
    await answerWho(user);
    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));

    await user.click(button('Personne suivante'));
    const confirm = screen.getByRole('group', { name: 'Effacer les réponses de cette personne ?' });
    expect(within(confirm).getByRole('button', { name: 'Oui, effacer' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Non, garder' }));
    expect(button('Personne suivante')).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: 'E-mail' })).toBeChecked();

    await user.click(button('Personne suivante'));
    await user.click(button('Oui, effacer'));
    expect(heading()).toHaveTextContent('Des outils en ligne');
    expect(heading()).toHaveFocus();
    await user.click(button('Commencer'));
    expect(screen.getByRole('radio', { name: 'Pour moi' })).not.toBeChecked();
    await user.click(button('Continuer'));
    expect(heading()).not.toHaveTextContent('Quels outils');
    // Still a workshop, still nothing written.
    expect(button('Personne suivante')).toBeInTheDocument();
    expect(tab.writes).toEqual([]);
  });

  test('Escape closes the question, and "Next person" on an empty welcome page needs no question', async () => {
    const { user } = renderApp({ workshop: true });
    await answerWho(user);
    await user.click(button('Personne suivante'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Effacer/ })).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('Quels outils');

    await user.click(button('Personne suivante'));
    await user.click(button('Oui, effacer'));
    await user.click(button('Personne suivante'));
    expect(screen.queryByRole('group', { name: /Effacer/ })).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('Des outils en ligne');
  });
});

describe('resume later', { timeout: 20_000 }, () => {
  test('keeps the answers on the device only when asked, then follows them', async () => {
    const device = memoryStorage();
    const { user } = renderApp({ device: device.storage });
    await answerWho(user);
    expect(device.writes).toEqual([]);
    expect(
      screen.getByText(
        'Vos réponses seront gardées sur cet appareil. Vous pourrez les reprendre plus tard.',
      ),
    ).toBeVisible();

    await user.click(button('Reprendre plus tard'));
    expect(screen.getByText('Vos réponses sont gardées sur cet appareil.')).toHaveFocus();
    expect(JSON.parse(device.data.get(deviceKey) ?? '')).toEqual({
      v: 1,
      answers: { profile: 'individual' },
    });

    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    await user.click(button('Continuer'));
    expect(JSON.parse(device.data.get(deviceKey) ?? '')).toEqual({
      v: 1,
      answers: { profile: 'individual', needs: ['email'] },
    });
  });

  test('a device that refuses says so plainly, and the answers stay on the page', async () => {
    const refusing: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const { user } = renderApp({ device: refusing });
    await answerWho(user);
    await user.click(button('Reprendre plus tard'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Cet appareil n'a pas pu garder vos réponses.",
    );
    await user.click(button('Retour'));
    // Back goes through the browser's history, which answers a moment later.
    expect(await screen.findByRole('radio', { name: 'Pour moi' })).toBeChecked();
  });

  test('a new visit offers the kept answers back, without showing them unasked', async () => {
    const device = memoryStorage({ [deviceKey]: '{"v":1,"answers":{"profile":"individual"}}' });
    const { user } = renderApp({ device: device.storage });
    expect(
      screen.getByText('Des réponses sont gardées sur cet appareil. Voulez-vous les reprendre ?'),
    ).toBeVisible();

    await user.click(button('Reprendre mes réponses'));
    expect(screen.getByRole('status')).toHaveTextContent('Vos réponses sont reprises.');
    await user.click(button('Commencer'));
    expect(screen.getByRole('radio', { name: 'Pour moi' })).toBeChecked();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    // Still kept: what the person changes next follows on the device.
    expect(screen.getByText('Vos réponses sont gardées sur cet appareil.')).toBeVisible();
  });

  test('the offer can be refused: the kept answers are forgotten', async () => {
    const device = memoryStorage({ [deviceKey]: '{"v":1,"answers":{"profile":"individual"}}' });
    const { user } = renderApp({ device: device.storage });
    await user.click(button('Les oublier'));
    expect(device.data.has(deviceKey)).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Vos réponses sont effacées de cet appareil.',
    );
    await user.click(button('Commencer'));
    expect(screen.getByRole('radio', { name: 'Pour moi' })).not.toBeChecked();
  });

  test('kept answers partly damaged: the rest is offered and what was left out is named', () => {
    const stored = '{"v":1,"answers":{"profile":"individual","place":{"kind":"moon"}}}';
    const device = memoryStorage({ [deviceKey]: stored });
    renderApp({ device: device.storage });
    expect(screen.getByText('Laissé de côté : le lieu.')).toBeVisible();
    expect(button('Reprendre mes réponses')).toBeInTheDocument();
  });

  test('kept answers that cannot be read: a plain notice, only "forget" is offered', async () => {
    const device = memoryStorage({ [deviceKey]: '{"v":1,"answers":{' });
    const { user } = renderApp({ device: device.storage });
    expect(
      screen.getByText("Des réponses gardées sur cet appareil n'ont pas pu être relues."),
    ).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Reprendre mes réponses' }),
    ).not.toBeInTheDocument();
    // Nothing is erased until the person says so.
    expect(device.data.has(deviceKey)).toBe(true);
    await user.click(button('Les oublier'));
    expect(device.data.has(deviceKey)).toBe(false);
  });
});

describe('forget my answers', { timeout: 20_000 }, () => {
  test('is on every screen, and clears the tab, the device and the page', async () => {
    const tab = memoryStorage();
    const device = memoryStorage();
    const { user } = renderApp({ storage: tab.storage, device: device.storage });
    expect(button('Oublier mes réponses')).toBeInTheDocument();
    await answerWho(user);
    await user.click(button('Reprendre plus tard'));
    expect(tab.data.has(sessionKey)).toBe(true);
    expect(device.data.has(deviceKey)).toBe(true);

    await user.click(button('Oublier mes réponses'));
    expect([...tab.data.keys(), ...device.data.keys()]).toEqual([]);
    expect(heading()).toHaveFocus();
    expect(heading()).toHaveTextContent('Des outils en ligne');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Vos réponses sont effacées de cet appareil.',
    );
    await user.click(button('Commencer'));
    expect(screen.getByRole('radio', { name: 'Pour moi' })).not.toBeChecked();
    // Forgotten means no longer kept: the next answers stay in the tab only.
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await user.click(button('Continuer'));
    expect(device.data.has(deviceKey)).toBe(false);
    expect(button('Reprendre plus tard')).toBeInTheDocument();
  });
});
