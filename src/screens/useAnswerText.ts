import { useTranslation } from 'react-i18next';
import { useContent } from '../app/contentContext';
import { WizardContext } from '../app/wizardContext';
import { countryOfArea } from '../places/placesSchema';
import { describePlace } from '../places/placeChoice';
import { usePlaceData } from '../places/usePlaceData';
import type { Answers, PlaceAnswer, QuestionStep } from '../wizard/answers';

/** Each answer as a short phrase, for the check-answers page. */
export function useAnswerText() {
  const { t } = useTranslation(['wizard', 'needs', 'vocab']);
  const { places } = useContent();
  // A commune or a place abroad is named from the lazily loaded list (already
  // there when the person comes from the place question).
  const kind = WizardContext.useSelector((s) => s.context.answers.place?.kind);
  const { data } = usePlaceData(kind === 'commune' || kind === 'abroad');
  // A direct lookup: naming the chosen place needs neither fuse.js nor the search code.
  const departementName = (code: string) =>
    places.departements.find((d) => d.code === code)?.name ?? code;

  const placeText = (place: PlaceAnswer): string => {
    switch (place.kind) {
      case 'anywhere':
        return t('wizard:check.anywhere');
      case 'postcode':
        return t('wizard:check.postcode', {
          postcode: place.code,
          name: departementName(place.departement),
        });
      case 'departement':
        return t('wizard:place.suggestion', {
          name: departementName(place.code),
          code: place.code,
        });
      case 'commune': {
        const choice = describePlace(places, data, place);
        if (choice?.kind !== 'commune') {
          // Until the list has loaded: the département, which is already known.
          return t('wizard:place.suggestion', {
            name: departementName(place.departement),
            code: place.departement,
          });
        }
        const [postcode, ...others] = choice.commune.postcodes;
        return t('wizard:check.commune', {
          name: choice.commune.name,
          code: postcode !== undefined && others.length === 0 ? postcode : place.departement,
          departement: choice.departement.name,
        });
      }
      case 'abroad': {
        const choice = describePlace(places, data, place);
        const country = t(`wizard:place.countries.${countryOfArea(place.code)}`);
        return choice?.kind === 'abroad'
          ? t('wizard:check.abroad', { name: choice.name, country })
          : country;
      }
    }
  };

  return (step: QuestionStep, answers: Answers): string => {
    switch (step) {
      case 'who':
        return answers.profile ? t(`vocab:profile.${answers.profile}`) : '';
      case 'accounts':
        return answers.accounts ? t(`wizard:accounts.options.${answers.accounts}`) : '';
      case 'priorities':
        if (!answers.priorities) return '';
        if (answers.priorities.length === 0) return t('wizard:check.nothingInParticular');
        return answers.priorities
          .map((priority) => t(`wizard:priorities.options.${priority}.label`))
          .join(', ');
      case 'services':
        if (!answers.needs) return '';
        if (answers.needs.length === 0) return t('wizard:check.dontKnow');
        return answers.needs.map((need) => t(`needs:${need}`)).join(', ');
      case 'place':
        return answers.place ? placeText(answers.place) : '';
      case 'budget':
        return answers.budget ? t(`vocab:budget.${answers.budget}`) : '';
    }
  };
}
