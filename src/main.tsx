import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from './app/i18n';
import { Root } from './app/Root';
import { loadContent } from './content/load';
import './app/styles.css';

const { content, errors } = loadContent();
const container = document.getElementById('root');
if (container && content) {
  createRoot(container).render(
    <StrictMode>
      <Root i18n={createI18n()} content={content} contentErrors={errors} />
    </StrictMode>,
  );
}
