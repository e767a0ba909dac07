import { act, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { loadPlaceData } from '../../src/places/loadPlaces';
import { renderApp } from './renderApp';

const fieldName = 'Code postal, ville ou département';
const next = (user: UserEvent) =>
  user.click(screen.getByRole('button', { name: /^(Continuer|Continue)$/ }));

/** Up to the place question, with the communes loaded (the screen starts the load). */
async function toPlace(lng: 'fr' | 'en' = 'fr') {
  const { user } = renderApp({ lng });
  await user.click(screen.getByRole('button', { name: lng === 'fr' ? 'Commencer' : 'Start' }));
  await user.click(screen.getByRole('radio', { name: lng === 'fr' ? 'Pour moi' : 'For me' }));
  await next(user);
  await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
  await next(user);
  await act(async () => {
    await loadPlaceData();
  });
  return user;
}

async function toCheck(user: UserEvent) {
  await next(user);
  await user.click(screen.getByRole('radio', { name: 'Rien' }));
  await next(user);
  // "What matters to you" is optional: Continue with nothing ticked.
  await next(user);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Vérifiez vos réponses');
}

describe('the place question, with every commune', { timeout: 30_000 }, () => {
  test('any town is understood, and the check page names it', async () => {
    const user = await toPlace();
    await user.type(screen.getByRole('textbox', { name: fieldName }), 'Villeurbanne');
    expect(screen.getByRole('status')).toHaveTextContent('Choisi : Villeurbanne (69100), Rhône.');
    await toCheck(user);
    expect(
      screen.getByText('Villeurbanne (69100) — Rhône', { selector: 'dd' }),
    ).toBeInTheDocument();
  });

  test('a misspelt town is offered as a suggestion, and focus stays in the field', async () => {
    const user = await toPlace();
    const field = screen.getByRole('textbox', { name: fieldName });
    await user.type(field, 'villeurbane');
    await user.click(screen.getByRole('button', { name: 'Villeurbanne (69)' }));
    expect(field).toHaveValue('Villeurbanne');
    expect(field).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Choisi : Villeurbanne (69100), Rhône.');
  });

  test('homonyms are told apart by their département, and not guessed', async () => {
    const user = await toPlace();
    const field = screen.getByRole('textbox', { name: fieldName });
    await user.type(field, 'Saint-Denis');
    expect(screen.getByRole('status')).toHaveTextContent('Plusieurs lieux portent ce nom.');
    await next(user);
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Plusieurs lieux s'appellent « Saint-Denis ».",
    );
    expect(screen.getByRole('button', { name: 'Saint-Denis (974)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Saint-Denis (93)' }));
    expect(field).toHaveValue('Saint-Denis (93)');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Choisi : Saint-Denis (93), Seine-Saint-Denis.',
    );
    await toCheck(user);
    expect(
      screen.getByText('Saint-Denis (93) — Seine-Saint-Denis', { selector: 'dd' }),
    ).toBeInTheDocument();
  });

  test('a postcode keeps its département, and offers its communes to be more precise', async () => {
    const user = await toPlace();
    await user.type(screen.getByRole('textbox', { name: fieldName }), '69100');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Choisi : 69100, dans le département Rhône (69).',
    );
    await user.click(screen.getByRole('button', { name: 'Villeurbanne (69)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Choisi : Villeurbanne (69100), Rhône.');
  });

  test('a town abroad: Liège, in Belgium', async () => {
    const user = await toPlace();
    await user.type(screen.getByRole('textbox', { name: fieldName }), 'Liège');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Choisi : Liège (Province de Liège, Belgique).',
    );
    await toCheck(user);
    expect(
      screen.getByText('Province de Liège — Belgique', { selector: 'dd' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Voir mes propositions' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Nos propositions pour vous',
    );
  });

  test('a country lists its French-speaking areas', async () => {
    const user = await toPlace();
    await user.type(screen.getByRole('textbox', { name: fieldName }), 'Suisse');
    // Suisse is also a village in Moselle: offered too, never taken for the country.
    expect(screen.getByRole('button', { name: 'Suisse (57)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Canton de Vaud (Suisse)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Choisi : Canton de Vaud (Suisse).');
  });

  test('Change brings back the town chosen, and Continue keeps it as it was', async () => {
    const user = await toPlace();
    await user.type(screen.getByRole('textbox', { name: fieldName }), 'Verviers');
    await toCheck(user);
    expect(
      screen.getByText('Province de Liège — Belgique', { selector: 'dd' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Modifier la réponse « Lieu »/ }));
    // The field shows the area; the answer keeps Verviers' own point until the field changes.
    expect(screen.getByRole('textbox', { name: fieldName })).toHaveValue('Province de Liège');
    expect(screen.getByRole('status')).toHaveTextContent('Choisi : Province de Liège (Belgique).');
    await next(user);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Vérifiez vos réponses');
  });

  test('in English, the country is named in English', async () => {
    const user = await toPlace('en');
    await user.type(screen.getByRole('textbox', { name: 'Postcode, town or département' }), 'Genf');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Chosen: Genève (Canton de Genève, Switzerland).',
    );
  });

  test('"Peu importe où" still works, and the field is then ignored', async () => {
    const user = await toPlace();
    await user.type(screen.getByRole('textbox', { name: fieldName }), 'Saint-Denis');
    await user.click(screen.getByRole('checkbox', { name: 'Peu importe où' }));
    expect(screen.queryByRole('button', { name: 'Saint-Denis (93)' })).not.toBeInTheDocument();
    await toCheck(user);
    expect(screen.getByText('Peu importe où', { selector: 'dd' })).toBeInTheDocument();
  });
});

/** A browser whose geolocation answers with this position, or this error code (1: refused). */
function mockGeolocation(answer: { lat: number; lon: number } | { code: number } | null) {
  const geolocation =
    answer === null
      ? undefined
      : {
          getCurrentPosition: (
            found: (position: { coords: { latitude: number; longitude: number } }) => void,
            failed: (error: { code: number; PERMISSION_DENIED: number }) => void,
          ) => {
            if ('code' in answer) failed({ code: answer.code, PERMISSION_DENIED: 1 });
            else found({ coords: { latitude: answer.lat, longitude: answer.lon } });
          },
        };
  Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true });
}

