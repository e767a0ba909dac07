/**
 * The texts of each language as the app loads them (issue 7): French, the
 * first language, is in the first download; every other language is one
 * chunk of its own, fetched only when the person switches to it (and kept
 * for offline use by the service worker).
 *
 * - `virtual:boussole/locales`: `bundled` (language → namespace → texts) and
 *   `later` (language → loader of the other languages).
 * - `virtual:boussole/locales/<lang>`: all namespaces of one language.
 *
 * In tests every language is bundled, so a test can render any language at once.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const moduleId = 'virtual:boussole/locales';
const firstLanguage = 'fr';

export interface LocaleBundlesOptions {
  /** content/locales next to the Vite root by default. */
  dir?: string;
}

export function localeBundles(options: LocaleBundlesOptions = {}): Plugin {
  let dir = options.dir ?? '';
  let everyLanguageBundled = false;

  const languages = (): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();

  /** `import x0 from '…/common.json'; …` and `{ "common": x0, … }` for one language. */
  const imports = (lang: string, prefix: string): { lines: string[]; object: string } => {
    const files = readdirSync(path.join(dir, lang))
      .filter((name) => name.endsWith('.json'))
      .sort();
    const lines = files.map(
      (file, i) =>
        `import ${prefix}${i} from ${JSON.stringify(path.join(dir, lang, file).split(path.sep).join('/'))};`,
    );
    const entries = files.map((file, i) => `${JSON.stringify(file.slice(0, -5))}: ${prefix}${i}`);
    return { lines, object: `{ ${entries.join(', ')} }` };
  };

  return {
    name: 'boussole:locale-bundles',
    configResolved(config) {
      dir = options.dir ?? path.join(config.root, 'content', 'locales');
      everyLanguageBundled = config.mode === 'test';
    },
    resolveId(id) {
      return id === moduleId || id.startsWith(`${moduleId}/`) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${moduleId}`)) return null;
      if (id !== `\0${moduleId}`) {
        const lang = id.slice(`\0${moduleId}/`.length);
        const { lines, object } = imports(lang, 't');
        return `${lines.join('\n')}\nexport default ${object};\n`;
      }
      const bundledNow = languages().filter((l) => everyLanguageBundled || l === firstLanguage);
      const later = languages().filter((l) => !bundledNow.includes(l));
      const parts = bundledNow.map((lang, i) => ({ lang, ...imports(lang, `l${i}_`) }));
      return [
        ...parts.flatMap((p) => p.lines),
        `export const bundled = { ${parts.map((p) => `${JSON.stringify(p.lang)}: ${p.object}`).join(', ')} };`,
        `export const later = { ${later
          .map(
            (lang) =>
              `${JSON.stringify(lang)}: () => import(${JSON.stringify(`${moduleId}/${lang}`)})`,
          )
          .join(', ')} };`,
      ].join('\n');
    },
  };
}
