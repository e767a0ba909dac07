/**
 * The French texts of each screen, read from the locale files: what a person
 * reads on that screen (question, hint, choices, help). Interpolations are
 * filled with a plain sample so sentences keep their length.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Tree = { [key: string]: string | Tree };

/** Which parts of which namespaces each screen shows. */
export const screens: Record<string, string[]> = {
  welcome: ['wizard:welcome', 'common:footer'],
  quick: ['wizard:quick'],
  who: ['wizard:who'],
  accounts: ['wizard:accounts'],
  services: ['wizard:services', 'needs:'],
  place: ['wizard:place'],
  budget: ['wizard:budget'],
  priorities: ['wizard:priorities'],
  check: ['wizard:check', 'vocab:profile', 'vocab:budget'],
  results: ['results:', 'vocab:signup', 'vocab:structure', 'criteria:', 'reasons:'],
  nextSteps: ['nextSteps:'],
  print: ['print:'],
  workshop: ['workshop:', 'common:keep', 'common:dropped.sessionLost'],
  about: ['about:'],
  glossary: ['glossary:'],
  errors: ['common:screenFailed', 'common:contentErrors'],
};

const samples: Record<string, string> = { count: '3', total: '4', km: '23', price: '15' };

function strings(tree: string | Tree): string[] {
  if (typeof tree === 'string') return [tree];
  return Object.values(tree).flatMap(strings);
}

export function screenTexts(root: string, lng = 'fr'): Record<string, string[]> {
  const load = (ns: string): Tree =>
    JSON.parse(readFileSync(path.join(root, 'content/locales', lng, `${ns}.json`), 'utf8')) as Tree;
  const out: Record<string, string[]> = {};
  for (const [screen, parts] of Object.entries(screens)) {
    out[screen] = parts.flatMap((part) => {
      const [ns = '', prefix = ''] = part.split(':');
      let node: string | Tree | undefined = load(ns);
      for (const key of prefix.split('.').filter(Boolean)) {
        node = typeof node === 'object' ? node[key] : undefined;
      }
      if (node === undefined) throw new Error(`${part}: no such texts`);
      return strings(node).map((text) =>
        text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => samples[name] ?? 'Lyon'),
      );
    });
  }
  return out;
}
