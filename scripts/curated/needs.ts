/**
 * The needs catalogue (people's needs → the service kinds that answer them,
 * the products they replace, the usual free software, an icon) is written
 * by hand in content/needs.json: it is not derived from the records. The
 * import carries it over, checked, so that any folder it writes is complete.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NeedCatalogue } from '../../src/content/schema';

const catalogueFile = path.resolve(import.meta.dirname, '../../content/needs.json');

export function needCatalogue(): NeedCatalogue {
  return NeedCatalogue.parse(JSON.parse(readFileSync(catalogueFile, 'utf8')));
}
