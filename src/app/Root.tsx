import type { i18n } from 'i18next';
import { useCallback, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Content, ContentError } from '../content/validate';
import type { Answers } from '../wizard/answers';
import type { StorageLike } from '../share/sessionStore';
import { App } from './App';
import { ContentContext } from './contentContext';
import type { StartingSession } from './startingSession';
import { WizardContext } from './wizardContext';

interface Props {
  i18n: i18n;
  content: Content;
  contentErrors: readonly ContentError[];
  /** Where the wizard starts (share link, kept answers); a fresh start when absent. */
  starting?: StartingSession;
  /** Where answers are kept in this tab; null keeps nothing (tests, workshop mode). */
  storage?: StorageLike | null;
}

/**
 * Providers only: language, content and the wizard actor. A new session
 * (after a screen failed) is a new actor started with the answers kept.
 */
export function Root({ i18n, content, contentErrors, starting, storage = null }: Props) {
  const [session, setSession] = useState<{ id: number; answers: Answers; open?: 'results' }>({
    id: 0,
    answers: starting?.answers ?? {},
    open: starting?.open,
  });
  const restartWith = useCallback((answers: Answers) => {
    setSession((previous) => ({ id: previous.id + 1, answers }));
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <ContentContext.Provider value={content}>
        <WizardContext.Provider
          key={session.id}
          options={{ input: { answers: session.answers, open: session.open } }}
        >
          <App
            contentErrors={contentErrors}
            restartWith={restartWith}
            starting={session.id === 0 ? starting : undefined}
            storage={storage}
          />
        </WizardContext.Provider>
      </ContentContext.Provider>
    </I18nextProvider>
  );
}
