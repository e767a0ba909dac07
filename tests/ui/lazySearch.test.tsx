/**
 * The search code (and fuse.js under it) is not in the first download: it
 * arrives a moment after it is first wanted. Here it is held back until the
 * test lets it through, as on a slow line, to show that nothing typed in the
 * meantime is lost, and that the check page never waits for it.
 */
import { act, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { loadPlaceData } from '../../src/places/loadPlaces';
import { renderApp } from './renderApp';

/** The first import of a module is transformed on the spot: slow on a busy machine. */
const slowImport = { timeout: 10_000 };

const code = vi.hoisted(() => {
  /** A module on its way: `requested` once the app asks for it, arriving on `release()`. */
  const held = () => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    return {
      requested: false,
      arrived,
      release: () => {
        release();
      },
    };
  };
  return { needs: held(), places: held() };
});

vi.mock('../../src/screens/needSearch', async (importOriginal) => {
  code.needs.requested = true;
  await code.needs.arrived;
  return importOriginal();
});
vi.mock('../../src/places/search', async (importOriginal) => {
  code.places.requested = true;
  await code.places.arrived;
  return importOriginal();
});

const next = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Continuer' }));
const heading = () => screen.getByRole('heading', { level: 1 });
const placeField = () => screen.getByRole('textbox', { name: 'Code postal, ville ou département' });

// The held modules load once per file: the tests run in this order.
describe('search code that arrives late', { timeout: 30_000 }, () => {
  test('the check page names a town without the search code', async () => {
    const { user } = renderApp({
      starting: {
        from: 'session',
        dropped: [],
        answers: {
          profile: 'individual',
          needs: ['email'],
          place: { kind: 'commune', code: '69266', departement: '69', lat: 45.77, lon: 4.88 },
          budget: 'free',
        },
      },
    });
    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    await next(user);
    await next(user);
    expect(heading()).toHaveTextContent('Où êtes-vous ?');
    // The town given earlier is kept as it is, even before the search code comes.
    await next(user);
    await next(user);
    await next(user);
    expect(heading()).toHaveTextContent('Vérifiez vos réponses');
    // Only the commune list is needed; the search code is still held back.
    await act(async () => {
      await loadPlaceData();
    });
    expect(
      screen.getByText('Villeurbanne (69100) — Rhône', { selector: 'dd' }),
    ).toBeInTheDocument();
  });

  test('the tiles show at once, and a search typed before its code arrives is answered', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await next(user);
    expect(screen.getByRole('checkbox', { name: 'E-mail' })).toBeInTheDocument();
    // Nothing is fetched for a search nobody has started.
    expect(code.needs.requested).toBe(false);
    const search = screen.getByRole('searchbox', { name: 'Chercher un outil' });
    await user.type(search, 'whatsap');
    expect(code.needs.requested).toBe(true);
    // Meanwhile every tile stays, and no "nothing matches" is said too early.
    expect(screen.getByRole('checkbox', { name: 'E-mail' })).toBeInTheDocument();
    expect(screen.queryByText(/Aucun outil ne correspond/)).not.toBeInTheDocument();
    code.needs.release();
    await waitFor(() => {
      expect(screen.queryByRole('checkbox', { name: 'E-mail' })).not.toBeInTheDocument();
    }, slowImport);
    expect(screen.getByRole('checkbox', { name: 'Messagerie instantanée' })).toBeInTheDocument();
    expect(search).toHaveValue('whatsap');
  });

  test('a place typed and confirmed before the search code arrives is kept once it comes', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await next(user);
    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    await next(user);
    // The question asked for its search code as it opened.
    expect(code.places.requested).toBe(true);
    // A postcode needs no search: it is understood at once.
    await user.type(placeField(), '69003');
    expect(screen.getByRole('status')).toHaveTextContent('69003, dans le département Rhône (69)');
    // A town does: Continue waits for the code rather than refuse a place it cannot read yet.
    await user.clear(placeField());
    await user.type(placeField(), 'Lyon');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await next(user);
    expect(heading()).toHaveTextContent('Où êtes-vous ?');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    code.places.release();
    await waitFor(() => {
      expect(heading()).toHaveTextContent('Combien pouvez-vous payer ?');
    }, slowImport);
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    // Back goes through the browser's history, which answers a moment later.
    await waitFor(() => {
      expect(placeField()).toHaveValue('Rhône');
    });
    expect(screen.getByRole('status')).toHaveTextContent('Choisi : Rhône (69).');
  });
});
