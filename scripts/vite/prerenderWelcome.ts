/**
 * Writes the welcome screen into the built index.html, so an old phone on a
 * slow connection shows the first page as soon as the HTML and the styles
 * arrive, before the JavaScript (issue 7). The script then renders the same
 * page in its place (or another one, for a share link or kept answers).
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin } from 'vite';
import { localeBundles } from './localeBundles.ts';
import { validatedContent } from './validatedContent.ts';

type Markup = typeof import('./welcomeMarkup.tsx');

const rootElement = '<div id="root"></div>';

/** The styles come from the real build; the markup needs none of them. */
const withoutStyles: Plugin = {
  name: 'boussole:prerender-without-styles',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0no-style' : null),
  load: (id) => (id === '\0no-style' ? 'export default "";' : null),
};

export function prerenderWelcome(): Plugin {
  let root = '';
  return {
    name: 'boussole:prerender-welcome',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        // Through Vite's module runner, with the plugins that provide the content and texts.
        const { module } = await runnerImport<Markup>(
          path.join(import.meta.dirname, 'welcomeMarkup.tsx'),
          {
            root,
            configFile: false,
            logLevel: 'silent',
            plugins: [withoutStyles, react(), validatedContent(), localeBundles()],
          },
        );
        const markup = module.welcomeMarkup();
        // Empty, so that the browser finds there exactly what it would draw itself.
        if (!html.includes(rootElement))
          throw new Error(`index.html has no ${rootElement} to fill`);
        return html.replace(rootElement, `<div id="root">${markup}</div>`);
      },
    },
  };
}
