/**
 * Checks content/ while building, with the same rules as `npm run
 * content:check` (src/content/validate.ts), and hands the app the checked
 * data as a virtual module. The browser then never runs the schemas: zod
 * and the rules stay out of the first download (issue 7).
 *
 * - `vite build`: any error stops the build, one `file → field: problem`
 *   line each, so broken content is never published.
 * - `vite` and the tests: the errors travel with the data, and the app shows
 *   them (ContentErrors) while the author fixes the file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type { CheckedContent } from './checkContentDir.ts';

type Checker = typeof import('./checkContentDir.ts');

export const contentModuleId = 'virtual:boussole/content';
/** The hosters on their own: only the results, detail and compare screens need them. */
export const hostersModuleId = 'virtual:boussole/hosters';
const resolvedIds = new Map([contentModuleId, hostersModuleId].map((id) => [`\0${id}`, id]));
const checker = path.join(import.meta.dirname, 'checkContentDir.ts');

export interface ValidatedContentOptions {
  /** The content folder; content/ next to the Vite root by default. */
  dir?: string;
}

export function validatedContent(options: ValidatedContentOptions = {}): Plugin {
  let dir = options.dir ?? '';
  let building = false;
  let cached: CheckedContent | null = null;

  const check = async (): Promise<CheckedContent> => {
    if (cached) return cached;
    if (!existsSync(dir)) {
      const problem = `${dir}: no such folder`;
      return { content: null, errors: [{ file: dir, field: '', problem }], lines: [problem] };
    }
    // Through Vite's module runner: the config file stays free of the schemas and their imports.
    const { module } = await runnerImport<Checker>(checker, {
      configFile: false,
      logLevel: 'silent',
    });
    cached = module.checkContentDir(dir);
    return cached;
  };

  return {
    name: 'boussole:validated-content',
    configResolved(config) {
      dir = options.dir ?? path.join(config.root, 'content');
      building = config.command === 'build';
    },
    resolveId(id) {
      return resolvedIds.has(`\0${id}`) ? `\0${id}` : null;
    },
    async load(id) {
      const wanted = resolvedIds.get(id);
      if (!wanted) return null;
      const { content, errors, lines } = await check();
      if (building && errors.length > 0) {
        this.error(`Content has ${errors.length} error(s):\n${lines.join('\n')}`);
      }
      // JSON.parse of a string literal is read faster by browsers than an object literal.
      const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      if (wanted === hostersModuleId)
        return `export const hosters = ${json(content?.hosters ?? [])};\n`;
      // Undefined leaves the hosters out of the JSON: they come with the results screens.
      const first = content ? { ...content, hosters: undefined } : null;
      return `export const content = ${json(first)};\nexport const errors = ${json(errors)};\n`;
    },
    configureServer(server) {
      // A content file edited while `vite` runs: check again and reload the page.
      server.watcher.add(dir);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(dir) || !file.endsWith('.json')) return;
        cached = null;
        for (const resolved of resolvedIds.keys()) {
          const module = server.moduleGraph.getModuleById(resolved);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
