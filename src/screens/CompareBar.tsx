import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';

/** Below the cards: how to compare, and the button once two or three are ticked. */
export function CompareBar() {
  const { t } = useTranslation('results');
  const actor = WizardContext.useActorRef();
  const count = WizardContext.useSelector((s) => s.context.compared.length);
  const canOpen = WizardContext.useSelector((s) => s.can({ type: 'compare.open' }));
  return (
    <div className="compare-bar">
      <p className="hint" id="compare-hint">
        {t('compare.hint')}
      </p>
      <button
        type="button"
        className="button-primary"
        disabled={!canOpen}
        aria-describedby="compare-hint"
        onClick={() => {
          actor.send({ type: 'compare.open' });
        }}
      >
        {t('compare.open', { count })}
      </button>
    </div>
  );
}
