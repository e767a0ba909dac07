import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from '../app/contentContext';
import { WizardContext } from '../app/wizardContext';
import { QuestionPage } from '../components/QuestionPage';
import { RichText } from '../components/RichText';
import type { NeedId } from '../content/schema';
import { lazyModule, useLazyModule } from '../app/lazyModule';
import { ServicesSummary } from './ServicesSummary';
import { ServiceTile } from './ServiceTile';
import { useQuestion } from './useQuestion';
import { toggleChoice } from '../wizard/toggleChoice';
import './Services.css';

/** `[]` is the explicit "I don't know yet"; undefined is "nothing chosen". */
type Draft = NeedId[] | undefined;

/**
 * Tiles drawn in the click that opens the question: enough to fill a
 * phone's first screen (five under the search box at 412 × 823) or a
 * laptop's (three rows of two at 1280 × 800). The others follow in a second
 * render, right after that first frame (issue 7: the click answers within
 * 100 ms on a slow phone), in their places: the keyboard and screen reader
 * order is the same as if all came at once.
 */
const firstTiles = 6;

/** The search and fuse.js under it: fetched once the search box is used, not with the page. */
const needSearchCode = lazyModule(() => import('./needSearch'));
const loadSearch = () => {
  // A failed fetch leaves every tile shown; the next keystroke tries again.
  needSearchCode.load().catch(() => undefined);
};

/** "What do you use today?": products people know, each shown with the need it stands for. */
export function ServicesScreen() {
  const { t, i18n } = useTranslation('wizard');
  const { t: tNeeds } = useTranslation('needs');
  const { needs } = useContent();
  const saved = WizardContext.useSelector((s) => s.context.answers.needs);
  // A mediator's variant ("the person uses…") when the text has one; i18next falls back otherwise.
  const profile = WizardContext.useSelector((s) => s.context.answers.profile);
  const context = profile === 'helper' ? 'helper' : undefined;
  const [draft, setDraft] = useState<Draft>(saved);
  const [query, setQuery] = useState('');
  const { progress, refused, submit } = useQuestion();
  const { module: code } = useLazyModule(needSearchCode);
  const search = useMemo(
    () => code?.createNeedSearch(needs, (id) => tNeeds(id)),
    // The labels change with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [code, needs, i18n.language],
  );
  // Until the search code arrives (a moment), every tile stays; the query is
  // kept and answered as soon as it is there, so no keystroke is lost.
  const matches = search && query.trim() !== '' ? new Set(search(query)) : null;
  const chosen = new Set(draft ?? []);
  // A ticked line stays visible while searching, so no choice is hidden.
  const visible = needs.filter((need) => !matches || matches.has(need.id) || chosen.has(need.id));
  const drawn = useDeferredValue(visible.length, Math.min(firstTiles, visible.length));
  // The summary below the tiles follows a tick in a render of its own, once the ticked box
  // is drawn: it adds a section of several lines per need, which a slow phone would
  // otherwise make before showing the tick (about 50 ms at CPU ×4).
  const summarized = useDeferredValue(draft);

  // The same function on every render, so a tile is redrawn only when its own box changes.
  const toggle = useCallback(
    (id: NeedId) => {
      setDraft((current) => {
        const next = toggleChoice(
          needs.map((n) => n.id),
          current ?? [],
          id,
        );
        return next.length === 0 ? undefined : next;
      });
    },
    [needs],
  );

  return (
    <QuestionPage
      title={t('services.title', { context })}
      hint={t('services.hint', { context })}
      progress={progress}
      error={refused ? t('services.error') : null}
      fieldId="services-search"
      onContinue={() => submit({ type: 'answer.submit', step: 'services', value: draft })}
    >
      <div className="search">
        <label htmlFor="services-search">{t('services.searchLabel')}</label>
        <p className="hint" id="services-search-hint">
          {t('services.searchHint')}
        </p>
        <input
          id="services-search"
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby="services-search-hint"
          onFocus={loadSearch}
          onChange={(e) => {
            loadSearch();
            setQuery(e.target.value);
          }}
        />
      </div>
      <div className="choices service-tiles">
        {/* Said even when ticked tiles remain: the search itself found nothing. */}
        {matches?.size === 0 && <p>{t('services.noMatch')}</p>}
        {visible.slice(0, drawn).map((need) => (
          <ServiceTile
            key={need.id}
            need={need}
            t={tNeeds}
            checked={chosen.has(need.id)}
            onToggle={toggle}
          />
        ))}
      </div>
      <p className="choices-or">{t('services.or')}</p>
      <div className="choice">
        <input
          type="checkbox"
          id="need-dont-know"
          checked={draft?.length === 0}
          onChange={(e) => {
            setDraft(e.target.checked ? [] : undefined);
          }}
          aria-describedby="need-dont-know-hint"
        />
        <label htmlFor="need-dont-know">{t('services.dontKnow.label')}</label>
        <RichText className="hint" id="need-dont-know-hint" text={t('services.dontKnow.hint')} />
      </div>
      <ServicesSummary needs={needs.filter((need) => summarized?.includes(need.id))} />
    </QuestionPage>
  );
}
