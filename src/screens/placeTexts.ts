/** How a place reads: in the field, and in the status line under it. */
import { useTranslation } from 'react-i18next';
import type { PlaceChoice } from '../places/placeChoice';
import type { PlaceSearch } from '../places/search';

/**
 * What the field shows for a place: its name, with its département when the
 * name is shared (told by the search; without it, the name alone).
 */
export function fieldText(choice: PlaceChoice, search: PlaceSearch | null): string {
  switch (choice.kind) {
    case 'departement':
      return choice.departement.name;
    case 'postcode':
      return choice.postcode;
    case 'commune': {
      const { name } = choice.commune;
      return search && search.homonyms(name).length > 1
        ? `${name} (${choice.departement.code})`
        : name;
    }
    case 'abroad':
      return choice.name;
  }
}

/** The status line: the place that Continue will keep. */
export function useChosenText(): (choice: PlaceChoice) => string {
  const { t } = useTranslation('wizard');
  return (choice) => {
    switch (choice.kind) {
      case 'departement':
        return t('place.chosen', { name: choice.departement.name, code: choice.departement.code });
      case 'postcode':
        return t('place.chosenPostcode', {
          postcode: choice.postcode,
          name: choice.departement.name,
          code: choice.departement.code,
        });
      case 'commune': {
        const [postcode, ...others] = choice.commune.postcodes;
        return t('place.chosenCommune', {
          name: choice.commune.name,
          // One postcode says where; several (Toulouse has six) would only be noise.
          code: postcode !== undefined && others.length === 0 ? postcode : choice.departement.code,
          departement: choice.departement.name,
        });
      }
      case 'abroad': {
        const country = t(`place.countries.${choice.area.country}`);
        return choice.name === choice.area.name
          ? t('place.chosenAbroad', { name: choice.name, country })
          : t('place.chosenAbroadTown', { name: choice.name, area: choice.area.name, country });
      }
    }
  };
}
