import { useDeferredValue, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useGoBack } from '../app/navigation';
import { BackLink } from '../components/BackLink';
import { HosterCard } from '../components/HosterCard';
import { NoticeList } from '../components/NoticeList';
import { RichText } from '../components/RichText';
import { SafeLink } from '../components/SafeLink';
import { ChangeOneAnswer } from './ChangeOneAnswer';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { CombinationSection } from './CombinationSection';
import { CompareBar } from './CompareBar';
import { KnownHosters } from './KnownHosters';
import { SharePanel } from './SharePanel';
import { useResults } from './useResults';
import { MoveGuides } from '../components/MoveGuides';
import { PrintButton } from '../print/PrintButton';
import { PrintHandout } from '../print/PrintHandout';
import { loadQrEncoder } from '../print/qrEncoder';
import { usePrinting } from '../print/usePrinting';

export function ResultsScreen() {
  const { t } = useTranslation('results');
  const goBack = useGoBack();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { answers, result, hosters } = useResults();
  const { printing, print } = usePrinting();
  // The click on "See my proposals" paints the heading and the top of each
  // card first; the rest follows in a second, interruptible render (issue 7:
  // an interaction answers within 100 ms on a slow phone).
  const complete = useDeferredValue(true, false);
  const shown = result?.recommendations ?? [];
  // A mediator's results speak to the person helped (issue 5).
  const context = answers?.profile === 'helper' ? 'helper' : undefined;

  useEffect(() => {
    // Printing draws the QR code at once: have its encoder here by then.
    // Offline on a first visit it may not come; the handout keeps the written link.
    if (complete && shown.length > 0) loadQrEncoder().catch(() => undefined);
  }, [complete, shown.length]);

  return (
    <>
      <BackLink />
      <h1 tabIndex={-1} ref={heading}>
        {t('title', { context })}
      </h1>
      <RichText
        className="lead"
        text={shown.length > 0 ? t('intro', { count: shown.length, context }) : t('none')}
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
            complete={complete}
          />
        ) : null;
      })}
      {/* Outside the deferred part: Ctrl+P at once still prints the handout. */}
      {printing && shown.length > 0 && answers && (
        <PrintHandout recommendations={shown} hosters={hosters} answers={answers} />
      )}
      {complete && (
        <>
          {answers && <MoveGuides needs={answers.needs} />}
          {shown.length >= 2 && <CompareBar />}
          {shown.length > 0 && <SharePanel />}
          {shown.length > 0 && <PrintButton onPrint={print} />}
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
      )}
    </>
  );
}
