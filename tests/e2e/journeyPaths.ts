/**
 * Paths to every state of the wizard, derived from the statechart itself
 * (xstate/graph), and how a person performs each event in the page. A new
 * step in the machine gets a path here without touching the tests; a new
 * kind of event fails loudly until it is given a page action.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { wizardMachine, type WizardEvent } from '../../src/wizard/wizardMachine';

/** One sample of each event, with answers a person in Lyon would give. */
export const sampleEvents: WizardEvent[] = [
  { type: 'wizard.start' },
  { type: 'wizard.quick' },
  { type: 'answer.submit', step: 'quick', value: ['pad', 'visio'] },
  { type: 'answer.submit', step: 'who', value: 'association' },
  { type: 'answer.submit', step: 'accounts', value: 'upTo20' },
  { type: 'answer.submit', step: 'services', value: ['email', 'visio'] },
  {
    type: 'answer.submit',
    step: 'place',
    value: { kind: 'postcode', code: '69003', departement: '69' },
  },
  { type: 'answer.submit', step: 'budget', value: 'membership' },
  { type: 'answer.submit', step: 'priorities', value: ['meet'] },
  { type: 'answers.confirm' },
  { type: 'nav.back' },
  { type: 'wizard.restart' },
  // Ids only matter to the machine; in the page, the first card (or the first unticked) is used.
  { type: 'hoster.open', hosterId: 'first' },
  { type: 'compare.toggle', hosterId: 'first' },
  { type: 'compare.toggle', hosterId: 'second' },
  { type: 'compare.open' },
];

export interface JourneyPath {
  state: string;
  events: WizardEvent[];
}

export function pathsToEveryState(): JourneyPath[] {
  const paths = getShortestPaths(wizardMachine, {
    events: sampleEvents,
    // States that differ only by their answers look the same; how many hosters are
    // ticked for comparison matters, since two are needed to reach the comparison.
    serializeState: (snapshot) =>
      JSON.stringify([snapshot.value, snapshot.context.compared.length]),
  }).map((path) => ({
    state: JSON.stringify(path.state.value).replaceAll('"', ''),
    // The first step is xstate's own init event.
    events: path.steps.slice(1).map((step) => step.event),
  }));
  // One path per screen: the shortest.
  const shortest = new Map<string, JourneyPath>();
  for (const path of paths) {
    const known = shortest.get(path.state);
    if (!known || path.events.length < known.events.length) shortest.set(path.state, path);
  }
  return [...shortest.values()];
}

const labels = {
  who: {
    association: 'Pour mon association',
    individual: 'Pour moi',
    helper: "Pour une personne que j'aide",
  },
  budget: {
    free: 'Rien',
    membership: 'Une adhésion de quelques euros par an',
    paid: 'Quelques euros par mois',
    unknown: 'Je ne sais pas',
  },
  needs: { email: 'E-mail', visio: 'Appels vidéo' } as Record<string, string>,
  quick: {
    pad: 'Écrire un texte à plusieurs',
    poll: 'Choisir une date ensemble',
    transfer: 'Envoyer un gros fichier',
    visio: 'Faire un appel vidéo',
  },
  accounts: {
    upTo5: '1 à 5 personnes',
    upTo20: '6 à 20 personnes',
    upTo50: '21 à 50 personnes',
    more: 'Plus de 50 personnes',
    unknown: 'Je ne sais pas',
  },
  priorities: {
    meet: 'Les rencontrer en personne',
    association: 'Une association',
    allInOne: 'Tout au même endroit',
    france: 'Être en France',
    longLived: 'Un hébergeur qui dure',
  },
} as const;

const click = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

/** Does in the page (French) what the event does to the machine. */
export async function perform(page: Page, event: WizardEvent): Promise<void> {
  switch (event.type) {
    case 'wizard.start':
      return click(page, 'Commencer');
    case 'wizard.quick':
      return click(page, "J'ai juste besoin d'un outil, sans compte");
    case 'answers.confirm':
      return click(page, 'Voir mes propositions');
    case 'nav.back':
      return click(page, 'Retour');
    case 'wizard.restart':
      return click(page, 'Tout recommencer');
    case 'answers.change':
      throw new Error('answers.change has no sample event: add one and its page action');
    case 'hoster.open':
      return page
        .getByRole('button', { name: /^Tout savoir sur / })
        .first()
        .click();
    case 'compare.toggle':
      return page
        .getByRole('checkbox', { name: /^Comparer /, checked: false })
        .first()
        .check();
    case 'compare.open':
      return page.getByRole('button', { name: /^Comparer \(/ }).click();
    case 'answer.submit':
      switch (event.step) {
        case 'quick':
          for (const tool of event.value ?? []) {
            await page.getByRole('checkbox', { name: labels.quick[tool], exact: true }).check();
          }
          // The quick path's button says where it leads.
          return click(page, 'Voir les outils sans compte');
        case 'who':
          if (event.value) await page.getByRole('radio', { name: labels.who[event.value] }).check();
          break;
        case 'accounts':
          if (event.value) {
            await page.getByRole('radio', { name: labels.accounts[event.value] }).check();
          }
          break;
        case 'priorities':
          for (const priority of event.value ?? []) {
            await page.getByRole('checkbox', { name: labels.priorities[priority] }).check();
          }
          break;
        case 'services':
          for (const need of event.value ?? []) {
            const name = labels.needs[need];
            if (!name) throw new Error(`no label for the need ${need}`);
            await page.getByRole('checkbox', { name, exact: true }).check();
          }
          break;
        case 'place':
          if (event.value?.kind === 'postcode') {
            await page
              .getByRole('textbox', { name: 'Code postal, ville ou département' })
              .fill(event.value.code);
          }
          break;
        case 'budget':
          if (event.value)
            await page.getByRole('radio', { name: labels.budget[event.value] }).check();
          break;
      }
      return click(page, 'Continuer');
  }
}

/** Waits until the new screen has rendered its heading. */
export async function settle(page: Page): Promise<void> {
  // index.html holds the welcome page, heading and all, before any script runs. A page
  // opened from a link or kept answers shows it until the app replaces it: wait for the
  // app to own the page (React marks the elements it holds) before trusting a heading.
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && Object.keys(main).some((key) => key.startsWith('__react'));
  });
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Result cards draw their lower part just after the heading: wait until none is busy.
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
}

/**
 * An association of 6 to 20 people in Lyon (69003) that needs e-mail and
 * video calls, pays a membership and wants an association as host: from the
 * first question to the check page.
 */
export async function answerAsLyonAssociation(page: Page): Promise<void> {
  const next = () => page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('radio', { name: 'Pour mon association' }).check();
  await next();
  await page.getByRole('radio', { name: '6 à 20 personnes' }).check();
  await next();
  await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Appels vidéo' }).check();
  await next();
  await page.getByRole('textbox', { name: 'Code postal, ville ou département' }).fill('69003');
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Rhône');
  await next();
  await page.getByRole('radio', { name: 'Une adhésion de quelques euros par an' }).check();
  await next();
  await page.getByRole('checkbox', { name: 'Une association' }).check();
  await next();
}
