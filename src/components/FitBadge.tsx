import { useTranslation } from 'react-i18next';
import type { Badge } from '../recommend/criteria';

/** A symbol and words, never colour alone. */
const symbols: Record<Badge, string> = { allNeeds: '★★', allNeedsToCheck: '★☆', someNeeds: '½' };

export function FitBadge({ badge }: { badge: Badge }) {
  const { t } = useTranslation('criteria');
  return (
    <p className={`badge badge-${badge}`}>
      <span aria-hidden="true">{symbols[badge]} </span>
      {t(`badge.${badge}`)}
    </p>
  );
}
