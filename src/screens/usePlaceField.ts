/**
 * The place question's logic: what the field shows, the place it names, the
 * suggestions, and what Continue sends. PlaceScreen only draws it.
 */
import { useMemo, useState } from 'react';
import { useContent } from '../app/contentContext';
import { WizardContext } from '../app/wizardContext';
import { describePlace, parsePlaceCode, type PlaceChoice } from '../places/placeChoice';
import { placeDataNow } from '../places/loadPlaces';
import type { PlaceAnswer } from '../wizard/answers';
import { fieldText } from './placeTexts';
import { loadPlaceSearch, usePlaceSearch } from './usePlaceSearch';

/** Why Continue did not move on, for the error message. */
export type PlaceProblem = 'empty' | 'unknown' | 'homonyms' | null;

/** `send` hands the answer (undefined: none) to the machine. */
export function usePlaceField(send: (answer: PlaceAnswer | undefined) => void) {
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
  const savedChoice = useMemo(
    () => (saved ? (search ? search.describe(saved) : describePlace(places, null, saved)) : null),
    [saved, search, places],
  );
  // A suggestion picked, kept while the field still shows its name.
  const [picked, setPicked] = useState<{ text: string; choice: PlaceChoice } | null>(null);
  const [anywhere, setAnywhere] = useState(saved?.kind === 'anywhere');
  const [problem, setProblem] = useState<PlaceProblem>(null);

  const text =
    typed ??
    (savedChoice ? fieldText(savedChoice, search) : saved?.kind === 'postcode' ? saved.code : '');
  const untouched = typed === null && saved !== undefined && saved.kind !== 'anywhere';
  const parsed = useMemo(
    () => (search ? search.parse(text) : parsePlaceCode(places, text)),
    [search, places, text],
  );
  const choice: PlaceChoice | null = anywhere
    ? null
    : picked?.text === text
      ? picked.choice
      : untouched
        ? savedChoice
        : parsed;
  // An answer given earlier stays as it was until the field changes, even before
  // the communes have loaded to name it.
  const answer: PlaceAnswer | null = anywhere
    ? { kind: 'anywhere' }
    : (choice?.answer ?? (untouched ? saved : null));
  // Kept between redraws: a suggestion may look through every commune.
  const homonyms = useMemo(
    () => (anywhere || choice || !search ? [] : search.homonyms(text)),
    [anywhere, choice, search, text],
  );
  // A postcode is kept as its département; its communes are offered to be more precise.
  const suggestions = useMemo(
    () =>
      anywhere || !search
        ? []
        : !choice
          ? search.suggest(text)
          : choice.kind === 'postcode'
            ? search.suggest(choice.postcode).filter((c) => c.kind === 'commune')
            : [],
    [anywhere, choice, search, text],
  );

  const show = (next: PlaceChoice, label: string) => {
    setTyped(label);
    setPicked({ text: label, choice: next });
    setProblem(null);
  };

  const type = (value: string) => {
    // Tries the search code again if it could not come.
    if (failed) loadPlaceSearch();
    setTyped(value);
    setProblem(null);
  };

  const pick = (next: PlaceChoice) => {
    show(next, fieldText(next, search));
  };

  // The list has just loaded for the position: this render's search may predate it.
  const locate = (found: PlaceAnswer) => {
    void ready().then((fresh) => {
      const next = fresh ? fresh.describe(found) : describePlace(places, placeDataNow(), found);
      if (!next) return;
      show(next, fieldText(next, fresh));
      setAnywhere(false);
    });
  };

  const chooseAnywhere = (checked: boolean) => {
    setAnywhere(checked);
    setProblem(null);
  };

  const settle = (found: PlaceAnswer | null, sameName: PlaceChoice[]) => {
    const next: PlaceProblem = found
      ? null
      : text.trim() === ''
        ? 'empty'
        : sameName.length > 1
          ? 'homonyms'
          : 'unknown';
    setProblem(next);
    send(found ?? undefined);
  };

  const proceed = () => {
    // Typed in the moment before the search code arrived: answered once it is here.
    if (!search && !answer && text.trim() !== '') {
      void ready().then((fresh) => {
        settle(fresh?.parse(text)?.answer ?? null, fresh?.homonyms(text) ?? []);
      });
      return;
    }
    settle(answer, homonyms);
  };

  return {
    text,
    choice,
    homonyms,
    suggestions,
    anywhere,
    problem,
    failed,
    type,
    pick,
    locate,
    chooseAnywhere,
    proceed,
  };
}
