import { expect, test } from 'vitest';
import { Hoster } from '../../../src/content/schema';
import { unknownFields } from '../../../scripts/curated/unknownFields';
import { fixtureContent } from '../../content/fixtures';

const files = fixtureContent();
const alpha = Hoster.parse(files['content/hosters/alpha.json']);
const beta = Hoster.parse(files['content/hosters/beta.json']);

const count = (field: string, hosters: Hoster[]) =>
  unknownFields(hosters).find((c) => c.field === field);

test('counts a null field, and an empty audience list, as unknown', () => {
  const noAudience: Hoster = { ...alpha, audiences: [], structure: null };
  expect(count('structure', [alpha, noAudience])).toEqual({
    field: 'structure',
    unknown: 1,
    total: 2,
  });
  expect(count('audiences', [alpha, noAudience])?.unknown).toBe(1);
  expect(count('support.workshops', [alpha])?.unknown).toBe(1);
  expect(count('support.inPerson', [alpha])?.unknown).toBe(0);
});

test('counts offer fields over all the offers of all hosters', () => {
  const offers = alpha.offers.length + beta.offers.length;
  const software = count('offers[].software', [alpha, beta]);
  expect(software?.total).toBe(offers);
  expect(software?.unknown).toBe(
    [...alpha.offers, ...beta.offers].filter((o) => o.software === null).length,
  );
  expect(software?.unknown).toBeGreaterThan(0);
});
