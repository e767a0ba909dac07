/**
 * The place answer's new kinds: a French commune and an area abroad. They
 * may come from a share link or a saved session, so the machine and the
 * restore path accept only enumerated codes with a rounded point.
 */
import { describe, expect, test, vi } from 'vitest';
import { createActor } from 'xstate';
import { abroadAreaCodes } from '../../../src/places/placesSchema';
import { PlaceAnswer } from '../../../src/wizard/answers';
import { sanitizeAnswers } from '../../../src/wizard/steps';
import {
  completeAnswers,
  wizardMachine,
  type WizardEvent,
  type WizardInput,
} from '../../../src/wizard/wizardMachine';

const run = (events: WizardEvent[], input?: WizardInput) => {
  const actor = createActor(wizardMachine, { input }).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
};

const toPlace: WizardEvent[] = [
  { type: 'wizard.start' },
  { type: 'answer.submit', step: 'who', value: 'individual' },
  { type: 'answer.submit', step: 'services', value: ['email'] },
];
const submitPlace = (value: unknown): WizardEvent =>
  ({ type: 'answer.submit', step: 'place', value }) as WizardEvent;

const villeurbanne = { kind: 'commune', code: '69266', departement: '69', lat: 45.77, lon: 4.88 };
const ajaccio = { kind: 'commune', code: '2A004', departement: '2A', lat: 41.92, lon: 8.74 };
const saintDenisReunion = {
  kind: 'commune',
  code: '97411',
  departement: '974',
  lat: -20.88,
  lon: 55.45,
};
const liege = { kind: 'abroad', code: 'BE-WLG', lat: 50.63, lon: 5.57 };
const montreal = { kind: 'abroad', code: 'QC-06', lat: 45.51, lon: -73.59 };

describe('the place question accepts a commune or an area abroad', () => {
  test.each([villeurbanne, ajaccio, saintDenisReunion, liege, montreal])(
    '%j goes on to the budget, kept as given',
    (value) => {
      const s = run([...toPlace, submitPlace(value)]);
      expect(s.value).toBe('budget');
      expect(s.context.answers.place).toEqual(value);
    },
  );

  test('the answers are complete with a place abroad', () => {
    const s = run([
      ...toPlace,
      submitPlace(liege),
      { type: 'answer.submit', step: 'budget', value: 'free' },
      { type: 'answer.submit', step: 'priorities', value: [] },
    ]);
    expect(s.value).toBe('check');
    expect(completeAnswers(s.context)?.place).toEqual(liege);
  });

  test('the earlier kinds are still valid', () => {
    for (const value of [
      { kind: 'anywhere' },
      { kind: 'departement', code: '69' },
      { kind: 'postcode', code: '69003', departement: '69' },
    ]) {
      expect(PlaceAnswer.safeParse(value).success, JSON.stringify(value)).toBe(true);
    }
  });

  test('every enumerated area abroad is a valid answer', () => {
    for (const code of abroadAreaCodes) {
      expect(PlaceAnswer.safeParse({ kind: 'abroad', code, lat: 50, lon: 5 }).success).toBe(true);
    }
  });

  test('an answer is parsed once, however many guards of the machine read it', () => {
    const actor = createActor(wizardMachine).start();
    for (const event of toPlace) actor.send(event);
    const parse = vi.spyOn(PlaceAnswer, 'safeParse');
    try {
      actor.send(submitPlace(villeurbanne));
      expect(parse).toHaveBeenCalledTimes(1);
      expect(actor.getSnapshot().context.answers.place).toEqual(villeurbanne);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('what is refused, and keeps the person on the place question', () => {
  test.each([
    ['a commune in another département', { ...villeurbanne, departement: '01' }],
    ['a commune without its point', { kind: 'commune', code: '69266', departement: '69' }],
    ['a commune code that is not INSEE', { ...villeurbanne, code: '6926' }],
    ['a commune named in free text', { ...villeurbanne, name: 'Villeurbanne' }],
    ['a point finer than 0.01°', { ...villeurbanne, lat: 45.7712 }],
    ['a point off the globe', { ...villeurbanne, lat: 145.77 }],
    ['a point given as text', { ...villeurbanne, lon: '4.88' }],
    ['an unknown area abroad', { ...liege, code: 'BE-XXX' }],
    ['an area in lower case', { ...liege, code: 'be-wlg' }],
    ['an area without its point', { kind: 'abroad', code: 'BE-WLG' }],
    ['an area with a département', { ...liege, departement: '59' }],
    ['a town abroad in free text', { kind: 'abroad', code: 'BE-WLG', name: 'Liège' }],
    ['a country', { kind: 'abroad', code: 'BE', lat: 50.5, lon: 4.5 }],
  ])('%s', (_, value) => {
    const s = run([...toPlace, submitPlace(value)]);
    expect(s.value).toBe('place');
    expect(s.context.answers.place).toBeUndefined();
  });
});

describe('a restored or shared place answer', () => {
  test('a valid commune or area is kept', () => {
    expect(sanitizeAnswers({ place: villeurbanne, budget: 'free' })).toEqual({
      place: villeurbanne,
      budget: 'free',
    });
    expect(sanitizeAnswers({ place: montreal })).toEqual({ place: montreal });
  });

  test('a broken one is dropped and the other answers kept', () => {
    expect(sanitizeAnswers({ place: { ...liege, code: 'FR-69' }, budget: 'free' })).toEqual({
      budget: 'free',
    });
  });

  test('the machine starts with a restored commune answer', () => {
    const s = run([], { answers: { place: ajaccio } as WizardInput['answers'] });
    expect(s.context.answers.place).toEqual(ajaccio);
  });
});
