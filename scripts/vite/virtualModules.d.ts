// The checked content that scripts/vite/validatedContent.ts serves; src/content/load.ts gives it its type.
declare module 'virtual:boussole/content' {
  export const content: unknown;
  export const errors: unknown;
}

// The checked hosters, apart: they load with the results screens.
declare module 'virtual:boussole/hosters' {
  export const hosters: unknown;
}

// The texts per language (scripts/vite/localeBundles.ts); src/app/i18n.ts gives them their type.
declare module 'virtual:boussole/locales' {
  /** Language → namespace → texts, in the first download. */
  export const bundled: Record<string, Record<string, unknown>>;
  /** Language → loader of all its namespaces (one chunk per language). */
  export const later: Record<string, () => Promise<{ default: Record<string, unknown> }>>;
}
