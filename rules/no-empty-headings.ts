/**
 * # no-empty-headings
 *
 * Default: **error**. A heading with no visible text: nothing, only whitespace, only punctuation
 * (Markdown's own markers among it), or only markup — `## `, `### :`, `## **`, `## ~~`, `### ###`,
 * `## {#changelog}` (an id with no text), `## <span class="icon"></span>`, `## <!-- x -->`.
 *
 * ```
 * 24:1  error  Heading `## {#changelog}` has no visible text; write a title for it or remove it  no-empty-headings
 * ```
 *
 * No options. Counted as text: letters and numbers, inline code (`` ## `async def` ``), an image
 * (`## ![Logo](logo.png)`, and `### ![](shot.png)` with no alt text: the reader sees the picture;
 * `## ![]()`, with no source, shows nothing and is reported, and so is an image line with no alt
 * text and `---` under it, a setext heading no one meant: the rule was to be a break), emoji, and symbols (`### ==`, `### >=`, `## $`: an operator's
 * heading over what it does), which readers see, and a question mark or an ellipsis (`## ？`, `## ?`, `## …`: a
 * closing "questions?" section, a sign read as a word), and a character escaped with a backslash (`## \*`:
 * CommonMark shows the `*` itself, a wildcard's heading); other punctuation alone (`:`, `!`, `---`, `## **`) is not. A heading level that the page
 * hides with its own `<style>` (`h1 { display: none; }`, as docs home pages do to show a logo
 * instead of a title) is not seen, and not reported. On an MkDocs site with the Material theme, a
 * page's only level-1 heading left empty (`#` over a `!!swagger …!!` embed that fills the page) is
 * how the page goes without a title: Material adds the title as a level-1 heading only to a page
 * that has none, and the empty one shows nothing. With another level-1 heading on the page, or
 * another theme, it is reported.
 *
 * Left alone: headings with any visible text, however short (`## 1`, `## ✅`), heading levels
 * the page hides, a heading written as a divider, its whole text a thematic break's run (`## ---`,
 * `### * * *`, `## ___`): its author typed a divider on purpose, and one who forgot a title leaves
 * nothing, a stray mark or an id (how the site shows the divider is its own CSS, which postlint does
 * not read; `## --` or `## -*-` is no break's run and is still reported), and a heading of symbols its own section writes as inline code,
 * alone or as an operator between its operands (`### !` over "`!` negates the test", `## !~` over "`name !~ regex`": the title of
 * that operator; `## ~` over a section whose code has no such `~` token is still reported), and what Markdown would read as a heading
 * inside a paired shortcode or block tag whose body a template transforms (Eleventy's paired shortcodes,
 * Jekyll block tags, Hugo's `{{< name >}}…{{< /name >}}`; not control flow such as `{% if %}`, nor
 * Hugo's `{{% name %}}`, whose body is the page's Markdown), and a file a program wrote, by its own
 * word (Go's `Code generated … DO NOT EDIT.` line, spf13/cobra's closing tag: see `no-empty-sections`). An empty section under a heading with text is `no-empty-sections`' finding.
 *
 * Where the site's converter is kramdown reading GFM (Jekyll's default), hashes alone on a line
 * (`#`, `## `) are no heading: kramdown needs a space and a title after them and shows the line as
 * text. Such a line (indented or in a quote) is still reported, as the stray mark the page
 * shows (`Line `##` is no heading to kramdown…`); after a list marker (`* #`, the `#` of a format's
 * specifiers) it is the item's text, and left alone.
 *
 * ## Examples
 *
 * Fails:
 *
 * ```md example
 * ## {#changelog}
 * ```
 *
 * ```text output
 * 1:1  error  Heading `## {#changelog}` has no visible text; write a title for it or remove it  no-empty-headings
 * ```
 *
 * Passes:
 *
 * ```md example
 * ## Changelog {#changelog}
 *
 * ## ![Logo](logo.png)
 *
 * ## `async def`
 *
 * ## 1
 *
 * ## ✅
 * ```
 *
 * ```text output
 * no findings
 * ```
 */
