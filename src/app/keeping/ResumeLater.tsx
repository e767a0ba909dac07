import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WizardContext } from '../wizardContext';
import { useVisit } from './visitContext';
import './keeping.css';

/**
 * "Resume later": the answers go on this device only when the person asks,
 * with one sentence saying so. Afterwards, a plain line says they are kept.
 */
export function ResumeLater() {
  const { t } = useTranslation();
  const { keptOnDevice, keepOnDevice } = useVisit();
  const actor = WizardContext.useActorRef();
  const [failed, setFailed] = useState(false);
  const [justKept, setJustKept] = useState(false);
  const kept = useRef<HTMLParagraphElement>(null);
  // The button disappears: focus goes to the sentence that replaces it.
  useEffect(() => {
    if (justKept) kept.current?.focus();
  }, [justKept]);

  if (keptOnDevice) {
    return (
      <p ref={kept} tabIndex={-1} className="kept-line">
        {t('keep.kept')}
      </p>
    );
  }
  return (
    <div className="resume-later">
      <p id="resume-later-hint" className="hint">
        {t('keep.laterHint')}
      </p>
      <button
        type="button"
        className="button-secondary"
        aria-describedby="resume-later-hint"
        onClick={() => {
          const saved = keepOnDevice(actor.getSnapshot().context.answers);
          setFailed(!saved);
          setJustKept(saved);
        }}
      >
        {t('keep.later')}
      </button>
      {failed && (
        <p role="alert" className="error-message">
          {t('keep.failed')}
        </p>
      )}
    </div>
  );
}
