import { useTranslation } from 'react-i18next';
import { useVisit } from '../keeping/visitContext';
import './workshop.css';

/** On the welcome page: the mediator turns workshop mode on (or off) for a shared computer. */
export function WorkshopSwitch() {
  const { t } = useTranslation('workshop');
  const { workshop, setWorkshop } = useVisit();
  return (
    <div className="workshop-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={workshop}
          aria-describedby="workshop-switch-hint"
          onChange={(event) => {
            setWorkshop(event.target.checked);
          }}
        />
        {t('switch.label')}
      </label>
      <p id="workshop-switch-hint" className="hint">
        {t('switch.hint')}
      </p>
    </div>
  );
}
