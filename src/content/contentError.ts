/**
 * A problem found in a content file, and the one line people read for it.
 * Kept apart from validate.ts (which holds every schema): the app shows
 * errors found by the build without shipping the checks themselves.
 */

export interface ContentError {
  /** e.g. content/hosters/picasoft.json */
  file: string;
  /** Dotted/bracket path inside the file, e.g. offers[1].service; '' for the whole file. */
  field: string;
  problem: string;
}

/** "file → field: problem", the line people read in the check's output. */
export function formatError(e: ContentError): string {
  return e.field === '' ? `${e.file}: ${e.problem}` : `${e.file} → ${e.field}: ${e.problem}`;
}
