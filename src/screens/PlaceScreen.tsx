import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionPage } from '../components/QuestionPage';
import { useChosenText } from './placeTexts';
import { PlaceSuggestions } from './PlaceSuggestions';
import { usePlaceField } from './usePlaceField';
import { useQuestion } from './useQuestion';
import { UseMyPosition } from './UseMyPosition';

/** "Where do you live?": a postcode, a town or a département, or "anywhere". */
export function PlaceScreen() {
  const { t } = useTranslation('wizard');
  const { progress, refused, submit, context } = useQuestion();
  const place = usePlaceField((value) => {
    submit({ type: 'answer.submit', step: 'place', value });
  });
  const chosenText = useChosenText();
  const field = useRef<HTMLInputElement>(null);
  const value = place.text.trim();
  const error =
    place.problem === 'unknown'
      ? t('place.errorUnknown', { value })
      : place.problem === 'homonyms'
        ? t('place.errorHomonyms', { value })
        : place.problem === 'empty' || refused
          ? t('place.errorEmpty')
          : null;

  return (
    <QuestionPage
      title={t('place.title', { context })}
      hint={t('place.hint', { context })}
      progress={progress}
      error={error}
      fieldId="place-field"
      onContinue={place.proceed}
    >
      <div className="search">
        <label htmlFor="place-field">{t('place.inputLabel')}</label>
        <p className="hint" id="place-field-hint">
          {t('place.inputHint')}
        </p>
        {place.failed && <p className="hint">{t('place.loadFailed')}</p>}
        <input
          id="place-field"
          ref={field}
          type="text"
          autoComplete="postal-code"
          value={place.text}
          disabled={place.anywhere}
          aria-describedby="place-field-hint place-chosen"
          onChange={(e) => {
            place.type(e.target.value);
          }}
        />
        <p id="place-chosen" className="chosen" role="status">
          {place.choice
            ? chosenText(place.choice)
            : place.homonyms.length > 1
              ? t('place.homonyms')
              : ''}
        </p>
        <PlaceSuggestions
          choices={place.suggestions}
          onPick={(next) => {
            place.pick(next);
            // The suggestion buttons disappear once a place is chosen: keep focus in the form.
            field.current?.focus();
          }}
        />
      </div>
      <UseMyPosition onFound={place.locate} />
      <p className="choices-or">{t('services.or')}</p>
      <div className="choice">
        <input
          type="checkbox"
          id="place-anywhere"
          checked={place.anywhere}
          onChange={(e) => {
            place.chooseAnywhere(e.target.checked);
          }}
          aria-describedby="place-anywhere-hint"
        />
        <label htmlFor="place-anywhere">{t('place.anywhere.label')}</label>
        <p className="hint" id="place-anywhere-hint">
          {t('place.anywhere.hint')}
        </p>
      </div>
    </QuestionPage>
  );
}
