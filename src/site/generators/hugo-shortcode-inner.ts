/**
 * A Hugo shortcode of the site (or its theme) whose template transforms the text between its tags
 * before it reaches the page. Hugo hands a paired shortcode's template that text, unrendered, as
 * `.Inner` (`.InnerDeindent` without its indentation); what the template writes replaces the whole
 * call. With `{{% %}}` the output is rendered as Markdown with the page, with `{{< >}}` it is inserted
 * as is (gohugo.io content-management/shortcodes, templates/shortcode: "`.Inner` … the content between
 * the opening and closing shortcode tags"; hugolib/shortcode.go renderShortcode). So a link written
 * inside is the page's link only when the template writes `.Inner` whole: as it is, through
 * `markdownify` / `.Page.RenderString`, `safeHTML`, trimmed, or formatted into a wrapper (`printf`).
 * A template that edits the text (`replace`, `replaceRE`, `strings.*`, `split`…) or hands it to
 * something postlint does not follow (a `partial`, a template of its own) makes the links inside
 * unverifiable, the reason naming the shortcode and what it does to the text.
 */
import {hugoShortcodeTemplate} from './hugo-shortcode-files.js';
import {perSite} from './common.js';
import type {SiteInfo} from './types.js';

/** `.Inner`, `.InnerDeindent`, `$.Inner` as the template reads them. */
const innerRead = /\.Inner(?:Deindent)?\b/;
/**
 * Functions that write the text they are given whole, or only test it (`strings.ContainsNonSpace .Inner`,
 * `hasPrefix`, `in`: a yes or a count, never text): the links in it stay as written. `range` walks the pieces a
 * `split` makes (a string itself cannot be ranged over).
 */
const keeping = new Set(['markdownify', 'transform.markdownify', 'safehtml', 'safe.html', 'htmlunescape', 'transform.htmlunescape', 'chomp', 'strings.chomp', 'trim', 'strings.trim', 'strings.trimspace', 'print', 'printf', 'println', 'fmt.print', 'fmt.printf', 'fmt.println', 'if', 'with', 'else', 'end', 'and', 'or', 'not', 'len', 'eq', 'ne', 'default', 'return', 'dict', 'range', 'strings.containsnonspace', 'strings.contains', 'strings.containsany', 'hasprefix', 'strings.hasprefix', 'hassuffix', 'strings.hassuffix', 'in', 'collections.in', 'strings.count', 'countwords', 'strings.countwords', 'countrunes', 'strings.countrunes', 'strings.runecount']);

/** The template's actions, `{{ … }}`, without its comments: `code` with quoted text emptied (a `"|"` is no pipe), `raw` as written. */
function actions(template: string): Array<{code: string; raw: string}> {
  const text = template.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '');
  return [...text.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)].map((match) => ({raw: match[1]!, code: match[1]!.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '""')}));
}

/** The functions an action calls: words not read from a value (`.Page.RenderString`, `$x`), lower-cased. */
function calledFunctions(action: string): string[] {
  return [...action.matchAll(/(?<![.$\w])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)/g)].map((match) => match[1]!.toLowerCase());
}

/** A Go template string literal's text (`"(./"`, `` `(./` ``). */
function literal(text: string): string {
  return text.startsWith('`') ? text.slice(1, -1) : text.slice(1, -1).replace(/\\(.)/g, '$1');
}

const quoted = '("(?:[^"\\\\]|\\\\.)*"|\\x60[^\\x60]*\\x60)';
/** `replace X "old" …` (X a word or a parenthesized pipeline) and `… | replace "old" …`: the text replaced. */
const replaceCall = new RegExp(`(?:\\|\\s*(?:strings\\.)?replace\\s+${quoted}|\\b(?:strings\\.)?replace\\s+(?:\\([^()]*\\)|[^\\s()"\\x60]+)\\s+${quoted})`, 'gi');

/** `split .Inner "<--->"` (X a word or a parenthesized pipeline) and `… | split "<--->"`: the separator it cuts at. */
const splitCall = new RegExp(`(?:\\|\\s*(?:strings\\.)?split\\s+${quoted}|\\b(?:strings\\.)?split\\s+(?:\\([^()]*\\)|[^\\s()"\\x60]+)\\s+${quoted})`, 'gi');

/**
 * What a template does to its inner text: the first function that edits or takes it, and, when every edit is
 * a `replace` or a `split` of a literal, the texts it replaces and the separators it cuts at.
 */
