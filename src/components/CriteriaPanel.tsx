import { useTranslation } from 'react-i18next';
import type { CriterionValue } from '../recommend/criteria';
import { StarGraph } from './StarGraph';

/** The star graph and, beside it, the same values in words (its text alternative). */
export function CriteriaPanel({ criteria }: { criteria: readonly CriterionValue[] }) {
  const { t } = useTranslation('criteria');
  const names = criteria.map((c) => t(`items.${c.id}.name`));
  return (
    <div className="criteria-panel">
      <StarGraph criteria={criteria} names={names} />
      <ul className="criteria-list">
        {criteria.map((c, i) => (
          <li key={c.id} className={`level-${c.level}`}>
            {t('line', { name: names[i], level: t(`levels.${c.level}`) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
