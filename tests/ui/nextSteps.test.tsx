import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, test } from 'vitest';
import { startingSession } from '../../src/app/startingSession';
import { createI18n } from '../../src/app/i18n';
import { NextSteps } from '../../src/components/NextSteps';
import { ReportLink } from '../../src/components/ReportLink';
import { SafeLink } from '../../src/components/SafeLink';
import type { Recommendation } from '../../src/recommend/types';
import { encodeShareFragment } from '../../src/share/linkCodec';
import type { Answers } from '../../src/wizard/answers';
import { hosterWith } from './realHoster';
import { renderApp } from './renderApp';

const openResults = (answers: Answers, lng: 'fr' | 'en' = 'fr') =>
  renderApp({
    lng,
    starting: startingSession(`#r=${encodeShareFragment({ answers })}`, null),
  });

const association: Answers = {
  profile: 'association',
  needs: ['email', 'visio'],
  place: { kind: 'postcode', code: '69003', departement: '69' },
  budget: 'membership',
};

/** Opens every card's "What to do next with …", as a person clicks it. */
async function openNextSteps(user: UserEvent, name: RegExp) {
  for (const summary of screen.getAllByText(name, { selector: 'summary' })) {
    await user.click(summary);
  }
}

const recommendation: Recommendation = {
  hosterId: 'x',
  score: 1,
  covered: [],
  missing: [],
  inDoubt: [],
  distanceKm: null,
  signup: 'free',
  reasons: [],
  limits: [],
  unknowns: [],
  tied: false,
};

const inFrench = (ui: React.ReactNode) =>
  render(<I18nextProvider i18n={createI18n('fr')}>{ui}</I18nextProvider>);

