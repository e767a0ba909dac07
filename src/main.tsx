import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { boot } from './app/boot';
import { createI18n } from './app/i18n';
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
