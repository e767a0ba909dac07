import { screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderApp } from './renderApp';

// Whole journeys through the app, typed key by key: slower than a unit test on a busy machine.

const continueButton = () => screen.getByRole('button', { name: 'Continuer' });

async function start() {
  const app = renderApp();
  await app.user.click(screen.getByRole('button', { name: 'Commencer' }));
  return app;
}

describe('question pages', { timeout: 30_000 }, () => {
  test('the welcome page says what Boussole does and that answers stay on the device', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Des outils en ligne');
    expect(
      screen.getAllByText("Vos réponses restent sur cet appareil. Rien n'est envoyé.").length,
    ).toBeGreaterThan(0);
  });

  test('the question is the heading, and it has the focus', async () => {
    await start();
    const title = screen.getByRole('heading', { level: 1, name: 'Pour qui cherchez-vous ?' });
    expect(title).toHaveFocus();
    expect(screen.getByText('Question 1 sur 5')).toBeInTheDocument();
  });

  test('Continue without an answer shows an error and stays on the question', async () => {
    const { user } = await start();
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toHaveTextContent('Choisissez une réponse.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Pour qui cherchez-vous ?');
  });

  test('an association can go back and still sees its answer selected', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: 'Pour mon association' }));
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Combien de personnes');
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    expect(await screen.findByRole('radio', { name: 'Pour mon association' })).toBeChecked();
  });

  test('a misspelt product name still finds the service it replaces', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await user.click(continueButton());
    await user.type(screen.getByRole('searchbox', { name: 'Chercher un outil' }), 'whatsap');
    // The search code arrives on the first keystroke; the query typed meanwhile is then answered.
    await waitFor(
      () => {
        expect(screen.queryByRole('checkbox', { name: 'E-mail' })).not.toBeInTheDocument();
      },
      { timeout: 10_000 },
    );
    expect(screen.getByRole('checkbox', { name: 'Messagerie instantanée' })).toBeInTheDocument();
  });

  test('services need at least one choice or "I don\'t know yet"', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await user.click(continueButton());
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toHaveTextContent('Choisissez au moins un outil');
    await user.click(screen.getByRole('checkbox', { name: 'Je ne sais pas encore' }));
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Où êtes-vous ?');
  });

  test('a postcode is understood as its département, and nonsense is refused plainly', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await user.click(continueButton());
    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    await user.click(continueButton());
    const field = screen.getByRole('textbox', { name: 'Code postal, ville ou département' });
    await user.type(field, 'Lyonn');
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toHaveTextContent('Nous ne trouvons pas « Lyonn »');
    await user.clear(field);
    await user.type(field, 'rhone');
    expect(screen.getByRole('status')).toHaveTextContent('Choisi : Rhône (69).');
    await user.clear(field);
    await user.type(field, 'Lyon');
    expect(screen.getByRole('status')).toHaveTextContent('Choisi : Rhône (69).');
    await user.clear(field);
    await user.type(field, '69003');
    expect(screen.getByRole('status')).toHaveTextContent('69003, dans le département Rhône (69)');
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Combien pouvez-vous payer ?',
    );
  });

  test('a misspelt département is offered as a suggestion', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await user.click(continueButton());
    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    await user.click(continueButton());
    await user.type(
      screen.getByRole('textbox', { name: 'Code postal, ville ou département' }),
      'Girnde',
    );
    await user.click(screen.getByRole('button', { name: 'Gironde (33)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Choisi : Gironde (33).');
    expect(
      screen.getByRole('textbox', { name: 'Code postal, ville ou département' }),
    ).toHaveFocus();
  });
});

const heading = () => screen.getByRole('heading', { level: 1 });

/** From "who" to check answers for someone not in an association, in Lyon, free only. */
async function answerTheRest(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
  await user.click(continueButton());
  await user.type(
    screen.getByRole('textbox', { name: 'Code postal, ville ou département' }),
    '69003',
  );
  await user.click(continueButton());
  await user.click(screen.getByRole('radio', { name: 'Rien' }));
  await user.click(continueButton());
}