describe('what to do next, on each result', { timeout: 30_000 }, () => {
  test('each card folds its next steps, named with its hoster, until opened', async () => {
    const { user } = openResults(association);
    for (const card of screen.getAllByRole('article')) {
      const name = within(card).getByRole('heading', { level: 2 }).textContent;
      expect(within(card).queryByRole('region', { name: `Que faire ensuite ${name}` })).toBeNull();
      expect(within(card).queryByText('Si je pars, comment je récupère mes données ?')).toBeNull();
      await user.click(within(card).getByText(`Que faire ensuite avec ${name}`));
      expect(
        within(card).getByRole('region', { name: `Que faire ensuite ${name}` }),
      ).toBeInTheDocument();
    }
  });

  test('each card says how to contact them and what to ask, as an association', async () => {
    const { user } = openResults(association);
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(3);
    await openNextSteps(user, /^Que faire ensuite avec /);
    for (const card of cards) {
      const name = within(card).getByRole('heading', { level: 2 }).textContent;
      // Each region is told apart by its hoster's name.
      const next = within(within(card).getByRole('region', { name: `Que faire ensuite ${name}` }));
      expect(next.getByRole('heading', { name: 'Les contacter' })).toBeInTheDocument();
      expect(next.getByText('Si je pars, comment je récupère mes données ?')).toBeInTheDocument();
      expect(next.getByText('Combien ça coûte ? Comment payer ?')).toBeInTheDocument();
      expect(next.getByText('Avez-vous une offre pour les associations ?')).toBeInTheDocument();
      for (const link of next.getAllByRole('link')) {
        expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      }
    }
  });

  test('a person on their own is not asked about associations', async () => {
    const { user } = openResults({ ...association, profile: 'individual' });
    await openNextSteps(user, /^Que faire ensuite avec /);
    expect(screen.queryByText('Avez-vous une offre pour les associations ?')).toBeNull();
    for (const card of screen.getAllByRole('article')) {
      expect(
        within(card).getByText('Si je pars, comment je récupère mes données ?'),
      ).toBeInTheDocument();
    }
  });

  test('the website comes from the data; an unknown one stays unknown', () => {
    inFrench(
      <NextSteps
        hoster={hosterWith({ name: 'Exemple', website: null })}
        recommendation={recommendation}
        profile="individual"
        level={2}
      />,
    );
    expect(
      screen.getByText(/Nous ne connaissons pas leur site. Cherchez Exemple sur chatons.org./),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chercher sur chatons.org' })).toHaveAttribute(
      'href',
      'https://www.chatons.org/',
    );
  });

  test('in-person help is said when known, and asked when unknown', () => {
    const support = { inPerson: true, workshops: null, notes: null };
    const { unmount } = inFrench(
      <NextSteps
        hoster={hosterWith({ website: 'https://exemple.org', support })}
        recommendation={recommendation}
        profile="individual"
        level={2}
      />,
    );
    expect(screen.getByText('Ils peuvent vous aider en personne.')).toBeInTheDocument();
    expect(screen.queryByText("Pouvez-vous m'aider en personne ?")).toBeNull();
    expect(screen.getByRole('link', { name: /Aller sur le site de/ })).toHaveAttribute(
      'href',
      'https://exemple.org',
    );
    unmount();
    inFrench(
      <NextSteps
        hoster={hosterWith({ support: { ...support, inPerson: null } })}
        recommendation={{ ...recommendation, signup: 'unknown' }}
        profile="individual"
        level={2}
      />,
    );
    expect(screen.queryByText('Ils peuvent vous aider en personne.')).toBeNull();
    expect(screen.getByText("Pouvez-vous m'aider en personne ?")).toBeInTheDocument();
    expect(screen.getByText("Puis-je m'inscrire chez vous ?")).toBeInTheDocument();
  });

  test('guides to leave Gmail and WhatsApp appear only for the needs ticked', () => {
    openResults({ ...association, needs: ['email', 'chat'] });
    const guides = within(screen.getByRole('region', { name: 'Quitter vos anciens outils' }));
    expect(guides.getByRole('heading', { name: 'Quitter Gmail' })).toBeInTheDocument();
    expect(guides.getByRole('heading', { name: 'Quitter WhatsApp' })).toBeInTheDocument();
    expect(guides.queryByRole('heading', { name: 'Quitter Google Drive' })).toBeNull();
    const steps = guides.getAllByRole('list')[0];
    expect(within(steps as HTMLElement).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
  });

  test('no guide is shown when nothing ticked has one', () => {
    openResults({ ...association, needs: ['visio'] });
    expect(screen.queryByRole('region', { name: 'Quitter vos anciens outils' })).toBeNull();
  });

  test('the detail page has the same next steps, the guides and the report link', async () => {
    const user = userEvent.setup();
    openResults(association);
    const name = within(screen.getAllByRole('article')[0] as HTMLElement).getByRole('heading', {
      level: 2,
    }).textContent;
    await user.click(screen.getByRole('button', { name: `Tout savoir sur ${name}` }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(name);
    expect(screen.getByRole('region', { name: 'Que faire ensuite' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Quitter vos anciens outils' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: `Signaler une information fausse sur ${name}` }),
    ).toBeInTheDocument();
  });

  test('in English, the next steps are in English', async () => {
    const { user } = openResults(association, 'en');
    await openNextSteps(user, /^What to do next with /);
    expect(screen.getAllByRole('region', { name: /^What to do next/ })).toHaveLength(3);
    for (const region of screen.getAllByRole('region', { name: /^What to do next/ })) {
      expect(
        within(region).getByText('If I leave, how do I get my data back?'),
      ).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { name: 'Leaving Gmail' })).toBeInTheDocument();
  });
});

describe('reporting wrong information', { timeout: 30_000 }, () => {
  const hoster = hosterWith({ name: 'Exemple', checked: '2026-11-26' });

  test('by default, a new forum topic already names the hoster and the checked date', () => {
    inFrench(<ReportLink hoster={hoster} address={undefined} />);
    const link = screen.getByRole('link', { name: 'Signaler une information fausse sur Exemple' });
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.origin + url.pathname).toBe('https://forum.chatons.org/new-topic');
    expect(url.searchParams.get('title')).toBe(
      'Boussole : informations à mettre à jour pour Exemple',
    );
    expect(url.searchParams.get('body')).toContain('datent du 26 novembre 2026');
    expect(link).toHaveAccessibleDescription(
      'Cela ouvre le forum du collectif. Il faut un compte sur le forum.',
    );
  });

  test('with an address to write to, an e-mail already written', () => {
    inFrench(<ReportLink hoster={hoster} address="signaler@example.org" />);
    const link = screen.getByRole('link', { name: 'Signaler une information fausse sur Exemple' });
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:signaler@example.org?subject=')).toBe(true);
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toBe('Boussole : informations à mettre à jour pour Exemple');
    expect(query.get('body')).toContain('Exemple');
    expect(link).toHaveAccessibleDescription(
      'Cela ouvre votre messagerie, avec un message déjà écrit.',
    );
  });

  test('an address that is not one falls back to the forum', () => {
    inFrench(<ReportLink hoster={hoster} address="javascript:alert(1)//@x.org" />);
    expect(
      screen.getByRole('link', { name: 'Signaler une information fausse sur Exemple' }),
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\/forum\.chatons\.org\/new-topic\?/));
  });

  test('the report link carries nothing of the person’s answers', () => {
    openResults(association);
    const links = screen.getAllByRole('link', { name: /^Signaler une information fausse sur / });
    expect(links).toHaveLength(3);
    for (const link of links) {
      const href = decodeURIComponent(link.getAttribute('href') ?? '');
      expect(href).not.toMatch(/69003|Rhône|association|#r=/i);
    }
  });
});

describe('safe links', { timeout: 30_000 }, () => {
  test('mailto becomes a link only where allowed; other schemes never do', () => {
    inFrench(
      <>
        <SafeLink href="mailto:a@example.org">content address</SafeLink>
        <SafeLink href="mailto:a@example.org" allowMail>
          report address
        </SafeLink>
        <SafeLink href="javascript:alert(1)" allowMail>
          script
        </SafeLink>
        <SafeLink href="http://example.org" allowMail>
          plain http
        </SafeLink>
      </>,
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'report address' })).toHaveAttribute(
      'href',
      'mailto:a@example.org',
    );
    for (const text of ['content address', 'script', 'plain http']) {
      expect(screen.getByText(text).closest('a')).toBeNull();
    }
  });
});