import type {Heading, Html, Nodes, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {walk} from '../src/walk.js';
import {defineRule} from '../src/rule-kit.js';
import {inRange, pairedTagRanges} from '../src/paired-tags.js';
import {generatorOf} from '../src/site/generators/index.js';
import {hasVisibleText, stripCustomId} from '../src/text/visible.js';
import {generatedBy} from '../src/text/generated-marker.js';
import {bareHashLine} from '../src/kramdown-atx-heading.js';
import type {Position} from 'unist';
import {eachOfTypes} from '../src/node-index.js';

/** Heading levels a `<style>` block in the page hides (`h1 { display: none; }`), added to `hidden`. */
function hideLevels(node: Html, hidden: Set<number>): void {
  for (const style of node.value.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const rule of style[1]!.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (!/display\s*:\s*none/i.test(rule[2]!)) continue;
      for (const level of rule[1]!.matchAll(/(?:^|[\s,>+~])h([1-6])(?![\w-])/gi)) hidden.add(Number(level[1]));
    }
  }
}

export default defineRule({
  meta: {
    id: 'no-empty-headings',
    // A draft may be unfinished: no-drafts reports it, no-unpublished-links the links into it.
    leavesDraftsAlone: true,
    description: 'Headings with no visible text (empty, only markup, an id or a stray mark such as `:`; not a `## ---` divider or a `## ？` sign)',
    severity: 'error',
    messages: {
      empty: 'Heading `{{heading}}` has no visible text; write a title for it or remove it',
      bareHashes: 'Line `{{line}}` is no heading to kramdown (it needs a space and a title after the hashes): the page shows a stray `{{line}}`; write a title after it or remove it',
    },
  },
  file({tree, text, site, path, report}) {
    // A file a program wrote (cobra's command docs, Go's `Code generated … DO NOT EDIT.`): its headings are the program's, not the editors'.
    if (generatedBy(tree) !== undefined) return;
    // The headings, and the levels a style block anywhere in the page hides (the page's nodes by type: node-index.ts).
    const hidden = new Set<number>();
    const headings: Heading[] = [];
    eachOfTypes(tree, ['heading', 'html'], (node) => {
      if (node.type === 'heading') headings.push(node);
      else hideLevels(node, hidden);
    });
    // Lines Markdown reads as headings inside a paired shortcode are the template's input (a `===` separator between samples), not headings.
    const paired = pairedTagRanges(text, {liquid: generatorOf(site).liquid === true});
    // A theme that titles only pages without a level-1 heading (Material for MkDocs): a lone empty `#` is how a page goes untitled.
    const untitled = site !== undefined && generatorOf(site).untitledByEmptyHeading?.(site) !== undefined && headings.filter((node) => node.depth === 1).length === 1;
    for (const node of headings) {
      if (!node.position || headingHasText(node, isAtx(node, text), text) || hidden.has(node.depth)) continue;
      if (untitled && node.depth === 1) continue;
      if (inRange(paired, node.position.start.offset ?? -1)) continue;
      if (namesSectionCode(tree, node)) continue;
      if (isDivider(node)) continue;
      const shown = text.slice(node.position.start.offset, node.position.end.offset).trim();
      report({messageId: 'empty', data: {heading: shown}, place: node.position});
    }
    // kramdown's GFM parser reads hashes alone on a line as text (src/kramdown-atx-heading.ts): the stray mark is still on the page.
    if (site === undefined || generatorOf(site).markdownDialect?.(site, path).atxHeadings !== 'kramdown-gfm') return;
    for (const line of bareHashLines(tree, text)) {
      if (!hidden.has(line.depth) && !inRange(paired, line.place.start.offset ?? -1)) report({messageId: 'bareHashes', data: {line: line.text}, place: line.place});
    }
  },
});

/**
 * The lines of the page's paragraphs that are hashes alone with only white space or a quote's `>`
 * before them on their source line (`##`, `  ##`, `> ##`; not after a list marker): what a
 * CommonMark heading left empty is to kramdown.
 */
