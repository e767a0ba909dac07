import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledHosters } from '../../src/content/bundledHosters';
import { loadContent } from '../../src/content/load';
import { criterionKeys, needIds } from '../../src/content/schema';
import { projectRoot } from './fixtures';

describe('loadContent (the app loader, through Vite)', () => {
  it('returns the needs and criteria of content/ with no error', () => {
    const { content, errors } = loadContent();
    expect(errors).toEqual([]);
    expect(content?.needs.map((n) => n.id).sort()).toEqual([...needIds].sort());
    expect(content?.criteria?.map((c) => c.id).sort()).toEqual([...criterionKeys].sort());
  });

  it('leaves the hosters apart, each of content/hosters checked', () => {
    const files = readdirSync(path.join(projectRoot, 'content', 'hosters'));
    expect(bundledHosters.map((h) => `${h.id}.json`)).toEqual(files.sort());
    expect(loadContent().content).not.toHaveProperty('hosters');
  });

  it('leaves the locales out of the content it returns', () => {
    expect(Object.keys(loadContent().content ?? {})).toEqual(['needs', 'places', 'criteria']);
  });

  it('reads and checks the files once', () => {
    expect(loadContent()).toBe(loadContent());
  });
});
