/**
 * The French texts the page drivers look for, read from the locale files so
 * that a reworded button does not break the scripts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Tree = { [key: string]: string | Tree };

const root = path.resolve(import.meta.dirname, '../..');

function text(namespace: string, key: string): string {
  const file = path.join(root, 'content/locales/fr', `${namespace}.json`);
  let node: string | Tree | undefined = JSON.parse(readFileSync(file, 'utf8')) as Tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no French text ${namespace}:${key}`);
  return node;
}

export const fr = {
  start: text('wizard', 'welcome.start'),
  continue: text('common', 'continue'),
  confirm: text('wizard', 'check.confirm'),
  resultsTitle: text('results', 'title'),
  appName: text('common', 'appName'),
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
