/**
 * npm run bench — prints figures, asserts nothing (speed and size are
 * measured here, never by timed assertions in tests).
 */
import path from 'node:path';
import { timeRecommender } from './bench/recommender';
import { weighInitialLoad } from './bench/size';

const root = path.resolve(import.meta.dirname, '..');
weighInitialLoad(root);
timeRecommender(root);
