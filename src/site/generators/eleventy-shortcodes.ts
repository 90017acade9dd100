/**
 * Paired shortcodes a site's Eleventy config defines (`addPairedShortcode("name", fn)`, and the
 * engine-specific `addPairedNunjucksShortcode`, `addPairedLiquidShortcode`, their `Async` forms):
 * Eleventy calls `fn(body, ...args)` on the text between `{% name %}` and `{% endname %}` and puts
 * what it returns in the page before Markdown runs (Eleventy's UserConfig). What the body becomes
 * is the function's to say: a code sample highlighted to HTML (`codeToHtml(code, …)`), a figure,
 * nothing. So a link written in the body is no link postlint can judge (the shortcode is opaque),
 * unless postlint can tell from the function's text that the body lands in the page as it is
 * written (returned, or interpolated whole: `` `<div class="note">${body.trim()}</div>` ``) or is
 * rendered as Markdown (`md.render(content)`): then its links are checked as before. A function
 * given by name is looked for in the config and the site's modules it imports (`const callout =
 * c => …`, `function callout(c) {…}`); one not found there is opaque.
 */
import {readSmallFileIfAny as readText} from '../../read-text.js';
import {balanced, relativeModuleFile, topLevelParts, withoutComments} from './js-source.js';

const pairedCall = /\baddPaired(?:Nunjucks|Liquid)?(?:Async)?Shortcode\s*\(/g;

/**
 * The opaque paired shortcodes defined in the config and in the site's own modules it imports or
 * requires (a plugin of shortcodes, `addPlugin(require('./config/shortcodes.js'))`), one level deep.
 */
export function siteOpaqueShortcodes(configFile: string, text: string): string[] {
  const texts = [text];
  for (const match of text.matchAll(/\b(?:from\s*|require\(\s*|import\(\s*)(['"`])(\.{1,2}\/[^'"`]+)\1/g)) {
    const file = relativeModuleFile(configFile, match[2]!);
    const module = file === undefined || /\.json$/.test(file) ? undefined : readText(file);
    if (module !== undefined) texts.push(module);
  }
  const code = texts.map((each) => withoutComments(each));
  return [...new Set(code.flatMap((each) => opaquePairedShortcodes(each, code)))].sort();
}

/** The names of the paired shortcodes `text` defines whose body postlint cannot follow; `modules` are where a function named by reference is looked for. */
export function opaquePairedShortcodes(text: string, modules: readonly string[] = [text]): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(pairedCall)) {
    const open = match.index + match[0].length - 1;
    const [name, fn] = topLevelParts(balanced(text, open));
    const literal = /^(['"`])([\w-]+)\1$/.exec(name ?? '')?.[2];
    if (literal === undefined) continue;
    const body = fn === undefined ? undefined : /^[A-Za-z_$][\w$]*$/.test(fn) ? functionNamed(fn, modules) : fn;
    if (body !== undefined && keepsBody(body)) continue;
    names.add(literal);
  }
  return [...names].sort();
}

/** The text of the function declared under `name` in one of the modules (`function name(…) {…}`, `const name = (…) => …`). */
function functionNamed(name: string, modules: readonly string[]): string | undefined {
  const escaped = name.replace(/\$/g, '\\$');
  for (const text of modules) {
    const declared = new RegExp(`\\b(async\\s+)?function\\s*\\*?\\s*${escaped}\\s*\\(`).exec(text);
    if (declared) {
      const brace = text.indexOf('{', declared.index + declared[0].length);
      const params = text.slice(declared.index + declared[0].length - 1, brace);
      return brace < 0 ? undefined : `function ${params} {${balanced(text, brace)}}`;
    }
    const bound = new RegExp(`\\b(?:const|let|var)\\s+${escaped}\\s*=\\s*`).exec(text);
    if (bound) {
      const rest = text.slice(bound.index + bound[0].length);
      // The initializer, to the next declaration at the start of a line.
      const end = /\n(?:const|let|var|function|async\s+function|export|module\.exports|class)\b/.exec(rest);
      return end ? rest.slice(0, end.index) : rest;
    }
  }
  return undefined;
}

/**
 * Does the function (its text) put its first parameter, the body, in the page as written (returned
 * as it is, or interpolated whole or trimmed into the string it returns), or render it as Markdown
 * (`.render(body)`/`.renderInline(body)` of a Markdown library)?
 */
function keepsBody(fn: string): boolean {
  const param = /^(?:async\s+)?(?:function\b[^(]*)?\(\s*([\w$]+)/.exec(fn.trim())?.[1] ?? /^(?:async\s+)?([\w$]+)\s*=>/.exec(fn.trim())?.[1];
  if (param === undefined) return false;
  const p = param.replace(/\$/g, '\\$');
  const asWritten = new RegExp(`\\$\\{\\s*${p}(?:\\.trim\\(\\))?\\s*\\}|\\breturn\\s+${p}\\s*(?:;|\\}|$)|=>\\s*${p}\\s*$`);
  const asMarkdown = new RegExp(`\\.render(?:Inline)?\\(\\s*${p}\\b`);
  return asWritten.test(fn) || asMarkdown.test(fn);
}
