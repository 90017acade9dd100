/**
 * The ids a component of Starlight or Astro itself puts on the page, read from its source. A
 * self-closed component on a page is output postlint cannot see (the page's ids unknown), unless it
 * is one of these, imported from the module that exports it:
 *
 * - `@astrojs/starlight/components` (withastro/starlight packages/starlight/components.ts, every
 *   release since 0.x): `Aside`, `CardGrid`, `Steps`, `FileTree`, `TabItem` write their children (a
 *   self-closed one none) in elements with no id; `Icon` an `<svg>` of Starlight's own icons (none
 *   with an id); `Card` its `title` as raw HTML (`set:html`); `LinkCard` its `title` and
 *   `description` as raw HTML and its other props as the attributes of its `<a>`; `Badge` and
 *   `LinkButton` their other props as attributes. `Code` is Expressive Code's (below). `Tabs` is
 *   not one: it writes `tab-<n>` and `tab-panel-<n>` ids (rehype-tabs.ts).
 * - `astro-expressive-code/components` `Code` (expressive-code/expressive-code
 *   packages/astro-expressive-code/components/Code.astro): a code block rendered from its `code`
 *   prop, its other props read by Expressive Code's plugins, none an attribute; no plugin of its
 *   own writes an id.
 * - `astro:components` (withastro/astro packages/astro/components/index.ts): `Code` highlights its
 *   `code` with Shiki and gives its other props to the `<pre>` as attributes; its `transformers`
 *   may rewrite the HTML in any way. `Debug` prints its prop as JSON in a `Code` under an `<h2>`
 *   with no id (Astro ids only Markdown headings).
 * - `@astrojs/prism` `Prism`: a `<pre><code>` of its `code`, with only a class.
 *
 * A prop written as attributes brings its literal `id="x"`, and on LinkCard's and LinkButton's `<a>`
 * its `name="x"` (an expression or a spread leaves it unknown); a prop written as raw HTML is
 * unknown unless it is a literal with no `id=` or `name=`. A deep import
 * (`@astrojs/starlight/components/AnchorHeading.astro`, which writes a heading with an id), a
 * component of the site's own and any other package stay unknown.
 */

import type {IncludeFact} from '../../facts.js';

interface Output {
  /** The props not read by the component are attributes of one of its elements: an `id` prop is its id. */
  attributes?: true;
  /** That element is an `<a>`, whose `name` is a fragment target too (HTML: "the indicated part of the document"). */
  anchor?: true;
  /** Props written into the page as raw HTML (`set:html`). */
  html?: readonly string[];
  /** Props that are code run on the output (Shiki `transformers`). */
  code?: readonly string[];
}

const expressiveCode: Output = {};

const outputs: Record<string, Record<string, Output>> = {
  '@astrojs/starlight/components': {
    Aside: {},
    Badge: {attributes: true},
    Card: {html: ['title']},
    CardGrid: {},
    Code: expressiveCode,
    FileTree: {},
    Icon: {},
    LinkButton: {attributes: true, anchor: true},
    LinkCard: {attributes: true, anchor: true, html: ['title', 'description']},
    Steps: {},
    TabItem: {},
  },
  'astro-expressive-code/components': {Code: expressiveCode},
  'astro:components': {Code: {attributes: true, code: ['transformers']}, Debug: {}},
  '@astrojs/prism': {Prism: {}},
};

/** The ids a self-closed component writes (none, or its literal `id`); undefined when they are not known. */
export function astroComponentIds(include: IncludeFact): {ids: string[]} | undefined {
  const {imported, props} = include;
  if (imported === undefined || props === undefined) return undefined;
  const output = outputs[imported.from]?.[imported.name];
  if (output === undefined) return undefined;
  const read = [...(output.html ?? []), ...(output.code ?? [])];
  // A spread may hold any prop: one the component writes out as HTML, code or an attribute.
  if (props.spread && (output.attributes || read.length > 0)) return undefined;
  if (read.some((name) => props.computed.includes(name))) return undefined;
  if ((output.code ?? []).some((name) => Object.hasOwn(props.literal, name))) return undefined;
  // Raw HTML may hold an element with an id, or an `<a name>`.
  if ((output.html ?? []).some((name) => /\b(?:id|name)\s*=/i.test(props.literal[name] ?? ''))) return undefined;
  if (!output.attributes) return {ids: []};
  const targets = output.anchor ? ['id', 'name'] : ['id'];
  if (targets.some((name) => props.computed.includes(name))) return undefined;
  const ids = targets.map((name) => (Object.hasOwn(props.literal, name) ? props.literal[name]! : '')).filter((id) => id !== '');
  return {ids};
}
