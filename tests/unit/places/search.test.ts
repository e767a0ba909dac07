import { describe, expect, test } from 'vitest';
import { createPlaceSearch, type PlaceChoice } from '../../../src/places/search';
import { places } from '../recommend/fixtures';
import { realPlaceData, realPlaces } from './realPlaces';

const answerOf = (choice: PlaceChoice | null) => choice?.answer ?? null;

/** "Villeurbanne (69)", "Rhône (69)", "Liège (BE-WLG)", "69003": what a suggestion button would say. */
const labelOf = (choice: PlaceChoice): string => {
  switch (choice.kind) {
    case 'departement':
      return `${choice.departement.name} (${choice.departement.code})`;
    case 'postcode':
      return choice.postcode;
    case 'commune':
      return `${choice.commune.name} (${choice.departement.code})`;
    case 'abroad':
      return `${choice.name} (${choice.area.code})`;
  }
};

describe('place search with the départements alone (before the communes load)', () => {
  const search = createPlaceSearch(places);

  test('a postcode becomes a postcode answer inside its département', () => {
    expect(answerOf(search.parse(' 69003 '))).toEqual({
      kind: 'postcode',
      code: '69003',
      departement: '69',
    });
  });

  test('a postcode of a département we do not know is refused', () => {
    expect(search.parse('29200')).toBeNull();
  });

  test('a département number, name or prefecture town becomes a département answer', () => {
    expect(answerOf(search.parse('69'))).toEqual({ kind: 'departement', code: '69' });
    expect(answerOf(search.parse('1'))).toEqual({ kind: 'departement', code: '01' });
    expect(answerOf(search.parse('rhone'))).toEqual({ kind: 'departement', code: '69' });
    expect(answerOf(search.parse('Bouches du Rhône'))).toEqual({
      kind: 'departement',
      code: '13',
    });
    expect(answerOf(search.parse('lyon'))).toEqual({ kind: 'departement', code: '69' });
  });

  test('nonsense and partial words are not taken as a place', () => {
    expect(search.parse('')).toBeNull();
    expect(search.parse('Lyo')).toBeNull();
    expect(search.parse('6900')).toBeNull();
    expect(search.parse('Villeurbanne')).toBeNull();
  });

  test('misspelt names and partial numbers get suggestions', () => {
    const codes = (text: string) =>
      search.suggest(text).map((c) => (c.kind === 'departement' ? c.departement.code : c.kind));
    expect(codes('Isere')).toContain('38');
    expect(codes('Grenobl')).toContain('38');
    expect(codes('69003')).toEqual(['69']);
    expect(codes('7')).toEqual(['75']);
    expect(codes('   ')).toEqual([]);
  });
});