export interface InnerEdit {
  what: string;
  replaced?: string[];
  /** Separators a literal `split` cuts the text at (hugo-book's `columns`: `range split .Inner "<--->"`), each piece written on its own. */
  cut?: string[];
}

/**
 * What the template does to its inner text, when it does more than write it; undefined when every read of
 * `.Inner` (and of a variable set from it) writes it whole.
 */
export function innerEdit(template: string): InnerEdit | undefined {
  const all = actions(template);
  // Variables set from the inner text (`$text := .Inner`), read like it.
  const names = new Set<string>();
  for (const {code} of all) {
    const set = /^\s*(\$\w+)\s*:?=\s*(.*)$/s.exec(code);
    if (set && innerRead.test(set[2]!)) names.add(set[1]!);
  }
  const reads = (code: string): boolean => innerRead.test(code) || [...names].some((name) => new RegExp(`\\${name}(?![\\w.])`).test(code));
  let what: string | undefined;
  let replaced: string[] | undefined = [];
  const cut: string[] = [];
  for (const {code, raw} of all) {
    if (!reads(code)) continue;
    const others = calledFunctions(code).filter((name) => !keeping.has(name));
    if (others.length === 0) continue;
    what ??= others[0]!;
    const literals = [...raw.matchAll(replaceCall)].map((match) => literal(match[1] ?? match[2]!));
    const separators = [...raw.matchAll(splitCall)].map((match) => literal(match[1] ?? match[2]!));
    // Only literal replaces and splits, one for each: the texts they match are known.
    const onlyLiteral = others.every((name) => /^(?:strings\.)?(?:replace|split)$/.test(name)) && literals.length + separators.length === others.length;
    replaced = onlyLiteral && replaced ? [...replaced, ...literals] : undefined;
    cut.push(...separators);
  }
  if (what === undefined) return undefined;
  return replaced ? {what, replaced, ...(cut.length > 0 ? {cut} : {})} : {what};
}

/** The function that edits or takes the inner text (`replace`, `partial`), if any. */
export function innerTransform(template: string): string | undefined {
  return innerEdit(template)?.what;
}

/**
 * Does replacing `old` in the text touch a link to `url`? `(./` opens an inline link's destination: the URL
 * starts with `./`. Another text touches it when the URL holds it, or when it holds Markdown's link syntax
 * (brackets, quotes, spaces), which postlint cannot place in the written link.
 */
export function replacementTouches(old: string, url: string): boolean {
  if (old === '') return false;
  if (/^[(<]/.test(old)) {
    const rest = old.slice(1);
    return /[()[\]<>"'\s]/.test(rest) || url.startsWith(rest);
  }
  return /[()[\]<>"'\s]/.test(old) || url.includes(old);
}

const verdicts = perSite((): Map<string, InnerEdit | undefined> => new Map());

/**
 * Why a link to `url` written inside `call` (`{{% fixlinks %}}`) is not the page's as written: its template
 * transforms the inner text (for a literal `replace`, only where the replaced text meets the link); undefined
 * when it writes the text whole, or the template is not in the checkout (a built-in or a module's shortcode:
 * read as written).
 */
export function hugoShortcodeInnerReason(name: string, call: string, site: SiteInfo, url: string): string | undefined {
  const known = verdicts(site);
  if (!known.has(name)) {
    const template = hugoShortcodeTemplate(name, site);
    known.set(name, template === undefined ? undefined : innerEdit(template));
  }
  const edit = known.get(name);
  if (edit === undefined) return undefined;
  if (edit.replaced) {
    // A piece a separator cuts off is written whole: only a link holding the separator is cut (one whose text holds it is not placed).
    const severed = edit.cut?.find((separator) => separator !== '' && url.includes(separator));
    if (severed !== undefined) return `written inside the site's shortcode ${call}, whose template splits the text between its tags at ${JSON.stringify(severed)}, which this link holds: the link it writes is not the one written here`;
    const touching = edit.replaced.filter((old) => replacementTouches(old, url));
    if (touching.length === 0) return undefined;
    return `written inside the site's shortcode ${call}, whose template replaces ${touching.map((old) => JSON.stringify(old)).join(', ')} in the text between its tags before it reaches the page: the link it writes is not the one written here`;
  }
  return `written inside the site's shortcode ${call}, whose template passes the text between its tags to ${edit.what} before it reaches the page: the link it writes is not the one written here`;
}
