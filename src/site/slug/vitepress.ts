import {FirstFreeRegistry, type SlugFlavor} from './types.js';
import {runSlugify, type SlugifyStep} from './steps.js';
import {dashed, vitepress0Slugify} from './vitepress-0.js';

// The characters `@mdit-vue/shared`'s slugify turns into `-` (VitePress's default `markdown.anchor.slugify`).
const special = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g;
const combining = /[\u0300-\u036f]/g;

/**
 * `@mdit-vue/shared` slugify (3.0.2), written out here because the package pulls in all of
 * markdown-it: NFKD, accents and control characters dropped, runs of ASCII punctuation and white
 * space become one `-`, no `-` at either end, a leading digit gets `_`, lower-cased.
 */
export function vitepressSlugify(text: string): string {
  return dashed(text.normalize('NFKD').replace(combining, ''), special);
}

/**
 * VitePress (1.x: markdown-it-anchor 9; 2.x: `@mdit/plugin-anchor`): the heading's text and code
 * spans only (inline HTML such as `<Badge text="x" />` and emoji left out; 1.x also leaves image
 * alt text out), slugified as above. Repeats get `-1`, `-2`, … (the first free number);
 * `{#id}` ids (markdown-it-attrs) take their place in the same registry, in page order.
 */
export const vitepress: SlugFlavor = {
  name: 'vitepress',
  input: 'text',
  customIds: 'in-order',
  // markdown-it-footnote: `fn1`, `fnref1`, numbered in order of the definitions.
  footnoteIds: (_label, order) => [`fn${order}`, `fnref${order}`],
  options: [],
  // `before1Ids`: the site's VitePress version is unknown, so the id VitePress before 1.0.0-alpha.27
  // gives (slug/vitepress-0.ts, no NFKD) is taken too; a repeat keeps the suffix it has here.
  aliases: (id, text, options) => {
    if (options?.['before1Ids'] !== true) return [];
    const base = vitepressSlugify(text);
    const suffix = id.startsWith(base) ? id.slice(base.length) : '';
    const older = `${vitepress0Slugify(text)}${suffix}`;
    return older === id ? [] : [older];
  },
  create(options = {}) {
    const registry = new FirstFreeRegistry();
    // A site's own `markdown.anchor.slugify`, read from its config as string-method steps.
    const steps = Array.isArray(options['slugifySteps']) ? (options['slugifySteps'] as SlugifyStep[]) : undefined;
    const slugify = steps ? (text: string): string => runSlugify(steps, text) : vitepressSlugify;
    return {slug: (text) => registry.take(slugify(text)), reserve: (id) => registry.reserve(id)};
  },
};
