import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from './app/i18n';
import { Root } from './app/Root';
import { startingSession } from './app/startingSession';
import { ContentErrors } from './components/ContentErrors';
import { loadContent } from './content/load';
import { readShareFragment } from './share/linkCodec';
import { browserStorage } from './share/sessionStore';
import './app/styles.css';

const { content, errors } = loadContent();
const storage = browserStorage('session');
const starting = startingSession(window.location.hash, storage);
// A share link pasted into a tab that already shows Boussole only changes the
// fragment: start again from it, as a fresh visit would.
window.addEventListener('hashchange', () => {
  if (readShareFragment(window.location.hash) !== null) window.location.reload();
});
if (starting.from === 'link') {
  // The answers are now in the wizard: a later reload must not reopen a stale link.
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
const i18n = createI18n();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    {content ? (
      <Root
        i18n={i18n}
        content={content}
        contentErrors={errors}
        starting={starting}
        storage={storage}
      />
    ) : (
      // Without needs or places the wizard cannot ask its questions: say why.
      <I18nextProvider i18n={i18n}>
        <main id="main">
          <ContentErrors errors={errors} />
        </main>
      </I18nextProvider>
    )}
  </StrictMode>,
);
