import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { projectRoot } from './fixtures';

describe('loadContent (the app loader, through Vite)', () => {
  it('returns every hoster of content/ with no error', () => {
    const files = readdirSync(path.join(projectRoot, 'content', 'hosters'));
    const { content, errors } = loadContent();
    expect(errors).toEqual([]);
    expect(content?.hosters.map((h) => `${h.id}.json`)).toEqual(files.sort());
    expect(content?.needs).toHaveLength(14);
  });

  it('leaves the locales out of the content it returns', () => {
    expect(Object.keys(loadContent().content ?? {})).toEqual(['hosters', 'needs', 'places']);
  });

  it('reads and checks the files once', () => {
    expect(loadContent()).toBe(loadContent());
  });
});