describe('"use my position"', { timeout: 30_000 }, () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'geolocation');
  });

  test('says the position stays on the device, and finds the nearest commune', async () => {
    const data = await loadPlaceData();
    const villeurbanne = data.communes.find((c) => c.name === 'Villeurbanne');
    if (!villeurbanne) throw new Error('no Villeurbanne in the place data');
    // A little off the town's centre, as a phone would say.
    mockGeolocation({ lat: villeurbanne.lat + 0.004, lon: villeurbanne.lon - 0.003 });
    const user = await toPlace();
    expect(
      screen.getByRole('button', { name: 'Utiliser ma position' }),
    ).toHaveAccessibleDescription(/Elle n'est jamais envoyée/);
    await user.click(screen.getByRole('button', { name: 'Utiliser ma position' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Choisi : Villeurbanne (69100), Rhône.',
    );
    expect(screen.getByRole('textbox', { name: fieldName })).toHaveValue('Villeurbanne');
    await toCheck(user);
    expect(
      screen.getByText('Villeurbanne (69100) — Rhône', { selector: 'dd' }),
    ).toBeInTheDocument();
  });

  test('a refusal is said plainly, and typing a place still works', async () => {
    mockGeolocation({ code: 1 });
    const user = await toPlace();
    await user.click(screen.getByRole('button', { name: 'Utiliser ma position' }));
    expect(
      screen.getByText(
        "La position n'est pas autorisée. Entrez plutôt un code postal ou une ville.",
      ),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: fieldName }), '69003');
    await next(user);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Combien');
  });

  test('a browser without geolocation, or a position it cannot find, is said too', async () => {
    mockGeolocation(null);
    const user = await toPlace();
    await user.click(screen.getByRole('button', { name: 'Utiliser ma position' }));
    expect(screen.getByText(/Votre position n'a pas pu être trouvée/)).toBeInTheDocument();
    mockGeolocation({ code: 2 });
    await user.click(screen.getByRole('button', { name: 'Utiliser ma position' }));
    expect(screen.getByText(/Votre position n'a pas pu être trouvée/)).toBeInTheDocument();
  });

  test('far from every place we know (at sea), nothing is guessed', async () => {
    mockGeolocation({ lat: 0, lon: 0 });
    const user = await toPlace();
    await user.click(screen.getByRole('button', { name: 'Utiliser ma position' }));
    expect(
      await screen.findByText(/Vous semblez loin des lieux que nous connaissons/),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: fieldName })).toHaveValue('');
  });
});
