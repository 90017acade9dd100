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
/** Functions that write the text they are given whole (or test it): the links in it stay as written. */
const keeping = new Set(['markdownify', 'transform.markdownify', 'safehtml', 'safe.html', 'htmlunescape', 'transform.htmlunescape', 'chomp', 'strings.chomp', 'trim', 'strings.trim', 'strings.trimspace', 'print', 'printf', 'println', 'fmt.print', 'fmt.printf', 'fmt.println', 'if', 'with', 'else', 'end', 'and', 'or', 'not', 'len', 'eq', 'ne', 'default', 'return', 'dict']);

/** The template's actions, `{{ … }}`, without its comments and with quoted text emptied (a `"|"` is no pipe). */
function actions(template: string): string[] {
  const code = template.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '');
  return [...code.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)].map((match) => match[1]!.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '""'));
}

/** The functions an action calls: words not read from a value (`.Page.RenderString`, `$x`), lower-cased. */
function calledFunctions(action: string): string[] {
  return [...action.matchAll(/(?<![.$\w])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)/g)].map((match) => match[1]!.toLowerCase());
}

/**
 * What the template does to its inner text, when it does more than write it: the function that edits it or
 * takes it (`replace`, `partial`); undefined when every read of `.Inner` (and of a variable set from it)
 * writes it whole.
 */
export function innerTransform(template: string): string | undefined {
  const all = actions(template);
  // Variables set from the inner text (`$text := .Inner`), read like it.
  const names = new Set<string>();
  for (const action of all) {
    const set = /^\s*(\$\w+)\s*:?=\s*(.*)$/s.exec(action);
    if (set && innerRead.test(set[2]!)) names.add(set[1]!);
  }
  const reads = (action: string): boolean => innerRead.test(action) || [...names].some((name) => new RegExp(`\\${name}(?![\\w.])`).test(action));
  for (const action of all) {
    if (!reads(action)) continue;
    const other = calledFunctions(action).find((name) => !keeping.has(name));
    if (other !== undefined) return other;
  }
  return undefined;
}

const verdicts = perSite((): Map<string, string | undefined> => new Map());

/**
 * Why links written inside `call` (`{{% fixlinks %}}`) are not the page's as written: its template transforms
 * the inner text; undefined when it writes it whole, or the template is not in the checkout (a built-in or a
 * module's shortcode: read as written).
 */
export function hugoShortcodeInnerReason(name: string, call: string, site: SiteInfo): string | undefined {
  const known = verdicts(site);
  if (!known.has(name)) {
    const template = hugoShortcodeTemplate(name, site);
    known.set(name, template === undefined ? undefined : innerTransform(template));
  }
  const what = known.get(name);
  return what === undefined ? undefined : `written inside the site's shortcode ${call}, whose template passes the text between its tags to ${what} before it reaches the page: the link it writes is not the one written here`;
}
