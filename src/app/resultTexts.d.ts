// Adds to scripts/vite/virtualModules.d.ts the part of the texts that scripts/vite/localeBundles.ts
// leaves out of the first download (the two declarations of the module merge).
declare module 'virtual:boussole/locales' {
  /** Language → loader of its namespaces missing from `bundled` (only the results screens use them). */
  export const resultTexts: Record<string, () => Promise<{ default: Record<string, unknown> }>>;
}
