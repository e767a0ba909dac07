import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Hoster } from '../../src/content/schema';

/** A real hoster from content/hosters (the first file), with some facts replaced. */
export function hosterWith(changes: Partial<Hoster>): Hoster {
  const folder = path.resolve(import.meta.dirname, '../../content/hosters');
  const file = readdirSync(folder).find((name) => name.endsWith('.json'));
  if (!file) throw new Error('no hoster in content/hosters');
  const first = Hoster.parse(JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
  return { ...first, ...changes };
}
