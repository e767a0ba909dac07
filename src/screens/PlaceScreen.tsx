import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from '../app/contentContext';
import { WizardContext } from '../app/wizardContext';
import { QuestionPage } from '../components/QuestionPage';
import { createPlaceSearch } from '../places/search';
import type { PlaceAnswer } from '../wizard/answers';
import { PlaceSuggestions } from './PlaceSuggestions';
import { useQuestion } from './useQuestion';

type Problem = 'empty' | 'unknown' | null;

/** What the text box shows for an answer given earlier (Back, Change). */
function initialText(place: PlaceAnswer | undefined, name: (code: string) => string): string {
  if (!place || place.kind === 'anywhere') return '';
  return place.kind === 'postcode' ? place.code : name(place.code);
}

export function PlaceScreen() {
  const { t } = useTranslation('wizard');
  const { places } = useContent();
  const search = useMemo(() => createPlaceSearch(places), [places]);
  const saved = WizardContext.useSelector((s) => s.context.answers.place);
  const [text, setText] = useState(() => initialText(saved, (c) => search.byCode(c)?.name ?? c));
  const [anywhere, setAnywhere] = useState(saved?.kind === 'anywhere');
  const [problem, setProblem] = useState<Problem>(null);
  const field = useRef<HTMLInputElement>(null);
  const { progress, refused, submit } = useQuestion();
  const parsed = anywhere ? null : search.parse(text);

  const onContinue = () => {
    if (anywhere) {
      setProblem(null);
      submit({ type: 'answer.submit', step: 'place', value: { kind: 'anywhere' } });
      return;
    }
    const next: Problem = text.trim() === '' ? 'empty' : parsed ? null : 'unknown';
    setProblem(next);
    submit({ type: 'answer.submit', step: 'place', value: parsed ?? undefined });
  };
  const error =
    problem === 'unknown'
      ? t('place.errorUnknown', { value: text.trim() })
      : problem === 'empty' || refused
        ? t('place.errorEmpty')
        : null;
  const chosen =
    parsed && parsed.kind !== 'anywhere'
      ? search.byCode(parsed.kind === 'postcode' ? parsed.departement : parsed.code)
      : undefined;

  return (
    <QuestionPage
      title={t('place.title')}
      hint={t('place.hint')}
      progress={progress}
      error={error}
      fieldId="place-field"
      onContinue={onContinue}
    >
      <div className="search">
        <label htmlFor="place-field">{t('place.inputLabel')}</label>
        <p className="hint" id="place-field-hint">
          {t('place.inputHint')}
        </p>
        <input
          id="place-field"
          ref={field}
          type="text"
          autoComplete="postal-code"
          value={text}
          disabled={anywhere}
          aria-describedby="place-field-hint place-chosen"
          onChange={(e) => {
            setText(e.target.value);
            setProblem(null);
          }}
        />
        <p id="place-chosen" className="chosen" role="status">
          {chosen && parsed?.kind === 'postcode'
            ? t('place.chosenPostcode', {
                postcode: parsed.code,
                name: chosen.name,
                code: chosen.code,
              })
            : chosen
              ? t('place.chosen', { name: chosen.name, code: chosen.code })
              : ''}
        </p>
        {!anywhere && !chosen && (
          <PlaceSuggestions
            departements={search.suggest(text)}
            onPick={(d) => {
              setText(d.name);
              setProblem(null);
              // The suggestion buttons disappear once a place is chosen: keep focus in the form.
              field.current?.focus();
            }}
          />
        )}
      </div>
      <p className="choices-or">{t('services.or')}</p>
      <div className="choice">
        <input
          type="checkbox"
          id="place-anywhere"
          checked={anywhere}
          onChange={(e) => {
            setAnywhere(e.target.checked);
            setProblem(null);
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
