import { createRoot, hydrateRoot } from 'react-dom/client';
import { boot } from './app/boot';
import { createI18n } from './app/i18n';
import { loadQuestionScreens } from './app/laterScreens';
import { registerWorker } from './app/offline/registerWorker';
import { Page } from './app/Page';
import { loadContent } from './content/load';
import { deviceKey, hasSaved } from './share/sessionStore';
import './app/styles.css';

const loaded = loadContent();
const { starting, storage, device, workshop } = boot();
const i18n = createI18n();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const page = (
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
// A first visit takes it over as it is; a share link, kept answers or workshop mode start elsewhere.
const firstVisit =
  loaded.content !== null &&
  starting.from === 'none' &&
  !workshop &&
  !hasSaved(device, deviceKey) &&
  container.querySelector('main') !== null;

if (firstVisit) {
  // At once, not in a transition: a page taken over in slices can lose a click
  // made meanwhile, or drop what another script added to it.
  hydrateRoot(container, page, {
    // React draws the page anew when the written one differs; worth a note, not an error.
    onRecoverableError: (error) => {
      console.warn('Boussole: the welcome page was redrawn', error);
    },
  });
} else {
  container.replaceChildren();
  createRoot(container).render(page);
}

// The offline copy is hundreds of kilobytes: it starts once the questions have
// arrived (or could not), so on a slow connection it never delays the next screen.
const keepForOffline = () => registerWorker();
loadQuestionScreens().then(keepForOffline, keepForOffline);
