import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { RichText } from '../components/RichText';
import type { CriterionEntry, Hoster } from '../content/schema';
import type { CriterionValue } from '../recommend/criteria';
import { factsAbout } from './criteriaFacts';
import { KnownFacts } from './KnownFacts';
import { useFullContent } from './useHosters';

interface Props {
  /** The star graph's values for this hoster. */
  criteria: readonly CriterionValue[];
  /** The hoster shown; by default the one of the detail page. */
  hoster?: Hoster;
}

const groups = ['graph', 'practical', 'charter'] as const;

/**
 * Each criterion: what it means, why it matters, what this hoster's record
 * says about it ("we do not know" when it says nothing) and how we know.
 */
export function CriteriaExplained({ criteria, hoster: given }: Props) {
  const { t } = useTranslation(['criteria', 'results']);
  const content = useFullContent();
  const detail = WizardContext.useSelector((s) => s.context.detail);
  const hoster = given ?? content.hosters.find((h) => h.id === detail);
  const levels = new Map(criteria.map((c) => [c.id as string, c.level]));
  // Content made without content/criteria.json still explains the graph.
  const entries: readonly CriterionEntry[] =
    content.criteria ?? criteria.map((c) => ({ id: c.id, group: 'graph', source: 'record' }));
  return groups.map((group) => {
    const listed = entries.filter((e) => e.group === group);
    if (listed.length === 0) return null;
    return (
      <section key={group} className="criteria-group" aria-labelledby={`criteria-${group}`}>
        <h3 id={`criteria-${group}`}>{t(`criteria:groups.${group}`)}</h3>
        {group === 'charter' && <p>{t('criteria:groups.charterIntro')}</p>}
        <dl className="criteria-explained">
          {listed.map((entry) => {
            const level = levels.get(entry.id);
            const name = t(`criteria:items.${entry.id}.name`);
            return (
              <div key={entry.id}>
                <dt>
                  {level
                    ? t('criteria:line', { name, level: t(`criteria:levels.${level}`) })
                    : name}
                </dt>
                <dd>
                  <RichText text={t(`criteria:items.${entry.id}.plain`)} />
                </dd>
                <dd>{t('results:detail.why', { why: t(`criteria:items.${entry.id}.why`) })}</dd>
                {hoster && <KnownFacts facts={factsAbout(entry, hoster)} />}
                <dd className="hint">
                  {t('results:detail.how', { how: t(`criteria:items.${entry.id}.how`) })}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    );
  });
}
