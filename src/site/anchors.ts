import type {FileFacts, HeadingFact} from '../facts.js';
import {flavor as flavorNamed, isFlavorName, type SlugFlavor} from './slug/index.js';
import {escapeRegExp} from '../links/patterns.js';
import {isTabIdOptions, tabIds, unknownTabSlugify} from './tab-ids.js';
import {withoutMarkdownItEmoji} from './slug/emoji-shortcodes.js';
import {hasPymdownxShortcode, withoutPymdownxEmoji} from './slug/pymdownx-emoji.js';

/** What an id in a rendered page belongs to. */
export interface IdTarget {
  kind: 'heading' | 'html' | 'attribute' | 'footnote' | 'term';
  /** The heading, for heading ids (automatic or explicit): its section may be empty. */
  heading?: HeadingFact;
}

/**
 * Every id a file's page will have under a slug flavor: headings (explicit ids replacing the
 * automatic ones, duplicates numbered as the flavor does), attribute-list ids, HTML `id`/`<a name>`,
 * and footnotes as the flavor renders them. The first owner of an id wins, as in a browser.
 */
export function documentIds(facts: FileFacts, flavor: SlugFlavor, options: Record<string, unknown>): Map<string, IdTarget> {
  const ids = new Map<string, IdTarget>();
  const add = (id: string, target: IdTarget): void => {
    if (!ids.has(id)) ids.set(id, target);
  };
  // Each heading's id, for the content tabs that take it as their prefix.
  const headingIds = new Map<HeadingFact, string>();
  const slugger = flavor.create(options);
  // Sites can turn automatic ids off (Hugo `autoHeadingID = false`, kramdown `auto_ids: false`).
  const automatic = options['autoIds'] !== false;
  // Generators without `{#id}` syntax (GitHub, Astro) keep the block in the heading's text and id.
  const customIds = options['customIds'] !== false;
  // A plugin that ids only some heading levels (markdown-it-anchor's `level`).
  const levels = Array.isArray(options['levels']) ? (options['levels'] as unknown[]) : undefined;
  if (customIds && flavor.customIds === 'upfront') {
    for (const heading of facts.headings) if (heading.customId) slugger.reserve(heading.customId);
    for (const anchor of facts.anchors) if (anchor.kind === 'attribute') slugger.reserve(anchor.id);
  }
  // Hugo (autoDefinitionTermID) numbers term ids and heading ids in one sequence, in page order.
  const terms = options['definitionTermIds'] === true ? facts.terms ?? [] : [];
  let nextTerm = 0;
  const termsBefore = (line: number): void => {
    while (nextTerm < terms.length && terms[nextTerm]!.line < line) add(slugger.slug(terms[nextTerm++]!.text), {kind: 'term'});
  };
  for (const heading of facts.headings) {
    termsBefore(heading.line);
    if (customIds && heading.customId !== undefined) {
      if (flavor.customIds === 'in-order') slugger.reserve(heading.customId);
      add(heading.customId, {kind: 'heading', heading});
      headingIds.set(heading, heading.customId);
    } else if (automatic && (!levels || levels.includes(heading.depth))) {
      // `headingSource`: the generator slugs the heading's source (Hugo before 0.144: its Goldmark parser's last line).
      const source = flavor.input === 'raw' || options['headingSource'] === true ? heading.raw : headingText(heading, options);
      const text = flavor.lastLineOnly ? source.split('\n').at(-1)! : source;
      const id = slugger.slug(text);
      add(id, {kind: 'heading', heading});
      headingIds.set(heading, id);
      for (const alias of flavor.aliases?.(id, text, options) ?? []) add(alias, {kind: 'heading', heading});
    }
  }
  termsBefore(Number.POSITIVE_INFINITY);
  // Footnote ids are the renderer's, which may differ from the heading ids' flavor (Jekyll's kramdown
  // renders `fn:name` also when its GFM parser makes GitHub-style heading ids); kramdown's
  // `footnote_prefix` goes before the label.
  const footnotes = isFlavorName(options['footnotes']) ? flavorNamed(options['footnotes']) : flavor;
  const footnotePrefix = typeof options['footnotePrefix'] === 'string' ? options['footnotePrefix'] : '';
  for (const anchor of facts.anchors) {
    if (anchor.kind === 'footnote') {
      // Renderers differ on whether the label keeps its case; both spellings are taken.
      for (const label of new Set([anchor.id, anchor.id.toLowerCase()])) {
        for (const id of footnotes.footnoteIds(footnotePrefix + label, anchor.order ?? 1)) add(id, {kind: 'footnote'});
      }
    } else if (customIds || anchor.kind !== 'attribute') {
      add(anchor.id, {kind: anchor.kind});
    }
  }
  // Content tabs get theirs after the headings and attribute lists (pymdownx.tabbed's tree processor runs after toc's);
  // none known when its slugify is one postlint cannot run (the page's fragments are then unverifiable: site index).
  if (facts.tabs && unknownTabSlugify(options['tabs']) === undefined) {
    const taken = new Set([...ids].filter(([, target]) => target.kind === 'heading' || target.kind === 'attribute').map(([id]) => id));
    const headingId = (index: number): string | undefined => {
      const heading = facts.headings[index];
      return heading ? headingIds.get(heading) : undefined;
    };
    for (const id of tabIds(facts.tabs, isTabIdOptions(options['tabs']) ? options['tabs'] : undefined, headingId, taken)) add(id, {kind: 'html'});
  }
  return ids;
}

