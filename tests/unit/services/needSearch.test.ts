import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { NeedCatalogue, type NeedId } from '../../../src/content/schema';
import { createNeedSearch } from '../../../src/screens/needSearch';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const { needs } = NeedCatalogue.parse(read('content/needs.json'));

const searchIn = (lng: 'fr' | 'en') => {
  const names = read(`content/locales/${lng}/needs.json`) as Record<NeedId, string>;
  return createNeedSearch(needs, (id) => names[id]);
};

describe.each(['fr', 'en'] as const)('searching the real needs in %s', (lng) => {
  const search = searchIn(lng);

  test.each([
    ['gmail', 'email'],
    ['gogle drive', 'files'],
    ['whatsap', 'chat'],
    ['visio', 'visio'],
    ['zoom', 'visio'],
    ['doodle', 'poll'],
    ['wetransfer', 'transfer'],
    ['facebok', 'social'],
    ['bitly', 'shortlink'],
    ['trello', 'project'],
    ['helloasso', 'association'],
    ['google photos', 'images'],
  ])('"%s" lands first on %s', (query, need) => {
    expect(search(query)[0]).toBe(need);
  });

  test('a misspelt product does not bring unrelated needs', () => {
    expect(search('whatsap')).not.toContain('email');
    expect(search('zoom')).not.toContain('email');
  });

  test('an empty query lists every need, in the catalogue order', () => {
    expect(search('  ')).toEqual(needs.map((n) => n.id));
  });

  test('nonsense finds nothing', () => {
    expect(search('xqzwv')).toEqual([]);
  });
});

test('French words people use find the need: courriel, tableur, cloud', () => {
  const search = searchIn('fr');
  expect(search('courriel')[0]).toBe('email');
  expect(search('tableur')[0]).toBe('spreadsheet');
  expect(search('cloud')[0]).toBe('files');
});