describe('the quick path: a tool today, without an account', { timeout: 30_000 }, () => {
  test('goes from the welcome page to the tools, then straight to results without an account', async () => {
    const { user } = renderApp();
    await user.click(
      screen.getByRole('button', { name: "J'ai juste besoin d'un outil, sans compte" }),
    );
    expect(heading()).toHaveTextContent("De quel outil avez-vous besoin aujourd'hui ?");
    expect(heading()).toHaveFocus();
    expect(screen.queryByText(/^Question \d/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Voir les outils sans compte' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choisissez au moins un outil.');
    await user.click(screen.getByRole('checkbox', { name: 'Choisir une date ensemble' }));
    await user.click(screen.getByRole('button', { name: 'Voir les outils sans compte' }));
    expect(heading()).toHaveTextContent(/propositions/i);
    expect(screen.getByText('Seulement des services sans compte à créer.')).toBeInTheDocument();
  });

  test('each tool says what it replaces, and Back returns to the welcome page', async () => {
    const { user } = renderApp();
    await user.click(
      screen.getByRole('button', { name: "J'ai juste besoin d'un outil, sans compte" }),
    );
    const poll = screen.getByRole('checkbox', { name: 'Choisir une date ensemble' });
    expect(poll).toHaveAccessibleDescription(/Doodle/);
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    // Back goes through the browser's history, which answers a moment later.
    await waitFor(() => {
      expect(heading()).toHaveTextContent('Des outils en ligne');
    });
  });
});

describe("an association's size", { timeout: 30_000 }, () => {
  test('is asked after "my association", shown on check answers, and can be changed', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: 'Pour mon association' }));
    await user.click(continueButton());
    expect(heading()).toHaveTextContent("Combien de personnes auront besoin d'un compte ?");
    expect(screen.getByText('Question 1 sur 5')).toBeInTheDocument();
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toHaveTextContent('Choisissez une réponse.');
    await user.click(screen.getByRole('radio', { name: '6 à 20 personnes' }));
    await user.click(continueButton());
    await answerTheRest(user);
    await user.click(continueButton());
    expect(heading()).toHaveTextContent('Vérifiez vos réponses');
    expect(screen.getByText('6 à 20 personnes', { selector: 'dd' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Modifier la réponse « Comptes »/ }));
    expect(screen.getByRole('radio', { name: '6 à 20 personnes' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Plus de 50 personnes' }));
    await user.click(continueButton());
    expect(screen.getByText('Plus de 50 personnes', { selector: 'dd' })).toBeInTheDocument();
  });

  test('is not asked, nor listed, for someone on their own', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await user.click(continueButton());
    expect(heading()).toHaveTextContent('Quels outils');
    await answerTheRest(user);
    await user.click(continueButton());
    expect(heading()).toHaveTextContent('Vérifiez vos réponses');
    expect(screen.queryByText('Comptes')).not.toBeInTheDocument();
  });
});

describe('what matters to you', { timeout: 30_000 }, () => {
  test('is optional: Continue with nothing ticked says "nothing in particular"', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await user.click(continueButton());
    await answerTheRest(user);
    expect(heading()).toHaveTextContent("Qu'est-ce qui compte pour vous ?");
    expect(screen.getByText('Question 5 sur 5')).toBeInTheDocument();
    await user.click(continueButton());
    expect(heading()).toHaveTextContent('Vérifiez vos réponses');
    expect(screen.getByText('Rien de particulier', { selector: 'dd' })).toBeInTheDocument();
  });

  test('Change from check answers brings the question back, and the choice is listed', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await user.click(continueButton());
    await answerTheRest(user);
    await user.click(continueButton());
    await user.click(screen.getByRole('button', { name: /Modifier la réponse « Ce qui compte »/ }));
    expect(heading()).toHaveTextContent("Qu'est-ce qui compte pour vous ?");
    await user.click(screen.getByRole('checkbox', { name: 'Les rencontrer en personne' }));
    await user.click(screen.getByRole('checkbox', { name: 'Un hébergeur qui dure' }));
    await user.click(continueButton());
    expect(heading()).toHaveTextContent('Vérifiez vos réponses');
    expect(
      screen.getByText('Les rencontrer en personne, Un hébergeur qui dure', { selector: 'dd' }),
    ).toBeInTheDocument();
  });

  test('explains "servers" where it is used', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await user.click(continueButton());
    await answerTheRest(user);
    expect(screen.getByRole('checkbox', { name: 'Être en France' })).toHaveAccessibleDescription(
      /serveurs/,
    );
    expect(screen.getByText('serveurs', { selector: 'dfn' })).toBeInTheDocument();
  });
});

describe('for someone the person is helping', { timeout: 30_000 }, () => {
  test('the questions speak of "la personne"', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: "Pour une personne que j'aide" }));
    await user.click(continueButton());
    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    await user.click(continueButton());
    expect(heading()).toHaveTextContent('Où est la personne ?');
    expect(screen.getByText(/peut l'aider en personne/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Peu importe où' }));
    await user.click(continueButton());
    expect(heading()).toHaveTextContent('Combien la personne peut-elle payer ?');
    await user.click(screen.getByRole('radio', { name: 'Rien' }));
    await user.click(continueButton());
    expect(heading()).toHaveTextContent("Qu'est-ce qui compte pour la personne ?");
  });
});
