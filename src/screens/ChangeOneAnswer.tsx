import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import type { QuestionStep } from '../wizard/answers';

/** When one answer excluded everything: a direct way to change just that one. */
export function ChangeOneAnswer({ step }: { step: QuestionStep }) {
  const { t } = useTranslation(['results', 'wizard']);
  const actor = WizardContext.useActorRef();
  return (
    <p>
      <button
        type="button"
        className="button-primary"
        onClick={() => {
          actor.send({ type: 'answers.change', step });
        }}
      >
        {t('results:changeAnswer', { row: t(`wizard:check.rows.${step}`) })}
      </button>
    </p>
  );
}
