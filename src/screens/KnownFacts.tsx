import { useTranslation } from 'react-i18next';
import { formatDate } from '../components/formatDate';
import type { Fact } from './criteriaFacts';

/** "With them: …" in words, or "we do not know, ask them". */
export function KnownFacts({ facts }: { facts: readonly Fact[] }) {
  const { t, i18n } = useTranslation(['criteria', 'vocab', 'results']);
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
          date: formatDate(fact.date, i18n),
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
