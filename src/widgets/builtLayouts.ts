/**
 * The deck's network layouts computed at build time, by session key (parameters and seed): for each agent id, x
 * and y, as `[ids, xs, ys]`. This file is the stand-in the dev server and the tests see: `vite build` replaces its
 * content with the deck's own layouts (scripts/builtLayoutsPlugin.ts). Null here: the page computes every layout.
 */
// a named export, not a default one: a null default breaks knip's config loader (jiti reads `default.then`)
export const layouts: Record<string, [number[], number[], number[]]> | null = null;
