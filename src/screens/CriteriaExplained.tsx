import { useTranslation } from 'react-i18next';
import type { CriterionValue } from '../recommend/criteria';

/** Each criterion with its level, what it means, why it matters and how we know. */
export function CriteriaExplained({ criteria }: { criteria: readonly CriterionValue[] }) {
  const { t } = useTranslation(['criteria', 'results']);
  return (
    <dl className="criteria-explained">
      {criteria.map((c) => (
        <div key={c.id}>
          <dt>
            {t('criteria:line', {
              name: t(`criteria:items.${c.id}.name`),
              level: t(`criteria:levels.${c.level}`),
            })}
          </dt>
          <dd>{t(`criteria:items.${c.id}.plain`)}</dd>
          <dd>{t('results:detail.why', { why: t(`criteria:items.${c.id}.why`) })}</dd>
          <dd className="hint">
            {t('results:detail.how', { how: t(`criteria:items.${c.id}.how`) })}
          </dd>
        </div>
      ))}
    </dl>
  );
}