/** White space and quote markers (`> `, `> > `) at the start of a line. */
const quotePrefix = /^(?:[ \t]*>)*[ \t]*/;

function bareHashLines(tree: Root, text: string): Array<{text: string; depth: number; place: Position}> {
  const found: Array<{text: string; depth: number; place: Position}> = [];
  // Most pages have no such line: one look at the text before any walk.
  if (!/^(?:[ \t]*>)*[ \t]*#{1,6}[ \t]*\r?$/m.test(text)) return found;
  walk(tree, (node) => {
    if (node.type !== 'paragraph' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
    let offset = node.position.start.offset;
    let line = node.position.start.line;
    for (const raw of text.slice(offset, node.position.end.offset).split('\n')) {
      const value = raw.replace(/\r$/, '');
      const indent = quotePrefix.exec(value)![0].length;
      const at = offset + indent;
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      if (bareHashLine.test(value.slice(indent)) && quotePrefix.exec(text.slice(lineStart, at))![0].length === at - lineStart) {
        const shown = value.slice(indent).trimEnd();
        const column = at - lineStart + 1;
        found.push({text: shown, depth: shown.length, place: {start: {line, column, offset: at}, end: {line, column: column + shown.length, offset: at + shown.length}}});
      }
      offset += raw.length + 1;
      line++;
    }
  });
  return found;
}

/**
 * A heading whose whole text is a thematic break's run (`## ---`, `## * * *`, `## ___`: three or
 * more of one of `-`, `*`, `_`, spaces between, as CommonMark reads a break) was written on
 * purpose: its author typed a divider. This rule finds a title forgotten, and an author who forgot
 * a title leaves nothing (`## `), a stray mark (`### :`, `## **`) or an id, never a break's run, so
 * "write a title for it" would be wrong here. How the site shows it is its CSS, not read here (no
 * claim that it draws a rule). `## --` or `## -*-` is no break's run: still reported.
 */
const dividerRun = /^([-*_])(?:[ \t]*\1){2,}$/;

function isDivider(heading: Heading): boolean {
  return dividerRun.test(toString(heading).trim());
}

/** The symbol is a token of its own with an operand on each side (`name !~ pattern`; not a prompt's `$ npm i`). */
function isOperatorOf(code: string, symbol: string): boolean {
  const tokens = code.trim().split(/\s+/);
  return tokens.slice(1, -1).includes(symbol);
}

/**
 * A heading of symbols that its own section writes as code names that operator: the symbol is its
 * title. The code is the symbol alone (`### !` over "`!` negates the test") or the operator
 * between its operands, a token of its own between spaces (`## ~` over "`string ~ regex` matches…",
 * `## !~` over "`string !~ regex`"), in inline code: a usage line. Not in a code block, whose
 * prompts, comments and list markers (`$`, `#`, `-`, `>`) stand alone as tokens without naming anything. A lone
 * `### :` is still empty, and so is `## ~` over a section whose code has `~` only inside a token (`~/.bashrc`) or none.
 */
function namesSectionCode(tree: Root, heading: Heading): boolean {
  const symbol = toString(heading).trim();
  if (symbol === '') return false;
  const index = tree.children.indexOf(heading);
  if (index < 0) return false;
  for (const block of tree.children.slice(index + 1)) {
    if (block.type === 'heading' && block.depth <= heading.depth) break;
    let found = false;
    walk(block, (node) => {
      if (node.type === 'inlineCode' && (node.value.trim() === symbol || isOperatorOf(node.value, symbol))) found = true;
    });
    if (found) return true;
  }
  return false;
}

/**
 * A symbol (Unicode's class S: `=`, `<`, `>`, `+`, `|`, `$`, `©`, `→`) is something a reader sees and
 * reads as a name: `### ==` and `### >=` over a table of what each comparison operator becomes
 * title those operators. Punctuation is not (`:`, `.`, `-`, `*`, `#`, `!`, `?`, `&`): alone it is a
 * stray mark or Markdown's own markers left over, what a forgotten title leaves. The symbols
 * Markdown writes as markup (`` ` `` for code, `~` for strike-through, `^` for superscript in some
 * flavours) count as markers, not symbols.
 */
const symbol = /[\p{S}]/u;
const markupSymbols = /[`~^]/g;

function namesSymbol(value: string): boolean {
  return symbol.test(value.replace(markupSymbols, ''));
}

/**
 * A question mark or an ellipsis is a sign a reader reads as a word: `## ？` (full-width, as CJK text
 * writes it) or `## ?` over a closing "any questions?" section, `## …` for "more to come". A
 * forgotten title leaves nothing, Markdown's markers or an id, not a question; the stray marks a slip
 * leaves (`:`, `!`, `-`, `.`) are still not text.
 */
const sign = /[?\uFF1F\u00BF\u2026\u203D]/u;

function showsSign(value: string): boolean {
  return sign.test(value);
}

const htmlImage = /<img\b[^>]*>/i;
const attribute = (name: string): RegExp => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
const altAttribute = attribute('alt');
const srcAttribute = attribute('src');

function attributeValue(tag: string, pattern: RegExp): string {
  return pattern.exec(tag)?.slice(1).find((v) => v !== undefined) ?? '';
}

function htmlImageShows(html: string, picture: boolean): boolean {
  const tag = htmlImage.exec(html)?.[0];
  if (tag === undefined) return hasVisibleText(attributeValue(html, altAttribute));
  return hasVisibleText(attributeValue(tag, altAttribute)) || (picture && attributeValue(tag, srcAttribute).trim() !== '');
}

/** Is the heading written with `#` marks (ATX), not underlined (setext)? */
function isAtx(node: Heading, text: string): boolean {
  return text.charAt(node.position?.start.offset ?? -1) === '#';
}

/**
 * Does the heading show something? `picture` says whether an image with no alt text counts: in a
 * heading typed with `#` marks (`### ![](shot.png)`) the writer put the picture there on purpose;
 * an image line with `---` under it is a setext heading no one meant (the rule meant as a break
 * after the picture), and without alt text it titles nothing: reported.
 */
function headingHasText(node: Heading, picture: boolean, source: string): boolean {
  const last = node.children.length - 1;
  return node.children.some((child, i) => inlineHasText(child as Nodes, i === last, picture, source));
}

/**
 * A CommonMark backslash escape (`\*`, `\#`, `\_`: a backslash before ASCII punctuation) asks for the
 * character itself, not the markup it would start: the page shows it (`## \*` shows "*", a wildcard's
 * heading). A stray mark left unescaped (`## **`, `### :`) is still no text.
 */
const escapedPunctuation = /\\[!-/:-@[-`{-~]/;

function writesEscape(node: Nodes, source: string): boolean {
  const {start, end} = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return false;
  return escapedPunctuation.test(source.slice(start.offset, end.offset));
}

function inlineHasText(node: Nodes, isLast: boolean, picture: boolean, source: string): boolean {
  switch (node.type) {
    case 'text': {
      const value = isLast ? stripCustomId(node.value) : node.value;
      return hasVisibleText(value) || namesSymbol(value) || showsSign(value) || (value.trim() !== '' && writesEscape(node, source));
    }
    case 'inlineCode':
      return node.value.trim() !== '';
    case 'image':
      // The reader sees the picture itself, alt text or none (`### ![](shot.png)` shows a screenshot);
      // only an image with no source (`## ![]()`) shows nothing.
      return hasVisibleText(node.alt ?? '') || (picture && node.url.trim() !== '');
    case 'imageReference':
      return hasVisibleText(node.alt ?? '') || (picture && node.identifier !== '');
    case 'html':
      // Inline HTML is markup; an <img> with a source or alt text is as visible as a Markdown image.
      return htmlImageShows(node.value, picture);
    default:
      if ('children' in node) {
        const last = node.children.length - 1;
        return node.children.some((child, i) => inlineHasText(child as Nodes, isLast && i === last, picture, source));
      }
      return false;
  }
}
