/**
 * Locale texts may mark a word to explain: "Un <hebergeur>hébergeur</hebergeur> proche".
 * The tag names a glossary entry. Parsed here into plain pieces; nothing is
 * ever interpreted as HTML.
 */
export type Piece = { text: string } | { term: string; text: string };

const marked = /<([a-zA-Z]+)>(.*?)<\/\1>/g;

export function parseRichText(source: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of source.matchAll(marked)) {
    const [whole, term = '', text = ''] = match;
    if (match.index > last) pieces.push({ text: source.slice(last, match.index) });
    pieces.push({ term, text });
    last = match.index + whole.length;
  }
  if (last < source.length) pieces.push({ text: source.slice(last) });
  return pieces;
}

/** The text as a person reads it, without the marks (titles, labels, measures). */
export const plainText = (source: string): string => source.replace(marked, '$2');
