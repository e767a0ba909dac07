/**
 * The French texts the page drivers look for, read from the locale files so
 * that a reworded button does not break the scripts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Tree = { [key: string]: string | Tree };

const root = path.resolve(import.meta.dirname, '../..');

function optionalText(namespace: string, key: string): string | null {
  const file = path.join(root, 'content/locales/fr', `${namespace}.json`);
  let node: string | Tree | undefined = JSON.parse(readFileSync(file, 'utf8')) as Tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : null;
}

function text(namespace: string, key: string): string {
  const found = optionalText(namespace, key);
  if (found === null) throw new Error(`no French text ${namespace}:${key}`);
  return found;
}

export const fr = {
  start: text('wizard', 'welcome.start'),
  continue: text('common', 'continue'),
  confirm: text('wizard', 'check.confirm'),
  resultsTitle: text('results', 'title'),
  /** The button on a results card that opens its detail page ("Tout savoir sur {{name}}"). */
  detailsPrefix: text('results', 'card.details').split('{{')[0] ?? '',
  /** The checkbox that ticks a card for comparison ("Comparer {{name}}"). */
  comparePrefix: text('results', 'card.compare').split('{{')[0] ?? '',
  /** The button that opens the comparison ("Comparer ({{count}} choisis)"). */
  compareOpenPrefix: text('results', 'compare.open_other').split('{{')[0] ?? '',
  /** The quick path for a tool without an account, when the welcome page offers it. */
  quickStart: optionalText('wizard', 'welcome.quickStart'),
  quickContinue: optionalText('wizard', 'quick.continue'),
  /** The answers a person in Lyon, for an association, would give. */
  preferred: [
    text('wizard', 'who.options.association.label'),
    text('needs', 'email'),
    text('needs', 'visio'),
    text('wizard', 'budget.options.membership.label'),
  ],
  postcode: '69003',
  /** Screen names as the page title shows them ("Lieu — Boussole CHATONS"), by step. */
  stepNames: stepNames(),
};

function stepNames(): Record<string, string> {
  const file = path.join(root, 'content/locales/fr/wizard.json');
  const names = (JSON.parse(readFileSync(file, 'utf8')) as Tree).stepNames;
  if (typeof names !== 'object') return {};
  return Object.fromEntries(
    Object.entries(names).flatMap(([step, name]) =>
      typeof name === 'string' ? [[step, name]] : [],
    ),
  );
}
