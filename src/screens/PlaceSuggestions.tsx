import { useTranslation } from 'react-i18next';
import type { Departement } from '../content/schema';

interface Props {
  departements: Departement[];
  onPick: (departement: Departement) => void;
}

/** Départements that look like what was typed, as plain buttons (no combobox to learn). */
export function PlaceSuggestions({ departements, onPick }: Props) {
  const { t } = useTranslation('wizard');
  if (departements.length === 0) return null;
  return (
    <div className="suggestions">
      <h2 id="place-suggestions">{t('place.suggestions')}</h2>
      <ul aria-labelledby="place-suggestions">
        {departements.map((d) => (
          <li key={d.code}>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                onPick(d);
              }}
            >
              {t('place.suggestion', { name: d.name, code: d.code })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
