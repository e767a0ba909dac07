import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { boot } from './app/boot';
import { createI18n } from './app/i18n';
import { registerWorker } from './app/offline/registerWorker';
import { UpdatePrompt } from './app/offline/UpdatePrompt';
import { Root } from './app/Root';
import { ContentErrors } from './components/ContentErrors';
import { loadContent } from './content/load';
import './app/styles.css';

const { content, errors } = loadContent();
const { starting, storage } = boot();
const i18n = createI18n();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <UpdatePrompt />
    </I18nextProvider>
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

// After the first render: keeping the app for offline use never delays the first question.
void registerWorker();
