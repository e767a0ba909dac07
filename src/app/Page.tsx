import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ContentErrors } from '../components/ContentErrors';
import type { StartResult } from '../content/load';
import type { StorageLike } from '../share/sessionStore';
import { UpdatePrompt } from './offline/UpdatePrompt';
import { Root } from './Root';
import type { StartingSession } from './startingSession';

interface Props extends StartResult {
  i18n: i18n;
  starting?: StartingSession;
  storage: StorageLike | null;
  device?: StorageLike | null;
  workshop?: boolean;
}

/**
 * Everything inside #root. The browser renders it (main.tsx) and so does the
 * build, once, for the welcome page written into index.html
 * (scripts/vite/welcomeMarkup.tsx): one tree, so the two always match.
 */
export function Page({ i18n, content, errors, starting, storage, device, workshop }: Props) {
  return (
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
          device={device}
          workshop={workshop}
        />
      ) : (
        // Without needs or places the wizard cannot ask its questions: say why.
        <I18nextProvider i18n={i18n}>
          <main id="main">
            <ContentErrors errors={errors} />
          </main>
        </I18nextProvider>
      )}
    </StrictMode>
  );
}
