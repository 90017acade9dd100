import type {Definition, Link, LinkReference, Nodes, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {walkType} from '../walk.js';
import type {FrontMatter} from '../frontmatter.js';
import {inlineLanguageSpans, languageCursor, languageSpans, type LanguageSpan} from './html-lang.js';
import {rawCodeSpans, rawLinkSpans} from './raw-html-spans.js';
import {highlighterListingSpans} from '../text/highlighter-listings.js';
import {statementParagraphSpans} from '../text/statement-paragraphs.js';
import {rawLinkText, sluggedTitle} from './slugged-title.js';
import {tagLink} from './tag-links.js';
import {linkTextNamesProject} from './linked-names.js';
import {inSpans, mergeSpans, spanAt} from './spans.js';
import {englishFunctionWords} from '../text/english-function-words.js';
import {blankOnOneLine, blankPairedCodeShortcodes, blankTemplateCode} from '../text/template-code-spans.js';
import {replaceClosed} from '../text/closed-spans.js';
import {blankTexMath} from './tex-math.js';
import {blankWordPressShortcodes} from './wordpress-shortcodes.js';
import {slashAlternatives} from './slash-alternatives.js';

/** How a token looks: an ordinary word, a code identifier, or an ALLCAPS acronym. */
export type Shape = 'word' | 'identifier' | 'acronym';

export type ProseContext = 'body' | 'heading' | 'frontmatter';

export interface ProseToken {
  /** The word as written (hyphenated compounds come as their parts). */
  text: string;
  /** Offset in the file's source. */
  offset: number;
  shape: Shape;
  context: ProseContext;
  /** The whole hyphenated compound this part belongs to (`non-blocking`). */
  compound?: string;
  /** A part followed by a hyphen (`pre` in `pre-release`). */
  prefix?: boolean;
  /** The last part of a compound (`ish` in `blue-ish`). */
  suffix?: boolean;
  /** First word of a block or of a sentence, where any word may be capitalized. */
  sentenceStart?: boolean;
  /** Which paragraph, heading or table cell the word is in (numbered in document order). */
  block?: number;
  /** Capitalized and next to another capitalized word in running text: likely part of a name (`Andrew Godwin`). */
  name?: boolean;
  /** Link text that names the link's own target (`[jekyll-feed](https://github.com/jekyll/jekyll-feed)`): a package or site name. */
  named?: boolean;
  /** A word of link text that is the target's own title (slugged-title.ts): left alone where it is, not a name for the whole page. */
  titled?: boolean;
  /**
   * A word written in pieces joined by inline tags or soft hyphens (`<b>Sm</b>all`, `wo<wbr>rd`,
   * `hy&shy;phen`): `text` is the word a reader sees, and this is where it ends in the source.
   */
  joined?: number;
  /** Written with an apostrophe for a dropped final g (`doin'`, `lookin’`). */
  elided?: boolean;
  /** The language the HTML around the word declares (`<p lang="de">`, src/spelling/html-lang.ts). */
  lang?: string;
  /** A part of words set as alternatives by slashes (`internal/external`, slash-alternatives.ts): the alternatives. */
  slashed?: string;
  /** A word of a front-matter field that titles the page (`title`, `sidebar_label`), where title case is the style; not of `description`, which is sentences. */
  titleField?: boolean;
}

/** Front-matter fields that readers see on every generator, checked as prose (a generator may show more: its `shownFields`). */
export const proseFields = ['title', 'description'];

/** The front-matter fields written as sentences, as running text is; the others title the page (a title, a sidebar label). */
const sentenceFields = new Set(['description']);

/** Nodes whose first word starts a sentence. */
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

/** Nodes whose text is not prose. */
const skipped = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference', 'math', 'inlineMath', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** A paragraph line after a shell prompt whose first word is a command, not an English function word (`$ is …`, `$ and …`). */
const promptCommandLine = new RegExp(`^[ \\t]*\\$>?[ \\t]+(?!(?:${[...englishFunctionWords].join('|')})(?![\\w.-]))[a-z][\\w.-]*(?:[ \\t][^\\n]*)?$`, 'gm');

/**
 * Spans of the source that are never prose, even inside text: shortcodes, URLs, email
 * addresses, emoji shortcodes, hashtags and @mentions, HTML entities. Backslash escapes are read as
 * what they render (escapedAt), not blanked.
 */
const maskPatterns: Array<[RegExp | ((source: string) => string), RegExp]> = [
  // Hugo shortcodes that hold code between their tags: `highlight`, and code/config samples (`code-toggle`).
  // Not Docsy's `codetab`: a tab whose body is Markdown, prose and fences alike.
  // The template masks are scans, not lazy patterns: those rescan the rest of the file from every unclosed `{{`.
  [blankPairedCodeShortcodes, /\{\{/],
  [(source) => blankOnOneLine(source, '{*', '*}'), /\{\*/], // MkDocs code-include blocks `{* ../src/app.py hl[3] *}`
  // Hugo shortcodes {{< … >}} {{% … %}}, Liquid/Go template output {{ … }}, Liquid tags {% … %}.
  [(source) => blankTemplateCode(source, {mdxComments: false}), /\{[{%]/],
  // TeX between `$…$`, `$$…$$`, `\(…\)`, `\[…\]` on a page that writes math so (tex-math.ts): symbols, not words.
  [blankTexMath, /[$\\]/],
  // WordPress shortcodes an exported post keeps (`[vimeo 51933492]`, wordpress-shortcodes.ts): markup, not prose.
  [blankWordPressShortcodes, /\[[a-z/]/],
  // A command line written as a line of a paragraph, after a shell prompt (`$ npm install react`,
  // `$> cf create-service mysql free`): the command and its arguments as typed, not prose. Not a
  // line whose first word is an English function word (`$ is the prompt sign`): a sentence about `$`.
  [promptCommandLine, /^[ \t]*\$>?[ \t]+[a-z]/m],
  // URLs with a scheme, read only on the lines that write `://` (a match never crosses a line): the pattern is
  // tried at every word's first letter of the text it is given.
  [(source) => replaceOnLinesWith(source, '://', /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"'()[\]]+/gi), /:\/\//],
  [/\b(?:www\.|mailto:)[^\s<>"'()[\]]+/gi, /www\.|mailto:/i],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, /@/], // email addresses
  // Addresses written against harvesters (`name [at] example [dot] com`, `gmail (dot) com`): an address, not prose.
  [/[\w.+-]+(?:[ \t]*\\?[[({][ \t]*at[ \t]*\\?[\])}][ \t]*[\w-]+)?(?:[ \t]*\\?[[({][ \t]*dot[ \t]*\\?[\])}][ \t]*[\w-]+)+/gi, /[[({][ \t]*dot[ \t]*\\?[\])}]/i],
  [/:[a-z0-9_+-]+:/g, /:/], // emoji shortcodes :clap:
  // Attribute lists (`:quote[…]{#if-you-didnt-log-it}` in remark-directive, `{#id .class key=value}` in
  // markdown-it-attrs, Pandoc and Docusaurus heading ids, kramdown's `{: #id}`): ids and classes are not prose.
  [/\{:?[ \t]*(?:[#.][\p{L}\p{N}_-][\p{L}\p{N}_.:-]*|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+))(?:[ \t]+(?:[#.][\p{L}\p{N}_-][\p{L}\p{N}_.:-]*|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+)))*[ \t]*\}/gu, /\{/],
  // Hashtags, @mentions and CSS ids, Markdown escapes inside them too (`#\_\_docusaurus` is the id `__docusaurus`);
  // in emphasis too (`*#webdev*`): the delimiter is markup, the tag still starts at `#`; and right after an
  // HTML tag (`<a href="…/hashtag/indieweb">#indieweb</a>`): the element's text starts there, as a link's after `[`.
  // The sign is matched before the look-behind that checks the character before it: a pattern that starts with
  // a look-behind is tried at every position of the page, one that starts with `[#@]` only where the sign is.
  [/[#@](?<=(?:^|[\s(["'*_~>])[#@])\\?[\p{L}\p{N}_](?:\\?[\p{L}\p{N}_.-])*/gmu, /[#@]/],
  // Markup the parser read as text (an element whose attributes it cannot read, `<feature-support
  // firefox="no"` with no-break spaces between them, as markdown-it and browsers still do): the tag's
  // name and its attribute names are identifiers, not prose.
  [/<\/?[A-Za-z][\w.:-]*/g, /</],
  [/(?<![\p{L}\p{N}_.:-])[\p{L}_:][\p{L}\p{N}_.:-]*(?==["'{])/gu, /=["'{]/],
  // A contraction written with an apostrophe entity (`aren&#39;t`, as changelog generators write
  // them): masked whole, else its halves (`aren`) would be checked as words.
  [/\p{L}+&(?:#39|#x27|apos|rsquo|#8217);\p{L}+/giu, /&/],
  [/&#?\w+;/g, /&/], // HTML entities
  // Backslash escapes stay: the tokenizer reads them as the character they render (escapedAt), so that
  // `languages\.erlang\.package` is the dotted identifier a reader sees, and `github\_cv` one snake_case name.
];

const blank = (match: string): string => match.replace(/[^\n]/g, ' ');

/**
 * mkdocstrings' `::: package.Class` with its indented YAML options: code the plugin reads, not prose.
 * Only where the generator has such blocks (`inserts` 'generated': MkDocs). Elsewhere a `::: info Note`
 * line opens a container (VitePress's markdown-it-container, remark-directive) whose lines, indented or
 * not, are Markdown the reader sees (markdown-it-container tokenizes them as blocks of their own).
 */
const generatedBlockPattern: [RegExp, RegExp] = [/^:::[ \t]+\S.*(?:\n[ \t]+\S.*)*/gm, /^:::/m];

/**
 * `source` with `pattern`'s matches blanked on the lines that hold `needle` only, each line once. For
 * a pattern none of whose matches holds a line break or needs the text of another line (`\b` at a
 * line's start sees the line break, as at the text's start): the same result as over the whole text.
 */
function replaceOnLinesWith(source: string, needle: string, pattern: RegExp): string {
  let out = '';
  let done = 0;
  for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, done)) {
    const start = source.lastIndexOf('\n', at) + 1;
    const newline = source.indexOf('\n', at);
    const end = newline < 0 ? source.length : newline;
    out += source.slice(done, start) + source.slice(start, end).replace(pattern, blank);
    done = end;
  }
  return out + source.slice(done);
}

/**
 * Labels the parser found no definition for, where the generator pastes included text into the
 * page before parsing it, which may define them (`[Linux][os::linux]`, a footnote `[^a]`): a full reference's `[label]` after its
 * `[text]` and a footnote's `[^label]`. A label with a definition in the page is no text node at all
 * (CommonMark, "Link reference definitions"; GFM footnotes); one without is shown literally, and
 * read, where nothing can be inserted. A definition-shaped line inside a paragraph of prose is shown.
 */
const insertedLabelPatterns: Array<[RegExp, RegExp]> = [
  // A full reference's label may wrap onto the next line (`[text][frostsnap\ngithub]`), never across a blank one.
  [/(?<=(?:^|[^\\])\])\[(?:[^[\]\\\n]|\\.|\n(?![ \t]*\n))+\]/g, /\]\[/],
  [/\[\^[^[\]\s]+\]/g, /\[\^/],
];

// Definitions right after a paragraph's opening template tag lines (`{% include references.md %}`,
// `{{#include refs.md}}`): the generator replaces the tags before parsing, so the lines that follow
// start their own block as definitions, whose labels a reader never sees (only the pasted tags made
// them paragraph text for our parser). A definition-shaped line after prose is still shown.
// Run before the template masks, which blank the tags.
const definitionLine = String.raw`[ \t]{0,3}\[(?:[^[\]\\\n]|\\.)+\]:[ \t]*\S+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*`;
// A tag line may have a definition glued after it (`{% include linkers/issues.md %}[bcc]: https://…`): the pasted text ends its own line.
const tagLine = String.raw`[ \t]*\{[{%][^\n]*?[}%]\}(?:${definitionLine})?[ \t]*`;
// A definition whose destination is template code (`[part 1]: {% post_url 2024-01-01-one %}`,
// `[logo]: {{ site.baseurl }}/logo.png`): the generator renders the tag into a URL before it parses
// the page (Jekyll's Liquid pass, jekyll/jekyll lib/jekyll/renderer.rb: `render_liquid` before
// `convert`), so the line is a definition, and so are the definition lines after it. Our parser
// reads the tag's spaces as the end of a destination and the block as a paragraph of text.
const templateDefinitionLine = String.raw`[ \t]{0,3}\[(?:[^[\]\\\n]|\\.)+\]:[ \t]*\{[{%][^\n]*?[}%]\}\S*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*`;
const pastedDefinitions: [RegExp, RegExp] = [new RegExp(String.raw`(?<=^|\n[ \t]*\n)(?:${tagLine}\n)+(?:(?:${tagLine}|${templateDefinitionLine}|${definitionLine})(?:\n|$))+`, 'g'), /\{[{%]/];
const renderedDefinitions: [RegExp, RegExp] = [new RegExp(String.raw`(?<=^|\n[ \t]*\n)${templateDefinitionLine}(?:\n|$)(?:(?:${tagLine}|${templateDefinitionLine}|${definitionLine})(?:\n|$))*`, 'g'), /\]:[ \t]*\{[{%]/];

/**
 * The source with the definitions a template pass makes (`[part 1]: {% post_url … %}` at a block's
 * start, and the definition lines under it) blanked: for rules that read text outside spelling's masks.
 */
export function blankRenderedDefinitions(source: string): string {
  const [pattern, needs] = renderedDefinitions;
  return needs.test(source) ? source.replace(pattern, blank) : source;
}

/** The source with every non-prose span blanked out (same length, line breaks kept), so offsets still match. */
export function maskSource(source: string, mdx = false, labelsPasted = false, templatesFirst = false, generatedBlocks = true): string {
  let masked = mdx ? maskMdx(source) : source;
  const patterns = [...(templatesFirst ? [renderedDefinitions] : []), ...(generatedBlocks ? [generatedBlockPattern] : []), ...(labelsPasted ? [pastedDefinitions, ...maskPatterns, ...insertedLabelPatterns] : maskPatterns)];
  // A pattern runs only when the text has the character it needs: most posts have no `@`, `{{` or `://`.
  for (const [pattern, needs] of patterns) {
    if (!needs.test(masked)) continue;
    masked = typeof pattern === 'function' ? pattern(masked) : masked.replace(pattern, blank);
  }
  return masked;
}

/**
 * What MDX reads as JavaScript, not text: ESM (`import`/`export` at the start of a paragraph, up to
 * the blank line that ends it) and expressions in braces (`{props.name}`, `{/* a comment *\/}`),
 * nested braces and all.
 */
function maskMdx(source: string): string {
  // At the start of a block only (after a blank line, the file's start or its front matter, which
  // ends a block as MDX reads it, blank lines after either included): a wrapped line of prose may begin with "import".
  const head = /^(---|\+\+\+)[ \t]*\n[\s\S]*?\n\1[ \t]*(?:\n|$)/.exec(source)?.[0] ?? '';
  let masked = head + source.slice(head.length).replace(/(?<=^(?:[ \t]*\n)*|\n[ \t]*\n)(?:import|export)[ \t{*][^\n]*(?:\n(?![ \t]*\n)[^\n]*)*/g, blank);
  // Innermost braces first, until none is left: `{{a: {b: 1}}}` in three passes.
  for (let pass = 0; pass < 8 && masked.includes('{'); pass++) {
    const next = masked.replace(/\{[^{}]*\}/g, blank);
    if (next === masked) break;
    masked = next;
  }
  // A JSX tag inside a paragraph or heading (`# <Icon icon="mdi:debian" height="2rem" /> Debian`): MDX passes its
  // attributes to the component as props (`_jsx(Icon, {icon: "mdi:debian"})`), values the component reads, not text
  // of the page, as a tag alone on its line is read (componentChildren). Its `{…}` values are blanked already.
  return masked.includes('<') ? masked.replace(jsxTag, blank) : masked;
}

/** An MDX JSX opening or self-closing tag with its attributes (`name`, `name="…"`, `name='…'`, `name=` before a blanked `{…}`), on one line each. */
const jsxTag = /<[A-Za-z][\w.:-]*(?:[ \t\n]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:"[^"\n]*"|'[^'\n]*')?)?)*[ \t\n]*\/?>/g;

/** spelling and brand-casing read the same tree: tokenize it once. */
const byTree = new WeakMap<Root, ProseToken[]>();

/**
 * Every prose word of a file: the Markdown body's text and the readable front-matter fields. In
 * MDX (`mdx`), also the children of components (`<Testimonial>Text</Testimonial>`, `<TabItem>`),
 * which CommonMark reads as HTML blocks; not their attributes, `{…}` expressions or ESM lines.
 * With `htmlBlocks` (a generator that writes raw HTML as it is: src/spelling/raw-html.ts), the text
 * of raw HTML blocks too (`<p>Text</p>`), which readers see; not tags, attribute values, comments,
 * nor the bodies of code, pre, script and style elements.
 */
export function proseTokens(tree: Root, source: string, frontMatter: FrontMatter | undefined, mdx = false, htmlBlocks = false, labelsPasted = false, templatesFirst = false, generatedBlocks = true, fields: readonly string[] = proseFields): ProseToken[] {
  let tokens = byTree.get(tree);
  if (!tokens) {
    const linkMarks = new Map<number, number>();
    tokens = joinAcrossMarkup(collectTokens(tree, source, frontMatter, mdx, htmlBlocks, labelsPasted, templatesFirst, generatedBlocks, fields, linkMarks), source, linkMarks);
    byTree.set(tree, tokens);
  }
  return tokens;
}

/**
 * `linkMarks` gets the link markup around each link's text, start to end (`[` and `](url)`, `][label]`):
 * a word whose letters run on across it (`s[hould read](url)`, `[Java](url)Script`) is one word as rendered.
 */
function collectTokens(tree: Root, source: string, frontMatter: FrontMatter | undefined, mdx: boolean, htmlBlocks: boolean, labelsPasted: boolean, templatesFirst: boolean, generatedBlocks: boolean, fields: readonly string[], linkMarks: Map<number, number>): ProseToken[] {
  const masked = maskSource(source, mdx, labelsPasted, templatesFirst, generatedBlocks);
  const tokens: ProseToken[] = [];
  // Reference links (`[Giscus][]`, `[the docs][giscus]`) name their target like inline links do.
  const definitions = new Map<string, Definition>();
  walkType(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  // A definition's title is shown on each link that uses it: read once, where it is written.
  const titledDefinitions = new Set<Definition>();
  let blockCount = 0;
  const visit = (node: Nodes, context: ProseContext): void => {
    if (node.type === 'html' && (mdx || htmlBlocks)) {
      const before = tokens.length;
      componentChildren(node, source, masked, context, tokens);
      if (tokens.length > before) {
        tokens[before]!.sentenceStart = true;
        const block = blockCount++;
        for (let i = before; i < tokens.length; i++) tokens[i]!.block ??= block;
      }
      return;
    }
    if (skipped.has(node.type)) return;
    // An autolink (`<https://…>` or a bare URL) is its own text: not prose.
    if (node.type === 'link' && node.position && source[node.position.start.offset ?? 0] !== '[') return;
    if (node.type === 'link' || node.type === 'linkReference') markLinkMarkup(node, linkMarks);
    if (node.type === 'link') {
      const before = tokens.length;
      for (const child of node.children) visit(child as Nodes, context);
      markNamed(tokens, before, node.url, sluggedTitle(toString(node), node.url) || tagLink(toString(node), node.url));
      // Its title (`[text](url "title")`), the tooltip a reader sees: the writer's prose, a block of its own.
      if (node.title && node.position?.end.offset !== undefined) readTitle(node.position.end.offset - 1, node.children.at(-1)?.position?.end.offset ?? node.position.start.offset ?? 0, node.url);
      return;
    }
    if (node.type === 'linkReference') {
      const before = tokens.length;
      for (const child of node.children) visit(child as Nodes, context);
      const definition = definitions.get(node.identifier);
      if (definition !== undefined) markNamed(tokens, before, definition.url);
      if (definition?.title) titledDefinitions.add(definition);
      return;
    }
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) tokenize(masked, start, end, context, tokens);
      return;
    }
    if ('children' in node) {
      const inner: ProseContext = node.type === 'heading' || node.type === 'tableCell' ? 'heading' : context;
      const before = tokens.length;
      for (const child of node.children) visit(child as Nodes, inner);
      if (blocks.has(node.type) && tokens.length > before) {
        tokens[before]!.sentenceStart = true;
        const block = blockCount++;
        for (let i = before; i < tokens.length; i++) tokens[i]!.block ??= block;
      }
    }
  };
  // The words of a title ending before `closing` (a link's `)`, a definition's end), after `after`; a word
  // its address spells names the target, as in the link's text (`[the guide](https://zorblat.example "Zorblat guide")`).
  const readTitle = (closing: number, after: number, url: string): void => {
    const span = titleSpan(source, closing, after);
    if (!span) return;
    const before = tokens.length;
    tokenize(masked, span[0], span[1], 'body', tokens);
    if (tokens.length === before) return;
    tokens[before]!.sentenceStart = true;
    markNamed(tokens, before, url);
    const block = blockCount++;
    for (let i = before; i < tokens.length; i++) tokens[i]!.block ??= block;
  };
  visit(tree, 'body');
  for (const definition of titledDefinitions) {
    const end = definition.position?.end.offset;
    if (end !== undefined) readTitle(end, definition.position!.start.offset! + definition.label!.length + 2, definition.url);
  }
  // Raw HTML link text its address spells out names the target, as a Markdown link's does.
  if (mdx || htmlBlocks) markRawNamed(tokens, rawLinkSpans(tree, source), source);
  // Text between a `<pre>`'s tags in separate HTML nodes (a listing a list item splits into paragraphs) is code.
  // So is a highlighter's listing pasted as HTML (a `<div>` of colour-styled token spans), shown or not, and a
  // program pasted as a paragraph, every line a statement of code: their words are the program's.
  const codeSpans = mergeSpans([...(mdx || htmlBlocks ? rawCodeSpans(tree, source) : []), ...highlighterListingSpans(tree, source, mdx || htmlBlocks), ...statementParagraphSpans(tree, source)]);
  const prose = codeSpans.length > 0 ? tokens.filter((token) => !inSpans(codeSpans, token.offset)) : tokens;
  // Words inside inline HTML that declares their language (`<span lang="fr">coursier</span>` in a paragraph).
  markInlineLanguages(prose, inlineLanguageSpans(tree, source));
  if (frontMatter) prose.push(...frontMatterTokens(tree, source, masked, frontMatter, blockCount, fields));
  return prose;
}

/** Each word in a span's element takes its language, unless block HTML around it declared one already. */
function markInlineLanguages(tokens: ProseToken[], spans: readonly LanguageSpan[]): void {
  if (spans.length === 0) return;
  const languageAt = languageCursor(spans);
  for (const token of tokens) {
    if (token.lang !== undefined) continue;
    const lang = languageAt(token.offset);
    if (lang !== undefined) token.lang = lang;
  }
}

/**
 * Where a link's or definition's title is in the source (its text between the delimiters, CommonMark's
 * `"…"`, `'…'` or `(…)`): it ends just before `closing`, white space aside, and opens after `after` (the
 * link text's end). Undefined when the source does not hold it so (a title from a plugin).
 */
function titleSpan(source: string, closing: number, after: number): [number, number] | undefined {
  let end = closing - 1;
  while (end > after && /\s/.test(source[end]!)) end--;
  const close = source[end];
  const open = close === ')' ? '(' : close;
  if (open !== '"' && open !== "'" && open !== '(') return undefined;
  for (let i = end - 1; i > after; i--) {
    if (source[i] !== open) continue;
    let slashes = 0;
    while (source[i - 1 - slashes] === '\\') slashes++;
    // An escaped delimiter (`\"`) is the title's own character; the opening one follows white space.
    if (slashes % 2 === 0 && /\s/.test(source[i - 1] ?? '')) return [i + 1, end];
  }
  return undefined;
}

/**
 * `title` and `description` (and the generator's other shown fields) at their real positions: the text from the key to the next key. Each field
 * is a block of its own, numbered on from the body's (`firstBlock`), as a paragraph is: its language is
 * judged as a paragraph's is (an English description on a page declared German is read; a German one is not).
 */
function frontMatterTokens(tree: Root, source: string, masked: string, frontMatter: FrontMatter, firstBlock: number, fields: readonly string[]): ProseToken[] {
  const node = tree.children[0];
  const blockEnd = node?.position?.end.offset;
  if (blockEnd === undefined) return [];
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1 && i < blockEnd; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const keyLines = Object.values(frontMatter.keyLines).map((span) => span.line).sort((a, b) => a - b);
  const tokens: ProseToken[] = [];
  for (const field of fields) {
    const span = frontMatter.keyLines[field];
    if (!span || typeof frontMatter.data[field] !== 'string') continue;
    const start = lineStarts[span.line - 1];
    if (start === undefined) continue;
    const nextKey = keyLines.find((line) => line > span.line);
    const end = Math.min(nextKey !== undefined ? lineStarts[nextKey - 1] ?? blockEnd : blockEnd, blockEnd);
    const separator = /^[^:=]*[:=]/.exec(source.slice(start, end));
    if (!separator) continue;
    const before = tokens.length;
    tokenize(masked, start + separator[0].length, end, 'frontmatter', tokens);
    if (tokens.length > before) tokens[before]!.sentenceStart = true;
    if (!sentenceFields.has(field)) for (let i = before; i < tokens.length; i++) tokens[i]!.titleField = true;
    const block = firstBlock++;
    for (let i = before; i < tokens.length; i++) tokens[i]!.block ??= block;
  }
  return tokens;
}

/**
 * The text between the tags of an MDX component that CommonMark read as an HTML block
 * (`<Testimonial author="Ana">` … `</Testimonial>`): the component's children, prose MDX renders;
 * likewise the text of a raw HTML block a generator writes as it is (`<p>Text</p>`).
 * Tags with their attributes, code (fenced or inline), comments, and the bodies of `<style>`,
 * `<script>`, `<pre>`, `<code>`, `<kbd>`, `<samp>` and `<textarea>` are blanked; an HTML comment is not a component.
 */
function componentChildren(node: Nodes, source: string, masked: string, context: ProseContext, out: ProseToken[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  // An indented tag's node starts at its indent (a component nested in another, in MDX).
  if (start === undefined || end === undefined || !/^[ \t]*<[A-Za-z]/.test(source.slice(start, end))) return;
  // The source's own tags, not the masked text's (where tag names are blanked already), tell where children are.
  let text = source.slice(start, end);
  text = blankRawElements(text);
  text = text.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\2[`~]*[ \t]*$|(?![\s\S]))/gm, blank);
  text = replaceClosed(text, '<!--', '-->', blank).replace(/(`+)[^`]*?\1/g, blank);
  text = blankTags(text);
  // Then what the masks blank in any prose (URLs, entities, shortcodes, `{…}`), as in the masked source.
  const maskedHere = masked.slice(start, end);
  // UTF-16 units, as offsets are: an emoji is two.
  text = text.split('').map((c, i) => (maskedHere[i] === ' ' && c !== ' ' && c !== '\n' ? ' ' : c)).join('');
  const before = out.length;
  tokenizeText(text, 0, text.length, start, masked, context, out);
  // Text of an element in a declared language (`<p lang="de">`): the rule weighs it against its own.
  const spans = languageSpans(source.slice(start, end));
  if (spans.length > 0) {
    const languageAt = languageCursor(spans);
    for (let i = before; i < out.length; i++) {
      const lang = languageAt(out[i]!.offset - start);
      if (lang !== undefined) out[i]!.lang = lang;
    }
  }
}

const rawElements = /<(style|script|pre|code|kbd|samp|textarea)\b/gi;

/** `<style>`, `<script>`, `<pre>`, `<code>`, `<kbd>`, `<samp>` and `<textarea>` elements blanked whole (their closing tag in any case). */
function blankRawElements(text: string): string {
  if (!/<(?:style|script|pre|code|kbd|samp|textarea)\b/i.test(text)) return text;
  const lower = text.toLowerCase();
  // A letter whose lower case is longer would shift every offset after it: the pattern then.
  if (lower.length !== text.length) return text.replace(/<(style|script|pre|code|kbd|samp|textarea)\b[\s\S]*?<\/\1\s*>/gi, blank);
  let out = '';
  let at = 0;
  const closed = new Map<string, number>();
  for (const match of text.matchAll(rawElements)) {
    if (match.index! < at) continue;
    const name = match[1]!.toLowerCase();
    // The last closing tag of that name: an opening after it has none (skipped without a search).
    if (!closed.has(name)) closed.set(name, lower.lastIndexOf(`</${name}`));
    if (match.index! >= closed.get(name)!) continue;
    const closer = new RegExp(`^</${name}\\s*>`);
    let end = lower.indexOf(`</${name}`, match.index! + 1);
    let closing: RegExpExecArray | null = null;
    while (end !== -1 && end <= closed.get(name)! && !(closing = closer.exec(lower.slice(end, end + name.length + 64)))) end = lower.indexOf(`</${name}`, end + 1);
    if (!closing) continue;
    const stop = end + closing[0].length;
    out += text.slice(at, match.index!) + blank(text.slice(match.index!, stop));
    at = stop;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** Every tag (`<TabItem value="a" label="B">`, `</Tabs>`) blanked, its quoted values and `{…}` included. */
function blankTags(text: string): string {
  const chars = text.split(''); // UTF-16 units, as offsets are
  let i = 0;
  while (i < chars.length) {
    if (chars[i] !== '<' || !/[A-Za-z/]/.test(chars[i + 1] ?? '')) {
      i++;
      continue;
    }
    let j = i + 1;
    let quote: string | undefined;
    let depth = 0;
    for (; j < chars.length; j++) {
      const c = chars[j]!;
      if (quote !== undefined) {
        if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth = Math.max(0, depth - 1);
      else if (c === '>' && depth === 0) break;
    }
    for (let k = i; k <= j && k < chars.length; k++) if (chars[k] !== '\n') chars[k] = ' ';
    i = j + 1;
  }
  return chars.join('');
}

/**
 * Inline elements that do not break a word where they open or close (`<b>Sm</b>all`, `wo<wbr>rd`):
 * a reader sees one word. Not `<br>`, `<img>` or block elements, nor `<sup>`/`<sub>`, set apart.
 */
const inlineTag = /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|time|tt|u|var|wbr)(?:\s[^<>]*)?\/?>/iy;
const softHyphen = /&(?:shy|#173|#x[aA][dD]);|\u00AD/y;
/** Emphasis and strike-through marks inside a word (`**o**bject`, `**E**rror`): the reader sees `object`. */
const emphasisMarks = /\*{1,3}|_{1,3}|~{1,2}/y;

/** A letter of a script that writes spaces between words. */
const spacedScript = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** The markup before and after a link's text (`[`, `](url "title")`), where the tree places both. */
function markLinkMarkup(node: Link | LinkReference, linkMarks: Map<number, number>): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined || first === undefined || last === undefined) return;
  linkMarks.set(start, first);
  linkMarks.set(last, end);
}

/** Is everything between two words inline tags, soft hyphens or link markup (and something at all)? */
function glued(source: string, from: number, to: number, linkMarks: ReadonlyMap<number, number>): boolean {
  if (to <= from) return false;
  // Most words are apart by a space: none of the patterns can start there, so no regex runs.
  if (!markupStart(source.charCodeAt(from)) && !linkMarks.has(from)) return false;
  let at = from;
  while (at < to) {
    const linkEnd = linkMarks.get(at);
    // Only between letters of a script that parts its words by spaces: Chinese or Japanese text runs on into a link without a word running on.
    if (linkEnd !== undefined && linkEnd > at && spacedScript.test(source[from - 1] ?? '') && spacedScript.test(source[to] ?? '')) {
      at = linkEnd;
      continue;
    }
    inlineTag.lastIndex = at;
    softHyphen.lastIndex = at;
    emphasisMarks.lastIndex = at;
    const match = inlineTag.exec(source) ?? softHyphen.exec(source) ?? emphasisMarks.exec(source);
    if (!match || match.index !== at) return false;
    at += match[0].length;
  }
  return at === to;
}

/** `<`, `&`, a soft hyphen, `*`, `_` or `~`: the first characters of inlineTag, softHyphen and emphasisMarks. */
function markupStart(code: number): boolean {
  return code === 60 || code === 38 || code === 0xad || code === 42 || code === 95 || code === 126;
}

/**
 * Words broken by inline markup (`<b>Sm</b>all <b>i</b>ntegers`, `wo<wbr>rd`, `hy&shy;phen`, `**o**bject`, `s[hould](url)`) joined
 * into the word the reader sees, before any check; single letters kept for this are dropped after.
 */
function joinAcrossMarkup(tokens: ProseToken[], source: string, linkMarks: ReadonlyMap<number, number>): ProseToken[] {
  const out: ProseToken[] = [];
  for (const token of tokens) {
    // A piece of a word censored with asterisks (`f***ing`) is neither a word nor a part to join.
    if (censoredPiece(source, token.offset, token.text.length)) continue;
    const last = out.at(-1);
    const lastEnd = last ? last.joined ?? last.offset + last.text.length : -1;
    if (last && !last.compound && !token.compound && last.block === token.block && last.context === token.context && glued(source, lastEnd, token.offset, linkMarks)) {
      const text = last.text + token.text;
      // Assigned onto a new token, not spread into a literal: the copy keeps the tokens' one hidden class (newToken).
      out[out.length - 1] = Object.assign(newToken(text, last.offset, last.context, undefined), last, {text, shape: shapeOf(text), joined: token.offset + token.text.length});
      continue;
    }
    out.push(token);
  }
  // tokenizeText let through no token too long or with a digit or underscore: only a joined one can be.
  return out.filter((token) => token.text.length >= 2 && (token.joined === undefined || (token.text.length <= longestToken && !digitOrUnderscore.test(token.text))));
}

/** Letters, asterisks (bare or escaped) between them, letters: `f***ing`, `s\*\*t`. */
const censoredWord = /^\p{L}+(?:(?:\\?\*)+\p{L}+)+$/u;

/**
 * Is the word at `offset` a piece of a word censored with asterisks (`f***ing`, `s\*\*t`)? The reader
 * sees a word left unsaid, not a misspelling of `fing`. Not emphasis inside a word, whose marks pair
 * (`**o**bject`, `wo**r**d`): a censored word has one run of bare asterisks at most; escaped ones are
 * always literal.
 */
function censoredPiece(source: string, offset: number, length: number): boolean {
  const before = source.charCodeAt(offset - 1);
  const after = source.charCodeAt(offset + length);
  if (before !== 42 && after !== 42 && after !== 92) return false;
  let start = offset;
  // Bounded: a word longer than longestToken is no word to check anyway.
  while (start > 0 && offset - start <= longestToken && /[\p{L}*\\]/u.test(source[start - 1]!)) start--;
  let end = offset + length;
  while (end < source.length && end - offset <= longestToken && /[\p{L}*\\]/u.test(source[end]!)) end++;
  const chunk = source.slice(start, end);
  if (chunk.length > longestToken || !censoredWord.test(chunk)) return false;
  const bareRuns = (chunk.match(/(?:\\?\*)+/g) ?? []).filter((run) => !run.includes('\\'));
  return bareRuns.length <= 1;
}

const digitOrUnderscore = /[\p{N}_]/u;
const dottedLetters = /\p{L}\.\p{L}/u;
/** Two names joined by `::` (`Foo::Bar`, `crate::module`); not a run of colons in a sentence (`Note::`). */
const codePath = /[\p{L}\p{N}_>]::[\p{L}_]/u;
/** The whole path (`Vec<T>::new`, `std::io::Read`), from the start of its first name (the lookbehind keeps the scan linear). */
const codePathSpan = /(?<![\p{L}\p{N}_<>])[\p{L}\p{N}_<>]*[\p{L}\p{N}_>](?:::[\p{L}_][\p{L}\p{N}_<>]*)+/gu;

/**
 * Longer than any dictionary word (the longest English ones have 45 letters) and than any
 * sensible hyphenated compound: a base64 blob or minified code pasted into a post, not a word.
 * Skipped here, because the spelling checks (edits, suggestions) cost more than linear time in a
 * word's length: a 20,000-letter token took 38 s.
 */
export const longestToken = 64;

/** `'`, `’` and `-`: they join the parts of a word, but do not begin or end one. */
function joiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45;
}

function tokenize(masked: string, start: number, end: number, context: ProseContext, out: ProseToken[]): void {
  tokenizeText(masked, start, end, 0, masked, context, out);
}

// Hot: runs on every word of every file, so it reads char codes in place: no regex match, chunk or
// substring per word but the word itself (what `/\S+/g` then `/[\p{L}\p{M}\p{N}_'’-]+/gu` per chunk found).
/**
 * The words of `text[from, to)`, a stretch of the (masked) source, perhaps with more blanked; a word at
 * `i` in `text` is at `i + shift` in the source.
 */
export function tokenizeText(text: string, from: number, to: number, shift: number, masked: string, context: ProseContext, out: ProseToken[]): void {
  const first = out.length;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const chunkStart = i;
    let path = false;
    let dot = false;
    let colons = false;
    let escapes = false;
    for (; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) break;
      if (code === 92) escapes = true;
      else if (code === 47) path = true;
      else if (code === 46) dot = true;
      else if (code === 58 && text.charCodeAt(i + 1) === 58) colons = true;
    }
    // The chunk as a reader sees it: a backslash escape is the character it escapes (`languages\.erlang`
    // is `languages.erlang`); a backslash that escapes nothing, or an escaped one (`C:\\Users`), is shown.
    let chunk = text.slice(chunkStart, i);
    if (escapes) {
      chunk = rendered(chunk);
      path ||= chunk.includes('/') || chunk.includes('\\');
      dot = chunk.includes('.');
    }
    // Words set against each other by a slash (`internal/external`) are read; the rule judges whether they are words.
    const slashed = path && !escapes ? slashAlternatives(chunk) : undefined;
    if (slashed !== undefined) {
      const before = out.length;
      wordsOfChunk(text, chunkStart, i, shift, masked, context, out);
      for (let k = before; k < out.length; k++) out[k]!.slashed = slashed;
      continue;
    }
    // File paths and leftovers of URLs (`src/app.py`, `v/s`), file names, domains and
    // abbreviations with inner dots (`config.toml`, `Node.js`, `e.g.`) are not words;
    // nor a name joined by `::`, the path separator of Rust, C++, Ruby, PHP and Perl
    // (`reqwest::Response::error_for_status`, `std::vector`, `ActiveRecord::Base`).
    if (path || (dot && dottedLetters.test(chunk))) continue;
    // Only the path is code: prose glued to it by a dash or a bracket (`seperate—Foo::Bar`) is still read.
    if (colons && codePath.test(text.slice(chunkStart, i))) wordsAroundCodePaths(text, chunkStart, i, shift, masked, context, out);
    else wordsOfChunk(text, chunkStart, i, shift, masked, context, out);
  }
  for (let k = first; k < out.length; k++) if (afterSentenceEnd(masked, out[k]!.offset)) out[k]!.sentenceStart = true;
  if (context === 'body') {
    markNames(masked, out, first);
    markNameLists(masked, out, first);
  }
}

/**
 * Is `text[i]` a backslash escaping the character after it? CommonMark escapes any ASCII punctuation
 * ("Backslash escapes"); the pair renders as that character alone. A backslash before anything else is shown.
 */
export function escapedAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 92) return false;
  const next = text.charCodeAt(i + 1);
  return (next >= 33 && next <= 47) || (next >= 58 && next <= 64) || (next >= 91 && next <= 96) || (next >= 123 && next <= 126);
}

/** Text with its backslash escapes resolved, as a reader sees it (`pkgs\.foo\_bar` is `pkgs.foo_bar`). */
export function rendered(text: string): string {
  return text.includes('\\') ? text.replace(/\\([!-/:-@[-`{-~])/g, '$1') : text;
}

/** Each run of word characters in a chunk (no space in `text[from, to)`), as `/[\p{L}\p{M}\p{N}_'’-]+/gu` finds them. */
function wordsOfChunk(text: string, from: number, to: number, shift: number, masked: string, context: ProseContext, out: ProseToken[]): void {
  let runStart = -1;
  let numeric = false;
  for (let i = from; i <= to; ) {
    let kind = notWord;
    let width = 1;
    if (i < to) {
      const code = text.charCodeAt(i);
      // A letter beyond the first 65,536 (`𝒜`, CJK extension B) is a surrogate pair: one code point, as the `u` pattern read it.
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        kind = charClass(text.slice(i, i + 2));
        width = 2;
      } else if (code === 92 && text.charCodeAt(i + 1) === 95 && i + 1 < to) {
        // An escaped underscore is one a reader sees inside the word: `github\_cv` is the identifier `github_cv`.
        // Any other escape's backslash parts words, and the character it escapes is read where it stands.
        kind = numberOrUnderscore;
        width = 2;
      } else kind = unitClass(code);
    }
    if (kind !== notWord) {
      if (runStart < 0) {
        runStart = i;
        numeric = false;
      }
      if (kind === numberOrUnderscore) numeric = true;
    } else if (runStart >= 0) {
      addWord(text, runStart, i, numeric, shift, masked, context, out);
      runStart = -1;
    }
    i += width;
  }
}

/** The words of a chunk `text[from, to)` holding names joined by `::`, the paths left out. */
function wordsAroundCodePaths(text: string, from: number, to: number, shift: number, masked: string, context: ProseContext, out: ProseToken[]): void {
  let at = from;
  for (const match of text.slice(from, to).matchAll(codePathSpan)) {
    wordsOfChunk(text, at, from + match.index, shift, masked, context, out);
    at = from + match.index + match[0].length;
  }
  wordsOfChunk(text, at, to, shift, masked, context, out);
}

/** The word of the run `text[from, to)` (joiners trimmed, a compound as its parts), if it is one to check. */
function addWord(text: string, from: number, to: number, numeric: boolean, shift: number, masked: string, context: ProseContext, out: ProseToken[]): void {
  let lead = from;
  while (lead < to && joiner(text.charCodeAt(lead))) lead++;
  let tail = to;
  while (tail > lead && joiner(text.charCodeAt(tail - 1))) tail--;
  const word = text.slice(lead, tail);
  const offset = lead + shift;
  // `doin'`, `a-doin’`: a dropped g marked by the apostrophe (the word is `doing` spoken).
  const elided = tail < to && /in$/i.test(word) && (text.charCodeAt(tail) === 39 || text.charCodeAt(tail) === 0x2019);
  // A single letter is kept only where markup may join it to the next or last piece (`<b>i</b>ntegers`): joinAcrossMarkup drops it otherwise.
  // `numeric`: the run has a digit (`\p{N}`) or an underscore (joiners have neither, so the word has them if the run has).
  if ((word.length < 2 && !besideMarkup(masked, offset, word.length)) || word.length > longestToken || numeric) return;
  // A file extension (`.jsx`, `_.tsx_`) is not a word, nor the rest of a word glued to inline code (`` `g`reater ``).
  const before = masked.charCodeAt(offset - 1);
  if (before === 46 || before === 96) return;
  // Properties set on the literal, not spread in: a spread allocates a second object per word. Only set when true, as before.
  if (!word.includes('-')) {
    const token = newToken(word, offset, context, undefined);
    if (elided) token.elided = true;
    out.push(token);
    return;
  }
  const parts = word.split('-');
  let at = offset;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.length >= 2) {
      const token = newToken(part, at, context, word);
      if (i < parts.length - 1) token.prefix = true;
      else token.suffix = true;
      if (elided && i === parts.length - 1) token.elided = true;
      out.push(token);
    }
    at += part.length + 1;
  }
}

/**
 * A token with every field of ProseToken present from the start, the unset ones undefined (a reader
 * cannot tell: they are only compared with undefined or read as false). Fields added later one by one,
 * in different orders (`sentenceStart`, `block`, `name`, `named`…), gave the tokens of a page a dozen
 * hidden classes, and every rule's loop over them read each field through a megamorphic lookup.
 */
function newToken(text: string, offset: number, context: ProseContext, compound: string | undefined): ProseToken {
  return {text, offset, shape: shapeOf(text), context, compound, prefix: undefined, suffix: undefined, sentenceStart: undefined, block: undefined, name: undefined, named: undefined, titled: undefined, joined: undefined, elided: undefined, lang: undefined, slashed: undefined, titleField: undefined};
}

/** What a character is to the tokenizer: no word character; a letter, mark or joiner; a number (`\p{N}`) or `_`. */
const notWord = 1;
const wordLetter = 2;
const numberOrUnderscore = 3;
const wordChar = /^[\p{L}\p{M}\p{N}_'’-]$/u;
const numberChar = /^[\p{N}_]$/u;

function charClass(char: string): number {
  return !wordChar.test(char) ? notWord : numberChar.test(char) ? numberOrUnderscore : wordLetter;
}

/** charClass by UTF-16 unit, worked out once each (0: not yet); a lone surrogate is no word character, as in a `u` pattern. */
const unitClasses = new Uint8Array(0x10000);

function unitClass(code: number): number {
  let kind = unitClasses[code]!;
  if (kind === 0) unitClasses[code] = kind = charClass(String.fromCharCode(code));
  return kind;
}

/** `/\s/` (no `u` flag) by char code: ECMAScript's white space and line terminators. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Right after `>` or before `<` (or a soft hyphen or emphasis mark on either side): where markup may join a letter to a word. */
function besideMarkup(masked: string, offset: number, length: number): boolean {
  const before = masked[offset - 1];
  const after = masked[offset + length];
  // `[` and `)`/`]`: a link's markup, which a word may run on across (`s[hould read](url)`).
  return before === '>' || before === '\u00AD' || after === '<' || after === '\u00AD' || (before !== undefined && '*_~)]'.includes(before)) || (after !== undefined && '*_~['.includes(after));
}

/** Words of a link's text that its URL spells out name the target (a repository, a package, a site). */
function markNamed(tokens: ProseToken[], from: number, url: string, title = false): void {
  const target = url.toLowerCase();
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (target.includes(token.text.toLowerCase()) || (token.compound && target.includes(token.compound.toLowerCase()))) token.named = true;
    else if (title) token.named = token.titled = true;
  }
}

/**
 * markNamed for the words of raw HTML links (spans from rawLinkSpans), for a capitalized word the
 * address spells as written (`<a href="…#Wirth_languages">Wirth languages</a>`): a name, as
 * Wikipedia's titles keep a name's capital. A lower-case word the address repeats may be a file
 * named after the text, typo and all (`…-comparision.xlsx">… comparision</a>`): still read. Every
 * word of a link whose whole text is the title its address slugs (slugged-title.ts), the tag
 * a tag page's address ends in (tag-links.ts), or one word the address names as a project
 * (linked-names.ts `linkTextNamesProject`: `<a href="https://zorblatproject.github.io/zorblat">zorblat</a>`), is named.
 */
function markRawNamed(tokens: ProseToken[], links: ReadonlyArray<[number, number, string]>, source: string): void {
  if (links.length === 0) return;
  const titles = new Map<number, boolean>();
  for (const token of tokens) {
    const link = spanAt(links, token.offset);
    if (!link) continue;
    let title = titles.get(link[0]);
    if (title === undefined) {
      const text = rawLinkText(source, link);
      titles.set(link[0], (title = sluggedTitle(text, link[2]) || tagLink(text, link[2]) || linkTextNamesProject(text, link[2])));
    }
    if (/^\p{Lu}/u.test(token.text) && (link[2].includes(token.text) || (token.compound !== undefined && link[2].includes(token.compound)))) token.named = true;
    else if (title) token.named = token.titled = true;
  }
}

/**
 * A comma-separated list of people (`Ana Gómez, Ananthakumar, chrisfinazzo, Mike Kruk`): a
 * one-word item next to an item already taken for a name is a name or a handle too.
 */
function markNameLists(masked: string, tokens: ProseToken[], from: number): void {
  // Only a list that is mostly names: at least three full names (six words) in this run of text.
  let names = 0;
  for (let i = from; i < tokens.length; i++) if (tokens[i]!.name) names++;
  if (names < 6) return;
  const listed = (a: ProseToken, b: ProseToken): boolean => /^\s*,\s*(?:and\s+)?$/.test(masked.slice(a.offset + a.text.length, b.offset));
  const single = (i: number): boolean => {
    const token = tokens[i]!;
    if (token.compound) return false;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    return (i === from || !previous || listed(previous, token)) && (!next || listed(token, next));
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let k = from; k < tokens.length; k++) {
      const i = pass === 0 ? k : tokens.length - 1 - (k - from);
      const token = tokens[i]!;
      if (token.name || !single(i)) continue;
      const previous = i > from ? tokens[i - 1] : undefined;
      const next = tokens[i + 1];
      if ((previous?.name && listed(previous, token)) || (next?.name && listed(token, next))) token.name = true;
    }
  }
}

/** `/[\s"'“‘([*_]/` as char codes: this runs for every word of every file. */
function skippedBeforeWord(code: number): boolean {
  if (code === 32 || code === 34 || code === 39 || code === 40 || code === 91 || code === 42 || code === 95 || code === 0x201c || code === 0x2018) return true;
  return isSpace(code);
}

/** Is the nearest mark before this offset (past spaces, quotes, brackets, emphasis) a full stop, `!`, `?` or `:`? */
function afterSentenceEnd(masked: string, offset: number): boolean {
  let i = offset - 1;
  // An escape's backslash (`\*Note`) renders as nothing: passed over like the mark it escapes.
  while (i >= 0 && (skippedBeforeWord(masked.charCodeAt(i)) || escapedAt(masked, i))) i--;
  if (i < 0) return false;
  const c = masked[i];
  return c === '.' || c === '!' || c === '?' || c === ':';
}

/** `API`, `APIs`, `ORM` are acronyms; `camelCase`, `PascalCase`, `GitHub`, `macOS` are identifier-shaped. */
export function shapeOf(word: string): Shape {
  // Most words are ASCII: read their capitals by char code, no Unicode pattern needed.
  const ascii = asciiShape(word);
  if (ascii !== undefined) return ascii;
  if (/^\p{Lu}{2,}(?:s|['’]s)?$/u.test(word)) return 'acronym';
  if (/\p{Ll}\p{Lu}/u.test(word) || /\p{Lu}{2}\p{Ll}/u.test(word)) return 'identifier';
  return 'word';
}

/**
 * shapeOf's answer for a word of ASCII characters only (undefined for any other), the same as its
 * patterns give, where `\p{Lu}` is A-Z and `\p{Ll}` is a-z.
 */
function asciiShape(word: string): Shape | undefined {
  let leadingCapitals = 0;
  let identifier = false;
  let previous = 0; // 1: a-z, 2: A-Z, 0: anything else
  let beforePrevious = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return undefined;
    const kind = code >= 97 && code <= 122 ? 1 : code >= 65 && code <= 90 ? 2 : 0;
    if (kind === 2 && leadingCapitals === i) leadingCapitals++;
    // `\p{Ll}\p{Lu}` (`camelCase`, `GitHub`) or `\p{Lu}{2}\p{Ll}` (`TSConfig`).
    if ((kind === 2 && previous === 1) || (kind === 1 && previous === 2 && beforePrevious === 2)) identifier = true;
    beforePrevious = previous;
    previous = kind;
  }
  // `^\p{Lu}{2,}(?:s|['’]s)?$`: what follows the capitals cannot start with one, so the run is the whole of them.
  const rest = word.length - leadingCapitals;
  if (leadingCapitals >= 2 && (rest === 0 || (rest === 1 && word.endsWith('s')) || (rest === 2 && word.endsWith("'s")))) return 'acronym';
  return identifier ? 'identifier' : 'word';
}

const capitalized = /^\p{Lu}\p{Ll}/u;

function markNames(masked: string, tokens: ProseToken[], from: number): void {
  for (let i = from + 1; i < tokens.length; i++) {
    const previous = tokens[i - 1]!;
    const current = tokens[i]!;
    if (current.compound || previous.compound) continue;
    if (!capitalized.test(previous.text) || !capitalized.test(current.text)) continue;
    if (!/^[ \t]+$/.test(masked.slice(previous.offset + previous.text.length, current.offset))) continue;
    previous.name = true;
    current.name = true;
  }
}

/**
 * The forms (as written, a possessive's `'s` aside) of the words a page gives as link text that the
 * link's address spells out (`[Shotcut](https://www.shotcut.org/)`, `[opencode Go](https://opencode.ai/go)`),
 * a hyphenated compound as a whole (`[herdr-reviewr](https://github.com/o/herdr-reviewr)`): the page's
 * own names for those targets, written so on the whole page.
 */
export function namedForms(tokens: readonly ProseToken[]): Set<string> {
  const forms = new Set<string>();
  for (const token of tokens) {
    if (!token.named || token.titled) continue;
    // A compound as a whole (`herdr-reviewr`), never its parts alone.
    const form = token.compound ?? token.text.replace(/['’]s$/i, '');
    forms.add(form);
    // A name linked in lower case (`[dacquiri](https://docs.rs/dacquiri)`) takes its first capital where
    // a sentence or a verse line opens with it (`Dacquiri: …`); a capitalized link text says nothing of a lower-case word.
    if (form !== '' && form === form.toLowerCase()) forms.add(form[0]!.toUpperCase() + form.slice(1));
  }
  return forms;
}
