/**
 * The welcome screen as HTML, for index.html (scripts/vite/prerenderWelcome.ts).
 * It is the app's own tree (src/app/Page.tsx), rendered once in French at its
 * first step, with no storage and outside workshop mode: what a first visit
 * shows before any answer. The browser then takes it over (main.tsx).
 */
import { renderToString } from 'react-dom/server';
import { createI18n } from '../../src/app/i18n';
import { Page } from '../../src/app/Page';
import { loadContent } from '../../src/content/load';

export function welcomeMarkup(): string {
  const loaded = loadContent();
  // Content that cannot be used shows its errors in the browser: nothing to draw beforehand.
  if (!loaded.content) return '';
  return renderToString(
    <Page {...loaded} i18n={createI18n('fr')} storage={null} device={null} workshop={false} />,
  );
}
