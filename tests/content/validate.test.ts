import { describe, expect, it } from 'vitest';
import { formatError, validateContent, type ContentError } from '../../src/content/validate';
import { needIds } from '../../src/content/schema';
import { fixtureContent } from './fixtures';

const hosterIds = (files: Record<string, unknown>): string[] | undefined =>
  validateContent(files).content?.hosters.map((h) => h.id);

describe('validateContent on the valid fixture set', () => {
  it('returns its hosters sorted by id, its needs and its places, with no error', () => {
    const { content, errors } = validateContent(fixtureContent());
    expect(errors).toEqual([]);
    expect(content?.hosters.map((h) => h.id)).toEqual(['alpha', 'beta']);
    expect(content?.needs.map((n) => n.id).sort()).toEqual([...needIds].sort());
    expect(content?.places.departements.map((d) => d.code)).toEqual(['35', '69']);
  });

  it('treats count_one / count_many / count_other as one key with the placeholders of all forms', () => {
    // fr has a count_many form that en lacks, and count_one has no {{count}} while
    // count_other has one: all are the key "results.count", with {{count}} in both languages.
    const files = fixtureContent();
    expect(files['content/locales/fr/common.json']).toMatchObject({
      results: { count_many: expect.any(String) as string },
    });
    expect(validateContent(files).errors).toEqual([]);
  });
});

interface BrokenCase {
  rule: string;
  error: { file: string; field: string; problem: RegExp };
  /** Hoster ids still returned: a broken hoster is left out, the others stay. */
  hosters: string[] | undefined;
}

