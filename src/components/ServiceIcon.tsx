import './ServiceIcon.css';

interface Props {
  /** Path data on a 24×24 grid (content/needs.json → icon), checked by content:check. */
  paths: readonly string[];
}

/**
 * A need's small drawing, our own (no brand logo). Decorative: the need's
 * name is always written beside it, so screen readers skip it.
 * Its lines are drawn as one path, the same drawing with one element to
 * create and style instead of three (twenty tiles appear in one click).
 * Only lines that open with an absolute move (M) can be joined: a relative
 * one (m) would start from where the previous line ended.
 */
export function ServiceIcon({ paths }: Props) {
  const joinable = paths.every((d) => d.startsWith('M'));
  return (
    <svg className="service-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {joinable ? <path d={paths.join(' ')} /> : paths.map((d) => <path key={d} d={d} />)}
    </svg>
  );
}
