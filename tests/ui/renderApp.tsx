import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createI18n, type Language } from '../../src/app/i18n';
import { Root } from '../../src/app/Root';
import { loadContent, type StartContent } from '../../src/content/load';
import type { StartingSession } from '../../src/app/startingSession';
import type { ContentError } from '../../src/content/validate';
import type { StorageLike } from '../../src/share/sessionStore';

interface Options {
  lng?: Language;
  content?: StartContent;
  contentErrors?: ContentError[];
  starting?: StartingSession;
  storage?: StorageLike | null;
  /** Where "Resume later" keeps answers; none by default, so tests never share a device. */
  device?: StorageLike | null;
  /** Workshop mode at start; off by default, whatever the address says. */
  workshop?: boolean;
}

/** The whole app, as a person meets it, with the bundled content. */
export function renderApp({
  lng = 'fr',
  content,
  contentErrors,
  starting,
  storage,
  device = null,
  workshop = false,
}: Options = {}) {
  const loaded = loadContent();
  const used = content ?? loaded.content;
  if (!used) throw new Error('the bundled content did not load');
  const user = userEvent.setup();
  const i18n = createI18n(lng);
  render(
    <Root
      i18n={i18n}
      content={used}
      contentErrors={contentErrors ?? loaded.errors}
      starting={starting}
      storage={storage}
      device={device}
      workshop={workshop}
    />,
  );
  return { user, i18n };
}
