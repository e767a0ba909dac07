import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { BackLink } from '../components/BackLink';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { questionSteps, type QuestionStep } from '../wizard/answers';
import { useAnswerText } from './useAnswerText';

/** GOV.UK "check answers": each answer with a Change button that comes back here. */
export function CheckScreen() {
  const { t } = useTranslation('wizard');
  const actor = WizardContext.useActorRef();
  const answers = WizardContext.useSelector((s) => s.context.answers);
  // The size question is asked of associations only, so only they see its row.
  const rows = questionSteps.filter(
    (step) => step !== 'accounts' || answers.profile === 'association',
  );
  const canConfirm = WizardContext.useSelector((s) => s.can({ type: 'answers.confirm' }));
  const answerText = useAnswerText();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const change = (step: QuestionStep) => {
    actor.send({ type: 'answers.change', step });
  };
  return (
    <>
      <BackLink />
      <h1 tabIndex={-1} ref={heading}>
        {t('check.title')}
      </h1>
      <p className="hint">{t('check.hint')}</p>
      <dl className="summary-list">
        {rows.map((step) => (
          <div className="summary-row" key={step}>
            <dt>{t(`check.rows.${step}`)}</dt>
            <dd>{answerText(step, answers)}</dd>
            <dd>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  change(step);
                }}
              >
                {t('check.change')}{' '}
                <span className="visually-hidden">
                  {t('check.changeHidden', { row: t(`check.rows.${step}`) })}
                </span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className="button-primary"
        disabled={!canConfirm}
        onClick={() => {
          actor.send({ type: 'answers.confirm' });
        }}
      >
        {t('check.confirm')}
      </button>
    </>
  );
}
