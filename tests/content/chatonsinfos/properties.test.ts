import { describe, expect, it } from 'vitest';
import { decode, parseProperties } from '../../../scripts/chatonsinfos/properties';
import { Fields, formatProblem, type FileProblem } from '../../../scripts/chatonsinfos/values';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');

function fields(text: string): { f: Fields; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  return { f: new Fields('test.properties', parseProperties(utf8(text)), problems), problems };
}

describe('reading a .properties file', () => {
  it('reads key = value lines and skips comments, section headers and blank lines', () => {
    const file = parseProperties(
      utf8(
        [
          '# a comment',
          '! a Java-style comment',
          '[Organization]',
          '',
          'organization.name = Picasoft',
          'organization.website=https://picasoft.net',
          '   organization.type   =   ASSOCIATION   ',
        ].join('\n'),
      ),
    );
    expect(Object.fromEntries([...file.entries].map(([k, e]) => [k, e.value]))).toEqual({
      'organization.name': 'Picasoft',
      'organization.website': 'https://picasoft.net',
      'organization.type': 'ASSOCIATION',
    });
    expect(file.entries.get('organization.type')?.line).toBe(7);
    expect(file.problems).toEqual([]);
  });

  it('keeps everything after the first "=", so addresses with "=" or ":" stay whole', () => {
    const file = parseProperties(
      utf8('subs.a = https://x.example.org/f?a=b&c=d\nfile.class: Service'),
    );
    expect(file.entries.get('subs.a')?.value).toBe('https://x.example.org/f?a=b&c=d');
    expect(file.entries.get('file.class')?.value).toBe('Service');
  });

  it('drops empty values (template fields left blank) and quotes around a value', () => {
    const file = parseProperties(
      utf8('organization.logo =\nsubs.x = \'https://x.example.org/s.properties\'\nsubs.y = "y"'),
    );
    expect(file.entries.has('organization.logo')).toBe(false);
    expect(file.entries.get('subs.x')?.value).toBe('https://x.example.org/s.properties');
    expect(file.entries.get('subs.y')?.value).toBe('y');
  });

  it('reads \\uXXXX escapes, Windows line ends and a byte order mark', () => {
    const file = parseProperties(
      utf8('\uFEFFservice.name = Sondage \\u00e0 dates\r\nsoftware.name = X\r\n'),
    );
    expect(file.entries.get('service.name')).toEqual({ value: 'Sondage à dates', line: 1 });
    expect(file.entries.get('software.name')).toEqual({ value: 'X', line: 2 });
  });

  it('reports each unreadable line with its number and reads the rest', () => {
    const file = parseProperties(
      utf8(
        [
          'a.b = 1',
          'not a property',
          '= no key',
          '[Broken',
          'bad key! = 2',
          'c.d = 3',
          'a.b = 4',
        ].join('\n'),
      ),
    );
    expect(file.problems).toEqual([
      { line: 2, problem: 'expected "key = value", found "not a property"' },
      { line: 3, problem: 'expected "key = value", found "= no key"' },
      { line: 4, problem: 'expected "key = value", found "[Broken"' },
      { line: 5, problem: '"bad key!" is not a property name' },
      { line: 7, problem: 'a.b is set again (first on line 1); the last value is kept' },
    ]);
    expect(file.entries.get('a.b')).toEqual({ value: '4', line: 7 });
    expect(file.entries.get('c.d')?.value).toBe('3');
  });
});

describe('text encoding', () => {
  it('reads UTF-8', () => {
    expect(decode(utf8('organization.name = Hérault'))).toEqual({
      text: 'organization.name = Hérault',
      encoding: 'utf-8',
    });
  });

  it('falls back to ISO-8859-1 when the bytes are not valid UTF-8', () => {
    const bytes = latin1("organization.name = Chatons de l'Hérault");
    expect(bytes).toContain(0xe9);
    const { text, encoding } = decode(bytes);
    expect(encoding).toBe('iso-8859-1');
    expect(text).toBe("organization.name = Chatons de l'Hérault");
    expect(parseProperties(latin1('a = déjà vu')).entries.get('a')?.value).toBe('déjà vu');
  });
});

describe('typed values', () => {
  it('reads decimal degrees with a comma or a dot, and reports the others with their line', () => {
    const { f, problems } = fields(
      ['lat.a = 45,7578', 'lat.b = -4.83', 'lat.c = 91,5', "lat.d = 45°45'N", 'lat.e = 12'].join(
        '\n',
      ),
    );
    expect(f.degrees('lat.a', 90)).toBe(45.7578);
    expect(f.degrees('lat.b', 90)).toBe(-4.83);
    expect(f.degrees('lat.c', 90)).toBeNull();
    expect(f.degrees('lat.d', 90)).toBeNull();
    expect(f.degrees('lat.e', 90)).toBe(12);
    expect(f.degrees('missing', 90)).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      'test.properties:3: lat.c "91,5" is out of range (-90 to 90)',
      'test.properties:4: lat.d "45°45\'N" is not a decimal degree like 45.76 or 45,76',
    ]);
  });

  it('reads dates and date-times as a day, and refuses impossible or French-style dates', () => {
    const { f, problems } = fields(
      [
        'd.a = 2020-07-06',
        'd.b = 2020-07-06T14:23:20',
        'd.c = 2026-02-30',
        'd.d = 06/07/2020',
      ].join('\n'),
    );
    expect([f.date('d.a'), f.date('d.b'), f.date('d.c'), f.date('d.d')]).toEqual([
      '2020-07-06',
      '2020-07-06',
      null,
      null,
    ]);
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
  });

  it('matches closed lists without case, and reports a value outside them', () => {
    const { f, problems } = fields('t.a = association\nt.b = FOUNDATION');
    const types = { ASSOCIATION: 'association', COMPANY: 'company' } as const;
    expect(f.choice('t.a', types)).toBe('association');
    expect(f.choice('t.b', types)).toBeNull();
    expect(problems[0]?.problem).toBe('t.b "FOUNDATION" is not one of ASSOCIATION, COMPANY');
  });

  it('reads ;-separated lists, item by item', () => {
    const { f, problems } = fields('r = Member; Client;;Everyone');
    expect(f.list('r')).toEqual(['Member', 'Client', 'Everyone']);
    expect(f.choices('r', { Member: 'member', Client: 'client' })).toEqual(['member', 'client']);
    expect(problems.map((p) => p.problem)).toEqual(['r "Everyone" is not one of Member, Client']);
  });

  it('keeps https addresses only', () => {
    const { f, problems } = fields(
      'w.a = https://a.example.org\nw.b = http://b.example.org\nw.c = pas une adresse',
    );
    expect([f.https('w.a'), f.https('w.b'), f.https('w.c')]).toEqual([
      'https://a.example.org',
      null,
      null,
    ]);
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
  });

  it('lists subs in file order', () => {
    const { f } = fields('subs.b = 2\nsubs. = none\nsubs.a = 1\nsubsidy = no');
    expect(f.keysUnder('subs.')).toEqual([
      { key: 'subs.b', id: 'b', value: '2' },
      { key: 'subs.a', id: 'a', value: '1' },
    ]);
  });
});
