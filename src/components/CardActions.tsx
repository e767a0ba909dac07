import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';

/** "All about X" and "Compare X", at the foot of a result card. */
export function CardActions({ hosterId, name }: { hosterId: string; name: string }) {
  const { t } = useTranslation('results');
  const actor = WizardContext.useActorRef();
  const ticked = WizardContext.useSelector((s) => s.context.compared.includes(hosterId));
  const canTick = WizardContext.useSelector((s) => s.can({ type: 'compare.toggle', hosterId }));
  const id = `compare-${hosterId}`;
  return (
    <div className="card-actions">
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          actor.send({ type: 'hoster.open', hosterId });
        }}
      >
        {t('card.details', { name })}
      </button>
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          checked={ticked}
          disabled={!canTick}
          onChange={() => {
            actor.send({ type: 'compare.toggle', hosterId });
          }}
        />
        <label htmlFor={id}>{t('card.compare', { name })}</label>
      </div>
    </div>
  );
}
