import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createI18n, type Language } from '../../src/app/i18n';
import { Root } from '../../src/app/Root';
import { loadContent } from '../../src/content/load';
import type { Content, ContentError } from '../../src/content/validate';

interface Options {
  lng?: Language;
  content?: Content;
  contentErrors?: ContentError[];
}

/** The whole app, as a person meets it, with the bundled content. */
export function renderApp({ lng = 'fr', content, contentErrors }: Options = {}) {
  const loaded = loadContent();
  const used = content ?? loaded.content;
  if (!used) throw new Error('the bundled content did not load');
  const user = userEvent.setup();
  const i18n = createI18n(lng);
  render(<Root i18n={i18n} content={used} contentErrors={contentErrors ?? loaded.errors} />);
  return { user, i18n };
}
