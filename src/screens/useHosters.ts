import { useContent } from '../app/contentContext';
import { bundledHosters } from '../content/bundledHosters';
import type { StartContent } from '../content/load';
import type { Content } from '../content/validate';

/** One whole content per start content: the recommender keeps its preparation per object. */
const completed = new WeakMap<StartContent, Content>();

/**
 * The whole content, hosters included. The app starts without them and the
 * results screens bring the bundled ones; content given with its own hosters
 * (a test, a preview of other data) keeps them.
 */
export function withHosters(content: StartContent): Content {
  let whole = completed.get(content);
  if (!whole) {
    whole = { ...content, hosters: content.hosters ?? bundledHosters };
    completed.set(content, whole);
  }
  return whole;
}

export function useFullContent(): Content {
  return withHosters(useContent());
}
