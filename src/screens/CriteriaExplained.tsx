import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { formatDate } from '../components/formatDate';
import { RichText } from '../components/RichText';
import type { CriterionEntry, Hoster } from '../content/schema';
import type { CriterionValue } from '../recommend/criteria';
import { factsAbout, type Fact } from './criteriaFacts';
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

/** "With them: …" in words, or "we do not know, ask them". */
function KnownFacts({ facts }: { facts: readonly Fact[] }) {
  const { t, i18n } = useTranslation(['criteria', 'vocab']);
  if (facts.length === 0) return <dd className="criterion-fact">{t('criteria:unknown')}</dd>;
  const services = (kinds: readonly string[]) =>
    kinds.map((k) => t(`vocab:service.${k as 'email'}`)).join(', ');
  const say = (fact: Fact): string => {
    switch (fact.kind) {
      case 'services':
        return t('criteria:facts.services', { count: fact.count });
      case 'place':
        return t('criteria:facts.place', { place: fact.place });
      case 'signup':
        return t('criteria:facts.signup', {
          list: fact.registrations.map((r) => t(`criteria:facts.signupKinds.${r}`)).join(', '),
        });
      case 'price':
        return t(`criteria:facts.price.${fact.model}`);
      case 'membershipFee':
        return t('criteria:facts.membershipFee', { price: fact.price });
      case 'information':
        return t('criteria:facts.information', {
          count: fact.count,
          date: formatDate(fact.date, i18n.language),
        });
      case 'since':
        return t('criteria:facts.since', { year: fact.year });
      case 'structure':
        return `${t(`vocab:structure.${fact.structure}`)}.`;
      case 'capacityFull':
        return t('criteria:facts.capacityFull', { list: services(fact.services) });
      case 'capacityOpen':
        return t('criteria:facts.capacityOpen', { list: services(fact.services) });
      case 'pricingNotes':
        return t('criteria:facts.pricingNotes');
      case 'inPerson':
        return t(fact.value ? 'criteria:facts.inPersonYes' : 'criteria:facts.inPersonNo');
      case 'workshops':
        return t(fact.value ? 'criteria:facts.workshopsYes' : 'criteria:facts.workshopsNo');
      case 'charter':
        return t('criteria:facts.charter');
    }
  };
  return (
    <dd className="criterion-fact">
      <strong>{t('criteria:known')}</strong>{' '}
      {facts.map((fact, index) => (
        <span key={index}>
          {say(fact)}{' '}
          {/* The record's own French words, marked so a reader voice pronounces them right. */}
          {fact.kind === 'pricingNotes' && <span lang="fr">{fact.notes} </span>}
        </span>
      ))}
    </dd>
  );
}
