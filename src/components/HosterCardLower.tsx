import { useTranslation } from 'react-i18next';
import type { Hoster } from '../content/schema';
import { criteriaOf } from '../recommend/criteria';
import type { Recommendation } from '../recommend/types';
import type { CompleteAnswers } from '../wizard/answers';
import { CardActions } from './CardActions';
import { CriteriaPanel } from './CriteriaPanel';
import { formatDate } from './formatDate';
import { NextStepsDisclosure } from './NextStepsDisclosure';
import { ReportLink } from './ReportLink';
import { SourceList } from './SourceList';

interface Props {
  hoster: Hoster;
  recommendation: Recommendation;
  answers: CompleteAnswers;
}

/**
 * The lower part of a result card: the criteria one by one, what to do next,
 * when the facts were checked, and the card's buttons. Drawn just after the
 * first frame of the results (the date formats and the graph are the slow part).
 */
export function HosterCardLower({ hoster, recommendation: r, answers }: Props) {
  const { t, i18n } = useTranslation('results');
  return (
    <>
      <h3>{t('card.criteria')}</h3>
      <CriteriaPanel criteria={criteriaOf(r, hoster, answers)} />
      <NextStepsDisclosure hoster={hoster} recommendation={r} profile={answers.profile} />
      <p className="checked">{t('card.checked', { date: formatDate(hoster.checked, i18n) })}</p>
      <ReportLink hoster={hoster} />
      <CardActions hosterId={hoster.id} name={hoster.name} />
      <details>
        <summary>{t('card.sources')}</summary>
        <SourceList sources={hoster.sources} />
      </details>
    </>
  );
}
