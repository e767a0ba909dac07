// Types of the virtual module that vite-plugin-pwa serves (scripts/vite/pwa.ts).
/// <reference types="vite-plugin-pwa/vanillajs" />
