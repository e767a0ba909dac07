// The checked content that scripts/vite/validatedContent.ts serves; src/content/load.ts gives it its type.
declare module 'virtual:boussole/content' {
  export const content: unknown;
  export const errors: unknown;
}
