/**
 * The welcome page works before the wizard's code has arrived
 * (src/app/loadWizardKit.ts): a press on "Commencer" waits for it, a failed
 * fetch is said plainly and tried again, and its arrival redraws nothing.
 * The code is held back by a gate the test opens.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';

interface Gate {
  open: () => void;
  /** How many fetches fail (no network) before one succeeds. */
  failures: number;
}

async function appWithHeldCode(failures = 0) {
  vi.resetModules();
  let open: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    open = resolve;
  });
  const gate: Gate = { open, failures };
  vi.doMock('../../src/app/loadWizardKit', async () => {
    const { lazyModule } = await import('../../src/app/lazyModule');
    return {
      wizardKit: lazyModule(async () => {
        await arrived;
        if (gate.failures > 0) {
          gate.failures -= 1;
          throw new TypeError('Failed to fetch dynamically imported module');
        }
        return import('../../src/app/wizardKit');
      }),
    };
  });
  const { renderApp } = await import('./renderApp');
  return { ...renderApp(), gate };
}

const heading = () => screen.getByRole('heading', { level: 1 });

afterEach(() => {
  vi.doUnmock('../../src/app/loadWizardKit');
});

describe('before the wizard has arrived', () => {
  test('"Commencer" says it is loading, then opens the first question', async () => {
    const { user, gate } = await appWithHeldCode();
    await user.click(screen.getByRole('button', { name: 'Commencer' }));

    expect(screen.getByRole('status')).toHaveTextContent('Chargement de la page…');
    expect(heading()).toHaveTextContent('Des outils en ligne éthiques');

    gate.open();
    await waitFor(() => {
      expect(heading()).toHaveTextContent('Pour qui cherchez-vous ?');
    });
    expect(heading()).toHaveFocus();
    expect(screen.queryByText('Chargement de la page…')).not.toBeInTheDocument();
  });

  test('the quick path waits the same way', async () => {
    const { user, gate } = await appWithHeldCode();
    await user.click(
      screen.getByRole('button', { name: "J'ai juste besoin d'un outil, sans compte" }),
    );
    gate.open();
    await waitFor(() => {
      expect(heading()).toHaveTextContent("De quel outil avez-vous besoin aujourd'hui ?");
    });
  });

  test('a failed fetch is said plainly, and the next press tries again', async () => {
    // The fetch made after the first page fails, and so does the one the press makes.
    const { user, gate } = await appWithHeldCode(2);
    gate.open();
    await waitFor(() => {
      expect(gate.failures).toBe(1);
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Commencer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "La suite n'a pas pu être chargée. Vérifiez la connexion, puis appuyez à nouveau.",
    );
    expect(heading()).toHaveTextContent('Des outils en ligne éthiques');

    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    await waitFor(() => {
      expect(heading()).toHaveTextContent('Pour qui cherchez-vous ?');
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('its arrival redraws nothing: the focused button stays the same, focused', async () => {
    const { user, gate } = await appWithHeldCode();
    await user.tab();
    await user.tab();
    const focused = document.activeElement;
    expect(focused).not.toBe(document.body);
    const page = document.body.innerHTML;

    gate.open();
    const { wizardKit } = await import('../../src/app/loadWizardKit');
    await wizardKit.load();
    await waitFor(() => {
      expect(document.activeElement).toBe(focused);
    });
    expect(document.body.innerHTML).toBe(page);
    expect(focused?.isConnected).toBe(true);
  });
});