const cases: BrokenCase[] = [
  {
    rule: 'wrong-enum',
    error: {
      file: 'content/hosters/alpha.json',
      field: 'offers[1].service',
      problem: /Invalid option.*\(found "etherpad"\)/,
    },
    hosters: ['beta'],
  },
  {
    rule: 'http-link',
    error: { file: 'content/hosters/alpha.json', field: 'website', problem: /https:\/\// },
    hosters: ['beta'],
  },
  {
    rule: 'missing-source',
    error: { file: 'content/hosters/alpha.json', field: 'sources', problem: /at least one source/ },
    hosters: ['beta'],
  },
  {
    rule: 'id-mismatch',
    error: {
      file: 'content/hosters/alpha.json',
      field: 'id',
      problem: /"alfa" must equal the file name "alpha"/,
    },
    hosters: ['beta'],
  },
  {
    rule: 'duplicate-id',
    error: {
      file: 'content/hosters/gamma.json',
      field: 'id',
      problem: /"beta" is already used by content\/hosters\/beta\.json/,
    },
    hosters: ['alpha', 'beta'],
  },
  {
    rule: 'unknown-field',
    error: { file: 'content/hosters/beta.json', field: 'support.phone', problem: /unknown field/ },
    hosters: ['alpha'],
  },
  {
    rule: 'missing-need',
    error: { file: 'content/needs.json', field: 'needs', problem: /need "transfer" is missing/ },
    hosters: undefined,
  },
  {
    rule: 'missing-locale-key',
    error: {
      file: 'content/locales/en/common.json',
      field: 'results.count',
      problem: /missing \(present in content\/locales\/fr\/common\.json\)/,
    },
    hosters: ['alpha', 'beta'],
  },
  {
    rule: 'placeholder-mismatch',
    error: {
      file: 'content/locales/en/common.json',
      field: 'progress',
      problem: /\{\{count\}\} \{\{current\}\} differ from .*\(\{\{current\}\} \{\{total\}\}\)/,
    },
    hosters: ['alpha', 'beta'],
  },
  {
    rule: 'need-unknown-software',
    error: {
      file: 'content/needs.json',
      field: 'needs[15].software[0]',
      problem: /"Lufi" is not in content\/software-map\.json/,
    },
    hosters: ['alpha', 'beta'],
  },
  {
    rule: 'need-software-wrong-kind',
    error: {
      file: 'content/needs.json',
      field: 'needs[15].software[0]',
      problem: /"Lufi" provides pad, none of this need's kinds \(filesharing\)/,
    },
    hosters: ['alpha', 'beta'],
  },
  {
    rule: 'need-icon-markup',
    error: { file: 'content/needs.json', field: 'needs[0].icon[0]', problem: /SVG path commands/ },
    hosters: undefined,
  },
  {
    rule: 'need-missing-text',
    error: {
      file: 'content/locales/en/needs.json',
      field: 'about.transfer',
      problem: /no text for "transfer"/,
    },
    hosters: ['alpha', 'beta'],
  },
  {
    rule: 'criterion-duplicate',
    error: {
      file: 'content/criteria.json',
      field: 'criteria[17].id',
      problem: /"servers" is listed twice/,
    },
    hosters: ['alpha', 'beta'],
  },
  {
    rule: 'criterion-not-in-graph',
    error: {
      file: 'content/criteria.json',
      field: 'criteria',
      problem: /"longevity" is drawn in the star graph/,
    },
    hosters: ['alpha', 'beta'],
  },
  {
    rule: 'criterion-missing-text',
    error: {
      file: 'content/locales/fr/criteria.json',
      field: 'items.servers.why',
      problem: /no text for "servers"/,
    },
    hosters: ['alpha', 'beta'],
  },
];

describe('validateContent on broken fixtures (one file per rule)', () => {
  it.each(cases)('$rule: names the file, the field and the problem', ({ rule, error, hosters }) => {
    const files = fixtureContent(rule);
    const { errors } = validateContent(files);
    expect(errors).toContainEqual({
      file: error.file,
      field: error.field,
      problem: expect.stringMatching(error.problem) as string,
    });
    expect(hosterIds(files)).toEqual(hosters);
  });

  it('reports every broken file at once: a bad hoster does not hide a locale error', () => {
    const { content, errors } = validateContent(
      fixtureContent('wrong-enum', 'placeholder-mismatch'),
    );
    expect(errors.map((e) => `${e.file} ${e.field}`)).toEqual([
      'content/hosters/alpha.json offers[1].service',
      'content/locales/en/common.json progress',
    ]);
    expect(content?.hosters.map((h) => h.id)).toEqual(['beta']);
  });

  it('returns no content when needs.json is missing, and says so', () => {
    const files = fixtureContent();
    delete files['content/needs.json'];
    const { content, errors } = validateContent(files);
    expect(content).toBeNull();
    expect(errors).toEqual([{ file: 'content/needs.json', field: '', problem: 'file is missing' }]);
  });

  it('does not call an unreadable file missing (its JSON error is reported by the reader)', () => {
    const files = fixtureContent();
    delete files['content/needs.json'];
    const { errors } = validateContent(files, { unreadable: ['content/needs.json'] });
    expect(errors).toEqual([]);
  });

  it('flags a namespace that exists in one language only', () => {
    const files = { ...fixtureContent(), 'content/locales/fr/extra.json': { hello: 'Bonjour' } };
    expect(validateContent(files).errors).toEqual([
      {
        file: 'content/locales/fr/extra.json',
        field: '',
        problem: 'has no counterpart content/locales/en/extra.json',
      },
    ]);
  });

  it('flags a translation that is not a sentence', () => {
    const files = fixtureContent();
    const fr = files['content/locales/fr/common.json'] as Record<string, unknown>;
    const en = files['content/locales/en/common.json'] as Record<string, unknown>;
    files['content/locales/fr/common.json'] = { ...fr, steps: 3 };
    files['content/locales/en/common.json'] = { ...en, steps: 'three' };
    const { errors } = validateContent(files);
    expect(errors).toContainEqual({
      file: 'content/locales/fr/common.json',
      field: 'steps',
      problem: 'expected a sentence (string) or a group of keys (object)',
    });
  });
});

describe('formatError', () => {
  it('reads "file → field: problem"', () => {
    const error: ContentError = {
      file: 'content/hosters/foo.json',
      field: 'offers[1].service',
      problem: 'Invalid option',
    };
    expect(formatError(error)).toBe('content/hosters/foo.json → offers[1].service: Invalid option');
  });

  it('leaves out the field when the whole file is concerned', () => {
    expect(formatError({ file: 'content/needs.json', field: '', problem: 'file is missing' })).toBe(
      'content/needs.json: file is missing',
    );
  });
});
