import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVisit } from '../keeping/visitContext';
import { useWizardSelector } from '../wizardContext';
import './workshop.css';

/**
 * "Next person", always in view in workshop mode. Once confirmed, every
 * answer is gone: there is no undo, since an undo would let the next person
 * bring the previous one's answers back. The confirm step guards the person
 * at the keyboard against losing their own answers by a stray click; with
 * nothing to lose, there is nothing to confirm.
 */
export function NextPerson() {
  const { t } = useTranslation('workshop');
  const { forget } = useVisit();
  // Workshop mode can be turned on before the wizard's code is there: nothing to lose yet.
  const hasSomething = useWizardSelector(
    (s) => s !== undefined && (s.value !== 'welcome' || Object.keys(s.context.answers).length > 0),
  );
  const [asking, setAsking] = useState(false);
  const [focusTarget, setFocusTarget] = useState<'confirm' | 'button' | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    (focusTarget === 'confirm' ? confirm : button).current?.focus();
  }, [focusTarget]);

  const cancel = () => {
    setAsking(false);
    setFocusTarget('button');
  };

  const escapeCancels = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel();
  };

  if (!asking) {
    return (
      <button
        ref={button}
        type="button"
        className="button-primary next-person"
        onClick={() => {
          if (hasSomething) {
            setAsking(true);
            setFocusTarget('confirm');
          } else {
            forget();
          }
        }}
      >
        {t('nextPerson.button')}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="next-person-question" className="next-person-confirm">
      <p id="next-person-question">{t('nextPerson.question')}</p>
      <button
        ref={confirm}
        type="button"
        className="button-primary"
        onClick={forget}
        onKeyDown={escapeCancels}
      >
        {t('nextPerson.confirm')}
      </button>
      <button type="button" className="button-secondary" onClick={cancel} onKeyDown={escapeCancels}>
        {t('nextPerson.cancel')}
      </button>
    </div>
  );
}
