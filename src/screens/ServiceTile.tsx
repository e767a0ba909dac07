import { useTranslation } from 'react-i18next';
import { ServiceIcon } from '../components/ServiceIcon';
import type { Need } from '../content/schema';

interface Props {
  need: Need;
  checked: boolean;
  onToggle: () => void;
}

/**
 * One need as a tile: the checkbox is named by the need alone ("E-mail"),
 * and the everyday products it replaces are read as its description.
 */
export function ServiceTile({ need, checked, onToggle }: Props) {
  const { t } = useTranslation('needs');
  const id = `need-${need.id}`;
  return (
    <div className="choice service-tile">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={onToggle}
        aria-describedby={`${id}-hint`}
      />
      <label htmlFor={id}>
        {need.icon && <ServiceIcon paths={need.icon} />}
        {t(need.id)}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t('screen.replaces', { list: need.replaces.join(', ') })}
      </p>
    </div>
  );
}
