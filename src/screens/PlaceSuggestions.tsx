import { useTranslation } from 'react-i18next';
import type { PlaceChoice } from '../places/placeChoice';

interface Props {
  choices: PlaceChoice[];
  onPick: (choice: PlaceChoice) => void;
}

/**
 * How a place reads in a list or in the field: "Gironde (33)",
 * "Saint-Denis (93)" (homonyms told apart by their département),
 * "Liège (Belgique)".
 */
export function usePlaceLabel(): (choice: PlaceChoice) => string {
  const { t } = useTranslation('wizard');
  return (choice) => {
    switch (choice.kind) {
      case 'departement':
        return t('place.suggestion', {
          name: choice.departement.name,
          code: choice.departement.code,
        });
      case 'postcode':
        return choice.postcode;
      case 'commune':
        return t('place.suggestion', { name: choice.commune.name, code: choice.departement.code });
      case 'abroad':
        return t('place.suggestionAbroad', {
          name: choice.name,
          country: t(`place.countries.${choice.area.country}`),
        });
    }
  };
}

/** Places that look like what was typed, as plain buttons (no combobox to learn). */
export function PlaceSuggestions({ choices, onPick }: Props) {
  const { t } = useTranslation('wizard');
  const label = usePlaceLabel();
  if (choices.length === 0) return null;
  return (
    <div className="suggestions">
      <h2 id="place-suggestions">{t('place.suggestions')}</h2>
      <ul aria-labelledby="place-suggestions">
        {choices.map((choice) => (
          <li key={JSON.stringify(choice.answer)}>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                onPick(choice);
              }}
            >
              {label(choice)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
