import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWizardStep } from '../wizardContext';
import { KeptAnswersOffer } from './KeptAnswersOffer';
import { useVisit } from './visitContext';
import './keeping.css';

/**
 * Below the header: the offer to resume kept answers (welcome page only),
 * or what just happened to the answers, until the person moves on.
 */
export function VisitMessages() {
  const { t } = useTranslation();
  const { offer, notice, clearNotice } = useVisit();
  const step = useWizardStep();
  const firstStep = useRef(step);
  useEffect(() => {
    if (step !== firstStep.current) clearNotice();
  }, [step, clearNotice]);

  if (offer && step === 'welcome') return <KeptAnswersOffer />;
  if (!notice) return null;
  return (
    <p role="status" className="visit-notice">
      {t(`keep.${notice}`)}
    </p>
  );
}
