import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { BackLink } from '../components/BackLink';
import { CriteriaPanel } from '../components/CriteriaPanel';
import { FitBadge } from '../components/FitBadge';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { badgeOf, criteriaOf } from '../recommend/criteria';
import { CriteriaExplained } from './CriteriaExplained';
import { OfferList } from './OfferList';
import { useResults } from './useResults';
import { formatDate } from '../components/formatDate';
import { SourceList } from '../components/SourceList';
import { HosterWebsite } from '../components/HosterWebsite';
import { MoveGuides } from '../components/MoveGuides';
import { NextSteps } from '../components/NextSteps';
import { ReportLink } from '../components/ReportLink';

/** Everything we know about one hoster, and how we know it. */
export function DetailScreen() {
  const { t, i18n } = useTranslation(['results', 'vocab']);
  const id = WizardContext.useSelector((s) => s.context.detail);
  const { answers, hosters, recommendationOf } = useResults();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const hoster = id === null ? undefined : hosters.get(id);
  if (!hoster) return <BackLink />;
  const recommendation = recommendationOf(hoster.id);
  const criteria = recommendation && answers ? criteriaOf(recommendation, hoster, answers) : null;
  const checked = formatDate(hoster.checked, i18n);
  return (
    <>
      <BackLink />
      <h1 tabIndex={-1} ref={heading}>
        {hoster.name}
      </h1>
      {recommendation && <FitBadge badge={badgeOf(recommendation)} />}
      {hoster.summary && <p lang="fr">{hoster.summary}</p>}
      <p>
        {[hoster.location.city, t(`vocab:structure.${hoster.structure ?? 'unknown'}`)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <HosterWebsite hoster={hoster} />
      <h2>{t('results:detail.services')}</h2>
      <OfferList offers={hoster.offers} />
      {criteria && (
        <>
          <h2>{t('results:detail.criteria')}</h2>
          <CriteriaPanel criteria={criteria} />
          <CriteriaExplained criteria={criteria} />
        </>
      )}
      {recommendation && answers && (
        <>
          <NextSteps
            hoster={hoster}
            recommendation={recommendation}
            profile={answers.profile}
            level={2}
          />
          <MoveGuides needs={answers.needs} />
        </>
      )}
      <h2>{t('results:detail.sources')}</h2>
      <SourceList sources={hoster.sources} />
      <p className="checked">{t('results:card.checked', { date: checked })}</p>
      <ReportLink hoster={hoster} />
    </>
  );
}
