import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ServiceIcon } from '../components/ServiceIcon';
import type { Need, NeedId } from '../content/schema';

interface TileText {
  name: string;
  /** "Remplace : Gmail, Outlook, Yahoo Mail" */
  replaces: string;
}

/**
 * Every tile's words, worked out once per language: the tiles then render
 * without i18next, and ticking one does not translate the twenty again.
 */
export function useTileTexts(needs: readonly Need[]): ReadonlyMap<NeedId, TileText> {
  const { t } = useTranslation('needs');
  return useMemo(
    () =>
      new Map(
        needs.map((need) => [
          need.id,
          { name: t(need.id), replaces: t('screen.replaces', { list: need.replaces.join(', ') }) },
        ]),
      ),
    // A new t comes with a new language (or newly loaded texts).
    [needs, t],
  );
}

interface Props {
  need: Need;
  text: TileText;
  checked: boolean;
  onToggle: (id: NeedId) => void;
}

/**
 * One need as a tile: the checkbox is named by the need alone ("E-mail"),
 * and the everyday products it replaces are read as its description.
 * Memoised: ticking one tile redraws that tile, not the twenty.
 */
export const ServiceTile = memo(function ServiceTile({ need, text, checked, onToggle }: Props) {
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
        {text.name}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {text.replaces}
      </p>
    </div>
  );
});