/**
 * The text a flavor slugs for a heading: image alt text left out when the generator does
 * (`imageAlt: false`), and the attribute block kept when it has no custom ids (`customIds: false`).
 */
export function headingText(heading: HeadingFact, options: Record<string, unknown>): string {
  let text = options['imageAlt'] === false ? heading.imageless ?? heading.text : heading.text;
  // Hugo's `enableEmoji` turns `:lock:` into an emoji before ids are made; the id drops the emoji and keeps the space: `:lock: Security` is `-security`.
  if (options['emojiShortcodes'] === true) text = text.replace(/:[a-z0-9_+-]+:/gi, '\u{1F512}');
  // markdown-it-emoji (VitePress) makes emoji tokens of the names it knows, and the anchor leaves them out.
  else if (options['emojiShortcodes'] === 'markdown-it-emoji') text = withoutMarkdownItEmoji(text, heading.raw);
  // pymdownx.emoji (MkDocs) makes textless elements of the shortcodes its index knows.
  else if (options['emojiShortcodes'] === 'pymdownx' || options['emojiShortcodes'] === 'pymdownx-material') text = withoutPymdownxEmoji(text, heading.raw, options['emojiShortcodes']);
  return options['customIds'] === false && heading.attributes ? text + heading.attributes : text;
}

/** Does the page have a heading whose id the flavor cannot know exactly? Then its fragments are unverifiable. */
export function hasUncertainIds(facts: FileFacts, flavor: SlugFlavor, options: Record<string, unknown>): boolean {
  const pymdownx = options['emojiShortcodes'] === 'pymdownx' || options['emojiShortcodes'] === 'pymdownx-material';
  if (!flavor.uncertain && !pymdownx) return false;
  return facts.headings.some((heading) => {
    if (options['customIds'] !== false && heading.customId !== undefined) return false;
    const text = headingText(heading, options);
    // A shortcode postlint does not know may be one the site's pymdownx index knows.
    return (flavor.uncertain?.(text, options) ?? false) || (pymdownx && hasPymdownxShortcode(text, heading.raw));
  });
}

/**
 * The strings a browser compares with a page's ids for one fragment, in its order: the fragment as
 * the URL parser keeps it (non-ASCII and spaces percent-encoded, `%2F` left as written), then that
 * string percent-decoded (HTML's "find a potential indicated element": the raw fragment first,
 * then its decoding). A Markdown renderer may have encoded the href already (markdown-it's
 * normalizeLink writes `#a|b` as `#a%7Cb`), so that spelling is tried too. An id written with
 * escapes (markdown-it-anchor's default slugify encodes `async/await` as `async%2Fawait`) is
 * matched by the link that writes the escapes; `#caf%C3%A9` and `#café` both reach an id `café`.
 */
export function fragmentForms(written: string, decoded: string): string[] {
  const forms = [serializedFragment(written), decoded, rendererEncoded(written)];
  return [...new Set(forms.filter((form): form is string => form !== undefined))];
}

/** The fragment as the WHATWG URL parser serializes it. */
function serializedFragment(written: string): string | undefined {
  try {
    return new URL(`http://x/#${written}`).hash.slice(1);
  } catch {
    return undefined;
  }
}

/** The fragment as markdown-it's normalizeLink (mdurl.encode) writes it: escapes kept, other unsafe characters encoded. */
function rendererEncoded(written: string): string {
  return written.replace(/%(?![0-9a-fA-F]{2})|[^A-Za-z0-9;/?:@&=+$,\-_.!~*'()#%]/gu, (char) => encodeURIComponent(char));
}

/**
 * The ids an MDX heading with expressions (`## Options for {props.name}`) can have: its literal parts
 * slugged, anything between them (what the expression writes), and a duplicate's `-1`. Undefined when
 * nothing is literal to go by (a component read as text): any id may be its.
 */
export function computedIdPattern(heading: HeadingFact, flavor: SlugFlavor, options: Record<string, unknown>): RegExp | undefined {
  const parts = headingText(heading, options).split(/(?<!\\)\{[^{}]*\}/);
  if (parts.length === 1) return undefined;
  const slugs = parts.map((part) => flavor.create(options).slug(part));
  return new RegExp(`^${slugs.map(escapeRegExp).join('.*')}(?:-\\d+)?$`);
}
