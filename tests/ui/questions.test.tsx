import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderApp } from './renderApp';

const continueButton = () => screen.getByRole('button', { name: 'Continuer' });

async function start() {
  const app = renderApp();
  await app.user.click(screen.getByRole('button', { name: 'Commencer' }));
  return app;
}

describe('question pages', () => {
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
    expect(screen.getByText('Question 1 sur 4')).toBeInTheDocument();
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
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Quels outils');
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    expect(await screen.findByRole('radio', { name: 'Pour mon association' })).toBeChecked();
  });

  test('a misspelt product name still finds the service it replaces', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('radio', { name: 'Pour moi' }));
    await user.click(continueButton());
    await user.type(screen.getByRole('searchbox', { name: 'Chercher un outil' }), 'whatsap');
    expect(screen.getByRole('checkbox', { name: 'Messagerie instantanée' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'E-mail' })).not.toBeInTheDocument();
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
