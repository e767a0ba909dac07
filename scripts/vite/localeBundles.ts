/**
 * The texts of each language as the app loads them (issue 7): French, the
 * first language, is in the first download, except the texts that only the
 * results, detail and compare screens show: those come in a chunk of their
 * own, with those screens (src/app/laterScreens.tsx). Every other language is
 * one chunk of its own, fetched only when the person switches to it. The
 * service worker keeps every chunk for offline use.
 *
 * - `virtual:boussole/locales`: `bundled` (language → namespace → texts),
 *   `later` (language → loader of the other languages) and `resultTexts`
 *   (language → loader of its namespaces left out of `bundled`).
 * - `virtual:boussole/locales/<lang>`: all namespaces of one language.
 * - `virtual:boussole/locales/<lang>/results`: the results screens' namespaces of one language.
 *
 * In tests every language is bundled, so a test can render any language at once.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const moduleId = 'virtual:boussole/locales';
const resultsPart = '/results';
const firstLanguage = 'fr';

/**
 * The namespaces that only the results, detail and compare screens (and the
 * handout they print) use. The welcome page, the questions, the check page,
 * the header, the footer and the error pages use none of them.
 */
export const resultNamespaces = ['results', 'reasons', 'criteria', 'charter', 'nextSteps', 'print'];

export interface LocaleBundlesOptions {
  /** content/locales next to the Vite root by default. */
  dir?: string;
  /** Namespaces of the first language that load with the results screens. */
  resultNamespaces?: readonly string[];
}

export function localeBundles(options: LocaleBundlesOptions = {}): Plugin {
  let dir = options.dir ?? '';
  let everyLanguageBundled = false;
  const withResults = options.resultNamespaces ?? resultNamespaces;

  const languages = (): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();

  /** `import x0 from '…/common.json'; …` and `{ "common": x0, … }` for some namespaces of one language. */
  const imports = (
    lang: string,
    prefix: string,
    keep: (namespace: string) => boolean = () => true,
  ): { lines: string[]; object: string } => {
    const files = readdirSync(path.join(dir, lang))
      .filter((name) => name.endsWith('.json') && keep(name.slice(0, -5)))
      .sort();
    const lines = files.map(
      (file, i) =>
        `import ${prefix}${i} from ${JSON.stringify(path.join(dir, lang, file).split(path.sep).join('/'))};`,
    );
    const entries = files.map((file, i) => `${JSON.stringify(file.slice(0, -5))}: ${prefix}${i}`);
    return { lines, object: `{ ${entries.join(', ')} }` };
  };

  const module = (lines: string[], object: string) =>
    `${lines.join('\n')}\nexport default ${object};\n`;

  const loaders = (langs: string[], suffix = '') =>
    `{ ${langs
      .map(
        (lang) =>
          `${JSON.stringify(lang)}: () => import(${JSON.stringify(`${moduleId}/${lang}${suffix}`)})`,
      )
      .join(', ')} }`;

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
      if (id.endsWith(resultsPart)) {
        const lang = id.slice(`\0${moduleId}/`.length, -resultsPart.length);
        const { lines, object } = imports(lang, 't', (ns) => withResults.includes(ns));
        return module(lines, object);
      }
      if (id !== `\0${moduleId}`) {
        const { lines, object } = imports(id.slice(`\0${moduleId}/`.length), 't');
        return module(lines, object);
      }
      const bundledNow = languages().filter((l) => everyLanguageBundled || l === firstLanguage);
      const later = languages().filter((l) => !bundledNow.includes(l));
      const split = everyLanguageBundled ? [] : [firstLanguage];
      const parts = bundledNow.map((lang, i) => ({
        lang,
        ...imports(lang, `l${i}_`, (ns) => !split.includes(lang) || !withResults.includes(ns)),
      }));
      return [
        ...parts.flatMap((p) => p.lines),
        `export const bundled = { ${parts.map((p) => `${JSON.stringify(p.lang)}: ${p.object}`).join(', ')} };`,
        `export const later = ${loaders(later)};`,
        `export const resultTexts = ${loaders(split, resultsPart)};`,
      ].join('\n');
    },
  };
}
