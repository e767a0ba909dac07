/**
 * Offline and installable (issue 6): the web app manifest and the service
 * worker that precaches the whole app after one visit.
 *
 * - Paths are relative ('./'), so the same build works under any base path.
 * - registerType 'prompt': a new version waits until the person chooses to
 *   reload (src/app/offline/UpdatePrompt.tsx), so one page never mixes two
 *   versions of the scripts.
 * - injectRegister null: the page registers the worker from its own bundle
 *   (src/app/offline/registerWorker.ts); an inline script would break the CSP.
 */
import { VitePWA } from 'vite-plugin-pwa';

/** The commune list is the biggest file (about 0.7 MB); leave it room to grow. */
const largestPrecachedFile = 5 * 1024 * 1024;

export function offlineApp() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: null,
    includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
    manifest: {
      name: 'Boussole CHATONS',
      short_name: 'Boussole',
      description:
        'Boussole aide à choisir un CHATON : un hébergeur éthique de services en ligne, près de chez vous.',
      lang: 'fr',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#1d4e89',
      background_color: '#ffffff',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        // The compass sits inside the central safe zone, so the icon can be cropped to any shape.
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Every step, both languages and the place data are script chunks: all of them are kept.
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      maximumFileSizeToCacheInBytes: largestPrecachedFile,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}
