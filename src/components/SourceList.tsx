import { SafeLink } from './SafeLink';

/** Where the facts about a hoster come from; only https addresses become links. */
export function SourceList({ sources }: { sources: readonly string[] }) {
  return (
    <ul>
      {sources.map((source) => (
        <li key={source}>
          <SafeLink href={source}>{source}</SafeLink>
        </li>
      ))}
    </ul>
  );
}
