import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from '../app/contentContext';
import { WizardContext } from '../app/wizardContext';
import { QuestionPage } from '../components/QuestionPage';
import { describePlace, parsePlaceCode, type PlaceChoice } from '../places/placeChoice';
import { placeDataNow } from '../places/loadPlaces';
import type { PlaceAnswer } from '../wizard/answers';
import { fieldText, useChosenText } from './placeTexts';
import { PlaceSuggestions } from './PlaceSuggestions';
import { loadPlaceSearch, usePlaceSearch } from './usePlaceSearch';
import { useQuestion } from './useQuestion';
import { UseMyPosition } from './UseMyPosition';

type Problem = 'empty' | 'unknown' | 'homonyms' | null;

export function PlaceScreen() {
  const { t } = useTranslation('wizard');
  const { places } = useContent();
  const saved = WizardContext.useSelector((s) => s.context.answers.place);
  // What the person typed here; null while untouched: the field shows the answer given earlier.
  const [typed, setTyped] = useState<string | null>(null);
  // The communes weigh hundreds of kilobytes: fetch them only once the person types,
  // or to name a commune or a place abroad given earlier ("anywhere" never needs them).
  // The search code itself is fetched as the question opens (usePlaceSearch.ts).
  const { search, failed, ready } = usePlaceSearch(
    typed !== null || saved?.kind === 'commune' || saved?.kind === 'abroad',
  );
  // Until the search code is here, an answer given earlier is named from the départements.
  const savedChoice = saved
    ? search
      ? search.describe(saved)
      : describePlace(places, null, saved)
    : null;
  // A suggestion picked, kept while the field still shows its name.
  const [picked, setPicked] = useState<{ text: string; choice: PlaceChoice } | null>(null);
  const [anywhere, setAnywhere] = useState(saved?.kind === 'anywhere');
  const [problem, setProblem] = useState<Problem>(null);
  const field = useRef<HTMLInputElement>(null);
  const { progress, refused, submit, context } = useQuestion();
  const chosenText = useChosenText();

  const text =
    typed ??
    (savedChoice ? fieldText(savedChoice, search) : saved?.kind === 'postcode' ? saved.code : '');
  const untouched = typed === null && saved !== undefined && saved.kind !== 'anywhere';
  const choice: PlaceChoice | null = anywhere
    ? null
    : picked?.text === text
      ? picked.choice
      : untouched
        ? savedChoice
        : search
          ? search.parse(text)
          : parsePlaceCode(places, text);
  // An answer given earlier stays as it was until the field changes, even before
  // the communes have loaded to name it.
  const answer: PlaceAnswer | null = anywhere
    ? { kind: 'anywhere' }
    : (choice?.answer ?? (untouched ? saved : null));
  const homonyms = anywhere || choice || !search ? [] : search.homonyms(text);

  // The list has just loaded for the position: this render's search may predate it.
  const onPosition = (found: PlaceAnswer) => {
    void ready().then((fresh) => {
      const next = fresh ? fresh.describe(found) : describePlace(places, placeDataNow(), found);
      if (!next) return;
      const label = fieldText(next, fresh);
      setTyped(label);
      setPicked({ text: label, choice: next });
      setAnywhere(false);
      setProblem(null);
    });
  };

  const settle = (found: PlaceAnswer | null, sameName: PlaceChoice[]) => {
    const next: Problem = found
      ? null
      : text.trim() === ''
        ? 'empty'
        : sameName.length > 1
          ? 'homonyms'
          : 'unknown';
    setProblem(next);
    submit({ type: 'answer.submit', step: 'place', value: found ?? undefined });
  };
  const onContinue = () => {
    // Typed in the moment before the search code arrived: answered once it is here.
    if (!search && !answer && text.trim() !== '') {
      void ready().then((fresh) => {
        settle(fresh?.parse(text)?.answer ?? null, fresh?.homonyms(text) ?? []);
      });
      return;
    }
    settle(answer, homonyms);
  };
  const error =
    problem === 'unknown'
      ? t('place.errorUnknown', { value: text.trim() })
      : problem === 'homonyms'
        ? t('place.errorHomonyms', { value: text.trim() })
        : problem === 'empty' || refused
          ? t('place.errorEmpty')
          : null;
  // A postcode is kept as its département; its communes are offered to be more precise.
  const suggestions =
    anywhere || !search
      ? []
      : !choice
        ? search.suggest(text)
        : choice.kind === 'postcode'
          ? search.suggest(choice.postcode).filter((c) => c.kind === 'commune')
          : [];

  return (
    <QuestionPage
      title={t('place.title', { context })}
      hint={t('place.hint', { context })}
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
        {failed && <p className="hint">{t('place.loadFailed')}</p>}
        <input
          id="place-field"
          ref={field}
          type="text"
          autoComplete="postal-code"
          value={text}
          disabled={anywhere}
          aria-describedby="place-field-hint place-chosen"
          onChange={(e) => {
            // Tries the search code again if it could not come.
            if (failed) loadPlaceSearch();
            setTyped(e.target.value);
            setProblem(null);
          }}
        />
        <p id="place-chosen" className="chosen" role="status">
          {choice ? chosenText(choice) : homonyms.length > 1 ? t('place.homonyms') : ''}
        </p>
        <PlaceSuggestions
          choices={suggestions}
          onPick={(next) => {
            const label = fieldText(next, search);
            setTyped(label);
            setPicked({ text: label, choice: next });
            setProblem(null);
            // The suggestion buttons disappear once a place is chosen: keep focus in the form.
            field.current?.focus();
          }}
        />
      </div>
      <UseMyPosition onFound={onPosition} />
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
