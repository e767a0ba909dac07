import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import catalogue from '../../content/needs.json';
import frNeeds from '../../content/locales/fr/needs.json';
import { renderApp } from './renderApp';

/** The first import of a module is transformed on the spot: slow on a busy machine. */
const slowImport = { timeout: 10_000 };

async function toServices(options: Parameters<typeof renderApp>[0] = {}, who = 'Pour moi') {
  const app = renderApp(options);
  const { user } = app;
  await user.click(
    screen.getByRole('button', { name: options.lng === 'en' ? 'Start' : 'Commencer' }),
  );
  await user.click(screen.getByRole('radio', { name: who }));
  await user.click(
    screen.getByRole('button', { name: options.lng === 'en' ? 'Continue' : 'Continuer' }),
  );
  return app;
}

const summary = () => screen.queryByRole('region', { name: 'Ce qui remplace vos outils' });

describe('the services question', { timeout: 20_000 }, () => {
  test('each tile is named by the need and described by the products it replaces', async () => {
    await toServices();
    const email = screen.getByRole('checkbox', { name: 'E-mail' });
    expect(email).toHaveAccessibleDescription('Remplace : Gmail, Outlook, Yahoo Mail');
    expect(
      screen.getByRole('checkbox', { name: 'Messagerie instantanée' }),
    ).toHaveAccessibleDescription(/WhatsApp/);
    expect(
      screen.getByRole('checkbox', { name: 'Raccourcir un lien' }),
    ).toHaveAccessibleDescription(/Bitly/);
  });

  test('every need has its tile, in the catalogue order, before "I don\'t know"', async () => {
    await toServices();
    // The first tiles come with the question; the others right after, in their places.
    expect(screen.getByRole('checkbox', { name: 'E-mail' })).toBeInTheDocument();
    const names = catalogue.needs.map((need) => frNeeds[need.id as keyof typeof frNeeds]);
    await waitFor(() => {
      const boxes = screen.getAllByRole<HTMLInputElement>('checkbox');
      expect(boxes.map((box) => box.labels?.[0]?.textContent)).toEqual([
        ...names,
        'Je ne sais pas encore',
      ]);
    });
  });

  test('nothing ticked, no summary; ticking shows what replaces each product, in plain words', async () => {
    const { user } = await toServices();
    expect(summary()).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sondage pour choisir une date' }));
    const region = summary();
    expect(region).toBeInTheDocument();
    const items = within(region as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('E-mail, à la place de Gmail, Outlook, Yahoo Mail');
    expect(items[0]).toHaveTextContent('Une adresse pour écrire et recevoir des messages.');
    expect(items[0]).toHaveTextContent('Souvent avec : Roundcube, SOGo, SnappyMail.');
    expect(items[0]).not.toHaveTextContent('sans compte');
    expect(items[1]).toHaveTextContent('Sondage pour choisir une date, à la place de Doodle');
    expect(items[1]).toHaveTextContent('Souvent sans compte à créer.');
    // Free software is jargon: it is explained right there.
    expect(
      within(region as HTMLElement).getByText(
        'Un logiciel que tout le monde peut utiliser, étudier et vérifier.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    expect(within(summary() as HTMLElement).getAllByRole('listitem')).toHaveLength(1);
  });

  test('a search narrows the tiles, and a ticked tile stays visible', async () => {
    const { user } = await toServices();
    const search = screen.getByRole('searchbox', { name: 'Chercher un outil' });
    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    await user.type(search, 'zoom');
    // The search code arrives a moment after the first keystroke (lazySearch.test.tsx).
    await waitFor(() => {
      expect(screen.queryByRole('checkbox', { name: 'Réseau social' })).not.toBeInTheDocument();
    }, slowImport);
    expect(screen.getByRole('checkbox', { name: 'Appels vidéo' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'E-mail' })).toBeChecked();
    await user.clear(search);
    await user.type(search, 'xqzwv');
    expect(
      screen.getByText('Aucun outil ne correspond. Essayez un autre nom.'),
    ).toBeInTheDocument();
  });

  test('the icons are hidden from screen readers: the name is written beside them', async () => {
    await toServices();
    const label = screen.getByText('E-mail', { selector: 'label' });
    const icon = label.querySelector('svg');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
  });

  test('ticked needs are kept when going back and forth', async () => {
    const { user } = await toServices();
    await user.click(screen.getByRole('checkbox', { name: 'Gérer une association' }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Où êtes-vous ?');
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    // A tile low in the list comes with the second render (drawing the question stays quick).
    expect(await screen.findByRole('checkbox', { name: 'Gérer une association' })).toBeChecked();
    expect(summary()).toHaveTextContent('HelloAsso');
  });

  test('for someone the person helps, the question speaks of "the person"', async () => {
    await toServices({}, "Pour une personne que j'aide");
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      "Quels outils la personne utilise-t-elle aujourd'hui ?",
    );
    expect(screen.getByRole('checkbox', { name: 'E-mail' })).toBeInTheDocument();
  });

  test('switching language on the question translates every tile, and keeps the ticks', async () => {
    const { user } = await toServices();
    await user.click(screen.getByRole('checkbox', { name: 'E-mail' }));
    await user.click(screen.getByRole('button', { name: 'English' }));
    const visio = await screen.findByRole('checkbox', { name: 'Video calls' });
    expect(visio).toHaveAccessibleDescription(
      'Replaces: Zoom, Google Meet, Microsoft Teams, Skype',
    );
    expect(screen.getByRole('checkbox', { name: 'E-mail' })).toHaveAccessibleDescription(
      'Replaces: Gmail, Outlook, Yahoo Mail',
    );
    expect(screen.getByRole('checkbox', { name: 'E-mail' })).toBeChecked();
  });

  test('in English, the tiles and the summary speak English', async () => {
    const { user } = await toServices({ lng: 'en' }, 'For me');
    await user.click(screen.getByRole('checkbox', { name: 'Video calls' }));
    const region = screen.getByRole('region', { name: 'What replaces your tools' });
    expect(region).toHaveTextContent('Video calls, instead of Zoom, Google Meet');
    expect(region).toHaveTextContent('Often with no account to create.');
  });
});
