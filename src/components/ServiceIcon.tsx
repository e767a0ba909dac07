import './ServiceIcon.css';

interface Props {
  /** Path data on a 24×24 grid (content/needs.json → icon), checked by content:check. */
  paths: readonly string[];
}

/**
 * A need's small drawing, our own (no brand logo). Decorative: the need's
 * name is always written beside it, so screen readers skip it.
 */
export function ServiceIcon({ paths }: Props) {
  return (
    <svg className="service-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