describe('place search with every commune and the places abroad', () => {
  const search = createPlaceSearch(realPlaces, realPlaceData());

  test('any commune, by its name, gives its INSEE code, département and point', () => {
    expect(answerOf(search.parse('Villeurbanne'))).toEqual({
      kind: 'commune',
      code: '69266',
      departement: '69',
      lat: 45.77,
      lon: 4.88,
    });
    expect(answerOf(search.parse('aix en provence'))).toMatchObject({
      kind: 'commune',
      code: '13001',
    });
    // A small village GeoNames does not list still gets a point (its postcode's).
    expect(answerOf(search.parse('Abergement-Clémenciat'))).toBeNull();
    expect(answerOf(search.parse("L'Abergement-Clémenciat"))).toMatchObject({
      kind: 'commune',
      code: '01001',
    });
  });

  test('"lyon", "69", "bouches du rhone" and "69003" read as before', () => {
    expect(answerOf(search.parse('lyon'))).toEqual({ kind: 'departement', code: '69' });
    expect(answerOf(search.parse('69'))).toEqual({ kind: 'departement', code: '69' });
    expect(answerOf(search.parse('bouches du rhone'))).toEqual({
      kind: 'departement',
      code: '13',
    });
    expect(answerOf(search.parse('69003'))).toEqual({
      kind: 'postcode',
      code: '69003',
      departement: '69',
    });
  });

  test('a postcode suggests its communes first, to be more precise', () => {
    expect(search.suggest('69100').map(labelOf)).toEqual(['Villeurbanne (69)', 'Rhône (69)']);
    expect(search.suggest('69003').map(labelOf)[0]).toBe('Lyon 3e Arrondissement (69)');
  });

  test('typos still find the town', () => {
    expect(search.suggest('villeurbane').map(labelOf)[0]).toBe('Villeurbanne (69)');
    expect(search.suggest('marseile').map(labelOf)).toContain('Marseille (13)');
    expect(search.suggest('lausane').map(labelOf)[0]).toBe('Lausanne (CH-VD)');
    expect(search.suggest('Girnde').map(labelOf)[0]).toBe('Gironde (33)');
  });

  test('"st" is "saint", and names that start alike come biggest first', () => {
    expect(search.suggest('st etienne').map(labelOf)[0]).toBe('Saint-Étienne (42)');
    expect(search.suggest('Grenob').map(labelOf)[0]).toBe('Grenoble (38)');
  });

  test('homonyms are not guessed: each is suggested with its département', () => {
    expect(search.parse('Saint-Denis')).toBeNull();
    const homonyms = search.homonyms('Saint-Denis').map(labelOf);
    expect(homonyms).toEqual([
      'Saint-Denis (93)',
      'Saint-Denis (974)',
      'Saint-Denis (11)',
      'Saint-Denis (30)',
    ]);
    expect(search.suggest('Saint-Denis').map(labelOf).slice(0, 4)).toEqual(homonyms);
    expect(answerOf(search.parse('Saint-Denis (93)'))).toMatchObject({ code: '93066' });
    expect(answerOf(search.parse('saint denis 974'))).toMatchObject({ code: '97411' });
  });

  test('a French commune and a town abroad of the same name are both offered', () => {
    expect(search.parse('Fribourg')).toBeNull();
    expect(search.homonyms('Fribourg').map(labelOf)).toEqual(['Fribourg (CH-FR)', 'Fribourg (57)']);
  });

  test('places abroad: towns in French or in their own language, and areas', () => {
    expect(answerOf(search.parse('Liège'))).toEqual({
      kind: 'abroad',
      code: 'BE-WLG',
      lat: 50.63,
      lon: 5.57,
    });
    expect(answerOf(search.parse('liege'))).toMatchObject({ code: 'BE-WLG' });
    expect(answerOf(search.parse('Genève'))).toMatchObject({ code: 'CH-GE' });
    expect(answerOf(search.parse('Genf'))).toMatchObject({ code: 'CH-GE' });
    expect(answerOf(search.parse('Brussel'))).toMatchObject({ code: 'BE-BRU' });
    expect(answerOf(search.parse('Luxembourg'))).toMatchObject({ code: 'LU-LU' });
    expect(answerOf(search.parse('Sherbrooke'))).toMatchObject({ code: 'QC-05' });
    // A town gives its own point; the area gives its main town's.
    expect(answerOf(search.parse('Verviers'))).toEqual({
      kind: 'abroad',
      code: 'BE-WLG',
      lat: 50.59,
      lon: 5.86,
    });
    expect(answerOf(search.parse('Province de Liège'))).toEqual(answerOf(search.parse('Liège')));
  });

  test('a country lists its areas, French-speaking ones first', () => {
    expect(search.suggest('Belgique').map(labelOf)).toEqual([
      'Région de Bruxelles-Capitale (BE-BRU)',
      'Province du Brabant wallon (BE-WBR)',
      'Province de Hainaut (BE-WHT)',
      'Province de Liège (BE-WLG)',
      'Province de Luxembourg (BE-WLX)',
      'Province de Namur (BE-WNA)',
    ]);
    // Suisse is also a village in Moselle: it comes first, then the cantons; none is guessed.
    expect(search.parse('Suisse')).toBeNull();
    expect(search.suggest('Suisse', 7).map(labelOf)).toEqual([
      'Suisse (57)',
      'Canton de Fribourg (CH-FR)',
      'Canton de Genève (CH-GE)',
      'Canton du Jura (CH-JU)',
      'Canton de Neuchâtel (CH-NE)',
      'Canton de Vaud (CH-VD)',
      'Canton du Valais (CH-VS)',
    ]);
  });

  test('Paris is offered once, as the département (its point is Paris)', () => {
    const labels = search.suggest('Paris').map(labelOf);
    expect(labels[0]).toBe('Paris (75)');
    expect(labels.filter((l) => l === 'Paris (75)')).toHaveLength(1);
  });

  test('an answer given earlier is described again, keeping its own point', () => {
    const answer = {
      kind: 'commune',
      code: '69266',
      departement: '69',
      lat: 45.7,
      lon: 4.8,
    } as const;
    const choice = search.describe(answer);
    expect(choice?.kind === 'commune' && choice.commune.name).toBe('Villeurbanne');
    expect(choice?.answer).toBe(answer);
    const abroad = search.describe({ kind: 'abroad', code: 'CH-VD', lat: 46.52, lon: 6.63 });
    expect(abroad?.kind === 'abroad' && abroad.name).toBe('Canton de Vaud');
    // Without the communes, a commune cannot be named (the screen falls back to its département).
    expect(createPlaceSearch(realPlaces).describe(answer)).toBeNull();
  });

  test('every suggestion is a valid answer', async () => {
    const { PlaceAnswer } = await import('../../../src/wizard/answers');
    for (const text of ['saint', 'lyon', 'Belgique', '690', 'genev', 'villeurbane', 'Montreal']) {
      for (const choice of search.suggest(text, 10)) {
        expect(PlaceAnswer.safeParse(choice.answer).success, labelOf(choice)).toBe(true);
      }
    }
  });
});
