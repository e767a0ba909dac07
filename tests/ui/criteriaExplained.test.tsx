import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, test } from 'vitest';
import { ContentContext } from '../../src/app/contentContext';
import { createI18n, type Language } from '../../src/app/i18n';
import { WizardContext } from '../../src/app/wizardContext';
import { createWizard } from '../../src/app/wizardKit';
import { bundledHosters } from '../../src/content/bundledHosters';
import { loadContent } from '../../src/content/load';
import type { Hoster } from '../../src/content/schema';
import type { CriterionValue } from '../../src/recommend/criteria';
import { CriteriaExplained } from '../../src/screens/CriteriaExplained';

const content = loadContent().content;
if (!content) throw new Error('the bundled content did not load');
const framasoft = bundledHosters.find((h) => h.id === 'framasoft') as Hoster;

const graph: CriterionValue[] = [
  { id: 'services', value: 1, level: 'good' },
  { id: 'proximity', value: null, level: 'notRelevant' },
  { id: 'signup', value: 0.9, level: 'good' },
  { id: 'price', value: 1, level: 'good' },
  { id: 'information', value: 0.6, level: 'fair' },
  { id: 'longevity', value: 1, level: 'good' },
];

function show(hoster: Hoster, lng: Language = 'fr') {
  render(
    <I18nextProvider i18n={createI18n(lng)}>
      <ContentContext.Provider value={content}>
        <WizardContext.Provider value={createWizard({})}>
          <CriteriaExplained criteria={graph} hoster={hoster} />
        </WizardContext.Provider>
      </ContentContext.Provider>
    </I18nextProvider>,
  );
}

/** The dt/dd group of one criterion, found by its name. */
const criterion = (name: string | RegExp) =>
  within(screen.getByText(name, { selector: 'dt' }).parentElement as HTMLElement);

/** The line of a criterion that says what we know of this hoster. */
const fact = (name: string | RegExp, known = /^(Chez eux|With them)/) =>
  criterion(name)
    .getAllByRole('definition')
    .find((dd) => known.test(dd.textContent)) ?? null;

describe('the criteria explained on a hoster page', { timeout: 20_000 }, () => {
  test('three groups: the graph, in practice, their commitments', () => {
    show(framasoft);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Les critères du graphe',
      'En pratique',
      'Leurs engagements',
    ]);
  });

  test("each criterion says what it means, why it matters, this hoster's fact and how we know", () => {
    show(framasoft);
    const structure = criterion('Type de structure');
    expect(structure.getByText(/Pourquoi c'est important/)).toBeInTheDocument();
    expect(fact('Type de structure')).toHaveTextContent('Chez eux : Association.');
    expect(structure.getByText(/Comment on le sait/)).toBeInTheDocument();
    expect(fact('Ancienneté : bien')).toHaveTextContent('Dans le collectif depuis 2016.');
    expect(fact('Prix : bien')).toHaveTextContent('Gratuit, vous pouvez faire un don.');
  });

  test('what the record does not say is shown as unknown, never guessed', () => {
    show(framasoft);
    expect(fact('Où sont vos données')).toHaveTextContent(
      'Chez eux : on ne sait pas. Demandez-leur.',
    );
    // Framasoft's record says nothing of help in person or workshops.
    expect(fact('Rencontre en personne')).toHaveTextContent('on ne sait pas');
  });

  test("the charter's commitments are said to come from the charter, for a member", () => {
    show(framasoft);
    expect(screen.getByText(/Chaque membre du collectif signe la même charte/)).toBeInTheDocument();
    const resale = criterion('Données jamais revendues');
    expect(fact('Données jamais revendues')).toHaveTextContent(
      'Ils ont signé la charte, comme tous les membres.',
    );
    expect(resale.getByText(/Comment on le sait/)).toHaveTextContent('La charte des CHATONS');
  });

  test('jargon is explained where it appears', () => {
    show(framasoft);
    const servers = criterion('Où sont vos données');
    expect(servers.getByText(/Un ordinateur allumé jour et nuit/)).toBeInTheDocument();
  });

  test('in English, with the record’s French words marked as French', () => {
    const withNotes: Hoster = {
      ...framasoft,
      pricing: { ...framasoft.pricing, notes: 'Adhésion à prix libre.' },
    };
    show(withNotes, 'en');
    const fair = criterion('Fair prices');
    expect(fact('Fair prices')).toHaveTextContent('Their words on prices:');
    expect(fair.getByText('Adhésion à prix libre.')).toHaveAttribute('lang', 'fr');
  });
});
