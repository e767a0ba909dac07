import { useMemo } from 'react';
import { WizardContext } from '../app/wizardContext';
import { recommend } from '../recommend/recommend';
import type { Recommendation } from '../recommend/types';
import { completeAnswers, recommendOptions } from '../wizard/steps';
import { useFullContent } from './useHosters';

/** The recommendations for the current answers (results, detail and compare share them). */
export function useResults() {
  const content = useFullContent();
  const stored = WizardContext.useSelector((s) => s.context.answers);
  // Derived from the stored answers (which change identity only when an answer changes).
  const answers = useMemo(() => completeAnswers({ answers: stored }), [stored]);
  const result = useMemo(
    () => (answers ? recommend(answers, content, recommendOptions(stored)) : null),
    [answers, content, stored],
  );
  const hosters = useMemo(() => new Map(content.hosters.map((h) => [h.id, h])), [content]);
  /** Any recommendation of this hoster: among the three, or in the combination. */
  const recommendationOf = (hosterId: string): Recommendation | undefined =>
    [...(result?.recommendations ?? []), ...(result?.combination?.recommendations ?? [])].find(
      (r) => r.hosterId === hosterId,
    );
  return { answers, result, hosters, recommendationOf };
}
