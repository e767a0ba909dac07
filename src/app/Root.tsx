import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Content, ContentError } from '../content/validate';
import { App } from './App';
import { ContentContext } from './contentContext';
import { WizardContext } from './wizardContext';

interface Props {
  i18n: i18n;
  content: Content;
  contentErrors: readonly ContentError[];
}

/** Providers only: language, content and the wizard actor. */
export function Root({ i18n, content, contentErrors }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <ContentContext.Provider value={content}>
        <WizardContext.Provider>
          <App contentErrors={contentErrors} />
        </WizardContext.Provider>
      </ContentContext.Provider>
    </I18nextProvider>
  );
}
