import { createRoot, hydrateRoot } from 'react-dom/client';
import { boot } from './app/boot';
import { createI18n } from './app/i18n';
import { loadQuestionScreens } from './app/laterScreens';
import { afterQuiet } from './app/afterQuiet';
import { registerWorker } from './app/offline/registerWorker';
import { Page } from './app/Page';
import { whenIdle } from './app/whenIdle';
import type { StartingSession } from './app/startingSession';
import { loadContent } from './content/load';
import { wizardKit } from './app/loadWizardKit';
import { deviceKey, hasSaved } from './share/storageAccess';
import './app/styles.css';

const loaded = loadContent();
const { storage, device, workshop, hasAnswers } = boot();
const i18n = createI18n();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const pageFrom = (starting?: StartingSession) => (
  <Page
    {...loaded}
    i18n={i18n}
    starting={starting}
    storage={storage}
    device={device}
    workshop={workshop}
  />
);

// index.html already shows the welcome page of a first visit (scripts/vite/prerenderWelcome.ts).
// A first visit takes it over as it is, and the wizard's code follows. A share link, kept
// answers or workshop mode start elsewhere: they wait for that code to read where.
const firstVisit =
  loaded.content !== null &&
  !hasAnswers &&
  !workshop &&
  !hasSaved(device, deviceKey) &&
  container.querySelector('main') !== null;

if (firstVisit) {
  // At once, not in a transition: a page taken over in slices can lose a click
  // made meanwhile, or drop what another script added to it.
  hydrateRoot(container, pageFrom(), {
    // React draws the page anew when the written one differs; worth a note, not an error.
    onRecoverableError: (error) => {
      console.warn('Boussole: the welcome page was redrawn', error);
    },
  });
  // The wizard's code is asked for in a task of its own, rather than in the effects
  // that follow taking over the page, which it would lengthen. A failure is shown when
  // the person presses a button (useWizard.ts).
  setTimeout(() => {
    wizardKit.load().catch(() => undefined);
  }, 0);
} else {
  const drawn = (starting?: StartingSession) => {
    container.replaceChildren();
    createRoot(container).render(pageFrom(starting));
  };
  wizardKit.load().then(
    (kit) => {
      drawn(kit.startFromAddress(workshop ? null : storage));
    },
    (error: unknown) => {
      // A bad connection: the welcome page says so when the person presses a button, and
      // that press fetches the code again. The link or the kept answers are still where
      // they were, so once the code is there the page starts over and reads them.
      console.warn('Boussole: the wizard could not be fetched', error);
      drawn();
      const stop = wizardKit.subscribe(() => {
        if (wizardKit.now().module === null) return;
        stop();
        window.location.reload();
      });
    },
  );
}

// The offline copy is hundreds of kilobytes: it starts once the questions have
// arrived (or could not), so on a slow connection it never delays the next screen,
// and once nothing has been pressed for a moment: installing it kept a slow phone
// busy enough to slow the presses of someone going quickly through the questions.
// Asked for in a task of its own: the tags that fetch the questions cost a slow
// phone tens of milliseconds, which would lengthen the start-up's longest task.
const quietBeforeOfflineCopy = 1500;
const keepForOffline = () => {
  afterQuiet(window, quietBeforeOfflineCopy, () => {
    whenIdle(() => void registerWorker());
  });
};
setTimeout(() => {
  loadQuestionScreens().then(keepForOffline, keepForOffline);
}, 0);
