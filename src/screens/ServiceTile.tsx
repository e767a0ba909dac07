import { memo } from 'react';
import type { TFunction } from 'i18next';
import { ServiceIcon } from '../components/ServiceIcon';
import type { Need, NeedId } from '../content/schema';

interface Props {
  need: Need;
  /** The screen's `needs` translator: one per language, so the tile need not look it up. */
  t: TFunction<'needs'>;
  checked: boolean;
  onToggle: (id: NeedId) => void;
}

/**
 * One need as a tile: the checkbox is named by the need alone ("E-mail"),
 * and the everyday products it replaces are read as its description.
 * Memoised: a tile is drawn (and its words translated) when it appears and
 * when its box or the language changes, not each time another is ticked.
 */
export const ServiceTile = memo(function ServiceTile({ need, t, checked, onToggle }: Props) {
  const id = `need-${need.id}`;
  return (
    <div className="choice service-tile">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={() => {
          onToggle(need.id);
        }}
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
});
