/**
 * Every message the recommender emits must be a sentence in both languages:
 * the key exists (after i18next picks the plural form) and every {{placeholder}}
 * gets a parameter. Run over many personas so every branch speaks.
 */
import i18next, { type i18n } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import en from '../../../content/locales/en/reasons.json';
import fr from '../../../content/locales/fr/reasons.json';
import type { NeedId } from '../../../src/content/schema';
import {
  recommend,
  type Message,
  type PriorityId,
  type RecommendationResult,
  type RecommendOptions,
} from '../../../src/recommend';
import type { RecommendContent } from '../../../src/recommend/prepare';
import type { Budget, PlaceAnswer, Profile } from '../../../src/wizard/answers';
import {
  answers,
  assoLyon,
  content,
  coopParis,
  fullVilleurbanne,
  hoster,
  lyonPostcode,
  offer,
  withHosters,
} from './fixtures';
import { loadRealContent } from './realContent';

const profiles: Profile[] = ['individual', 'association', 'helper'];
const budgets: Budget[] = ['free', 'membership', 'paid', 'unknown'];
const placeAnswers: PlaceAnswer[] = [
  lyonPostcode,
  { kind: 'departement', code: '13' },
  { kind: 'departement', code: '29' },
  { kind: 'departement', code: '75' },
  { kind: 'anywhere' },
];
const needSets: NeedId[][] = [
  [],
  ['email'],
  ['pad'],
  ['visio'],
  ['calendar'],
  ['transfer'],
  ['email', 'visio'],
  ['email', 'pad'],
  ['email', 'files', 'visio', 'pad', 'calendar', 'transfer'],
];
const optionSets: RecommendOptions[] = [
  { limit: 100 },
  {
    limit: 100,
    priorities: ['association', 'meet', 'allInOne', 'france', 'longLived'] satisfies PriorityId[],
    accounts: 20,
  },
  { limit: 100, accounts: 51 },
  { noAccount: true },
];

/** Every message a result carries: cards, the combination's cards, and the page's notices. */
const messagesOf = (result: RecommendationResult): Message[] => [
  ...[...result.recommendations, ...(result.combination?.recommendations ?? [])].flatMap((r) => [
    ...r.reasons,
    ...r.limits,
    ...r.unknowns,
  ]),
  ...result.notices,
];

/** Worlds where nothing matches, one per cause. */
const nothingWorlds: [
  RecommendContent,
  Partial<Parameters<typeof answers>[0]>,
  RecommendOptions,
][] = [
  [withHosters([assoLyon]), { needs: ['email'], budget: 'free' }, {}],
  [withHosters([coopParis]), { needs: ['email'], budget: 'membership' }, {}],
  [withHosters([coopParis]), { needs: ['email'], budget: 'paid' }, { noAccount: true }],
  [withHosters([fullVilleurbanne]), { needs: ['email'] }, {}],
  [
    withHosters([hoster('site-only', { offers: [offer('website', 'free')] })]),
    { needs: ['email'] },
    {},
  ],
];

/** A member that joined recently, so "long-lived" can also be a limit. */
const recentMember = withHosters([
  hoster('recent', {
    chatons: { status: 'member', since: String(new Date().getFullYear() - 1) },
    offers: [offer('email', 'free')],
  }),
]);

function allMessages(): Message[] {
  const out: Message[] = [];
  for (const world of [content, loadRealContent(), recentMember])
    for (const profile of profiles)
      for (const budget of budgets)
        for (const place of placeAnswers)
          for (const needs of needSets)
            for (const options of optionSets) {
              out.push(...messagesOf(recommend({ profile, budget, place, needs }, world, options)));
            }
  for (const [world, more, options] of nothingWorlds) {
    out.push(...messagesOf(recommend(answers(more), world, options)));
  }
  return out;
}

/** Every leaf key path of a nested JSON, e.g. "reasons.covers_one". */
function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

const messages = allMessages();
const translators: Record<'fr' | 'en', i18n> = {
  fr: i18next.createInstance(),
  en: i18next.createInstance(),
};
const missingParams: string[] = [];

beforeAll(async () => {
  for (const [lng, resource] of [
    ['fr', fr],
    ['en', en],
  ] as const) {
    await translators[lng].init({
      lng,
      resources: { [lng]: { reasons: resource } },
      ns: ['reasons'],
      defaultNS: 'reasons',
      interpolation: { escapeValue: false },
      missingInterpolationHandler: (text: string) => {
        missingParams.push(`${lng}: ${text}`);
        return text;
      },
    });
  }
});

describe.each(['fr', 'en'] as const)('reasons.json (%s)', (lng) => {
  test('has a sentence for every emitted message, with all its parameters', () => {
    expect(messages.length).toBeGreaterThan(100);
    // Keys are typed from the French files; here they are data, so go through plain strings.
    const t = translators[lng].t as unknown as (key: string, params?: Message['params']) => string;
    const unresolved: string[] = [];
    for (const { key, params } of messages) {
      const text = t(key, params);
      if (text === key || text.includes('{{') || text.trim() === '') {
        unresolved.push(`${key} ${JSON.stringify(params ?? {})}`);
      }
    }
    expect(unresolved).toEqual([]);
    expect(missingParams.filter((m) => m.startsWith(lng))).toEqual([]);
  });

  test('has no sentence that is never used', () => {
    const emitted = new Set(messages.map((m) => m.key));
    const written = new Set(
      leafKeys(lng === 'fr' ? fr : en).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')),
    );
    expect([...written].filter((k) => !emitted.has(k))).toEqual([]);
  });
});

test('French and English have the same keys and placeholders', () => {
  const placeholders = (json: unknown) =>
    Object.fromEntries(
      leafKeys(json).map((k) => {
        const text = k.split('.').reduce<unknown>((node, part) => {
          return (node as Record<string, unknown>)[part];
        }, json);
        return [k, [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()];
      }),
    );
  expect(placeholders(en)).toEqual(placeholders(fr));
});

test('French sentences stay short (12 words at most)', () => {
  const long = leafKeys(fr).filter((k) => {
    const text = k.split('.').reduce<unknown>((node, part) => {
      return (node as Record<string, unknown>)[part];
    }, fr);
    return String(text).split(/\s+/).length > 12;
  });
  expect(long).toEqual([]);
});
