import { useTranslation } from 'react-i18next';
import { useContent } from '../app/contentContext';
import type { Answers, QuestionStep } from '../wizard/answers';

/** Each answer as a short phrase, for the check-answers page. */
export function useAnswerText() {
  const { t } = useTranslation(['wizard', 'needs', 'vocab']);
  const { places } = useContent();
  const departementName = (code: string) =>
    places.departements.find((d) => d.code === code)?.name ?? code;

  return (step: QuestionStep, answers: Answers): string => {
    switch (step) {
      case 'who':
        return answers.profile ? t(`vocab:profile.${answers.profile}`) : '';
      case 'services':
        if (!answers.needs) return '';
        if (answers.needs.length === 0) return t('wizard:check.dontKnow');
        return answers.needs.map((need) => t(`needs:${need}`)).join(', ');
      case 'place': {
        const place = answers.place;
        if (!place) return '';
        if (place.kind === 'anywhere') return t('wizard:check.anywhere');
        if (place.kind === 'postcode') {
          const name = departementName(place.departement);
          return t('wizard:check.postcode', { postcode: place.code, name });
        }
        return t('wizard:place.suggestion', {
          name: departementName(place.code),
          code: place.code,
        });
      }
      case 'budget':
        return answers.budget ? t(`vocab:budget.${answers.budget}`) : '';
    }
  };
}
