import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from '../app/contentContext';
import { useGoBack } from '../app/navigation';
import { WizardContext } from '../app/wizardContext';
import { BackLink } from '../components/BackLink';
import { HosterCard } from '../components/HosterCard';
import { NoticeList } from '../components/NoticeList';
import { RichText } from '../components/RichText';
import { SafeLink } from '../components/SafeLink';
import { ChangeOneAnswer } from './ChangeOneAnswer';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { recommend } from '../recommend/recommend';
import { completeAnswers } from '../wizard/steps';
import { CombinationSection } from './CombinationSection';
import { KnownHosters } from './KnownHosters';

export function ResultsScreen() {
  const { t } = useTranslation('results');
  const content = useContent();
  const goBack = useGoBack();
  const answers = WizardContext.useSelector((s) => completeAnswers(s.context));
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const result = useMemo(() => (answers ? recommend(answers, content) : null), [answers, content]);
  const hosters = new Map(content.hosters.map((h) => [h.id, h]));
  const shown = result?.recommendations ?? [];

  return (
    <>
      <BackLink />
      <h1 tabIndex={-1} ref={heading}>
        {t('title')}
      </h1>
      <RichText
        className="lead"
        text={shown.length > 0 ? t('intro', { count: shown.length }) : t('none')}
      />
      <NoticeList notices={result?.notices ?? []} />
      {result?.nothing?.answer === 'budget' || result?.nothing?.answer === 'needs' ? (
        <ChangeOneAnswer step={result.nothing.answer === 'budget' ? 'budget' : 'services'} />
      ) : null}
      {shown.map((recommendation) => {
        const hoster = hosters.get(recommendation.hosterId);
        return hoster && answers ? (
          <HosterCard
            key={hoster.id}
            hoster={hoster}
            recommendation={recommendation}
            answers={answers}
          />
        ) : null;
      })}
      {result?.combination && (
        <CombinationSection combination={result.combination} hosters={hosters} />
      )}
      <KnownHosters />
      <ul className="next-links">
        <li>
          <SafeLink href="https://www.chatons.org/">{t('directory')}</SafeLink>
        </li>
        <li>
          <SafeLink href="https://entraide.chatons.org/">{t('entraide')}</SafeLink>
        </li>
      </ul>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={goBack}>
          {t('changeAnswers')}
        </button>
      </div>
    </>
  );
}
