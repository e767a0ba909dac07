/**
 * Content is checked while building (scripts/vite/validatedContent.ts), so
 * the browser never needs the full content schemas, nor full zod: the
 * answers it checks at start-up (share links, saved sessions) use zod/mini,
 * which leaves out of the first download everything it does not use.
 * These tests follow the imports the bundler follows, from src/main.tsx.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const entry = path.join(root, 'src/main.tsx');

interface ModuleImports {
  /** Imports the page runs at load: they are part of the first download. */
  static: string[];
  /** `import('…')`: fetched later, when needed. */
  dynamic: string[];
}

const isTypeOnly = (node: ts.ImportDeclaration): boolean =>
  node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword;

/** The specifiers a module imports at run time (`import type` is erased, so it is left out). */
function importsOf(file: string): ModuleImports {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: ModuleImports = { static: [], dynamic: [] };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !isTypeOnly(node)) {
      found.static.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      found.static.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.dynamic.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const sourceExtensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** A relative import's file, or null for what is not our source (JSON, CSS, assets). */
function resolve(from: string, specifier: string): string | null {
  const bare = specifier.replace(/\?.*$/, '');
  const base = path.resolve(path.dirname(from), bare);
  for (const ext of sourceExtensions) {
    const file = base + ext;
    if (/\.(ts|tsx)$/.test(file) && existsSync(file)) return file;
  }
  if (/\.(json|css|svg|png|webmanifest)$/.test(bare)) return null;
  throw new Error(`${path.relative(root, from)}: cannot find ${specifier}`);
}

interface Reached {
  /** Our source files, relative to the repository. */
  files: Set<string>;
  /** Which of our files import each package (by its specifier, e.g. zod/mini). */
  packages: Map<string, string[]>;
}

/** Every module reached from the entry; dynamic imports only when asked. */
function reachable(withDynamic: boolean): Reached {
  const reached: Reached = { files: new Set(), packages: new Map() };
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    const name = path.relative(root, file);
    if (reached.files.has(name)) continue;
    reached.files.add(name);
    const imports = importsOf(file);
    for (const specifier of withDynamic
      ? [...imports.static, ...imports.dynamic]
      : imports.static) {
      if (specifier.startsWith('.')) {
        const next = resolve(file, specifier);
        if (next) queue.push(next);
      } else if (!specifier.startsWith('virtual:')) {
        reached.packages.set(specifier, [...(reached.packages.get(specifier) ?? []), name]);
      }
    }
  }
  return reached;
}

describe('the first download', () => {
  const first = reachable(false);

  test('checks answers with the wizard schemas (the walk reaches them)', () => {
    expect(first.files).toContain('src/wizard/answers.ts');
    expect(first.files).toContain('src/share/sharedState.ts');
    expect(first.files).toContain('src/places/placesSchema.ts');
    expect([...first.packages.keys()]).toContain('zod/mini');
  });

  test('carries neither the content schemas nor their checks', () => {
    expect(first.files).not.toContain('src/content/schema.ts');
    expect(first.files).not.toContain('src/content/validate.ts');
    expect(first.files).not.toContain('src/content/softwareMapSchema.ts');
  });
});

test('no module of the app, even loaded later, imports full zod', () => {
  const { packages } = reachable(true);
  const fullZod = [...packages].filter(([name]) => name === 'zod' || name.startsWith('zod/v4'));
  expect(Object.fromEntries(fullZod)).toEqual({});
});
