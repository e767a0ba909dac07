import type { i18n } from 'i18next';
import { useCallback, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Content, ContentError } from '../content/validate';
import type { Answers } from '../wizard/answers';
import { App } from './App';
import { ContentContext } from './contentContext';
import { WizardContext } from './wizardContext';

interface Props {
  i18n: i18n;
  content: Content;
  contentErrors: readonly ContentError[];
}

/**
 * Providers only: language, content and the wizard actor. A new session
 * (after a screen failed) is a new actor started with the answers kept.
 */
export function Root({ i18n, content, contentErrors }: Props) {
  const [session, setSession] = useState<{ id: number; answers: Answers }>({ id: 0, answers: {} });
  const restartWith = useCallback((answers: Answers) => {
    setSession((previous) => ({ id: previous.id + 1, answers }));
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <ContentContext.Provider value={content}>
        <WizardContext.Provider key={session.id} options={{ input: { answers: session.answers } }}>
          <App contentErrors={contentErrors} restartWith={restartWith} />
        </WizardContext.Provider>
      </ContentContext.Provider>
    </I18nextProvider>
  );
}
