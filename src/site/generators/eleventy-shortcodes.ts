/**
 * Paired shortcodes a site's Eleventy config defines (`addPairedShortcode("name", fn)`, and the
 * engine-specific `addPairedNunjucksShortcode`, `addPairedLiquidShortcode`, their `Async` forms):
 * Eleventy calls `fn(body, ...args)` on the text between `{% name %}` and `{% endname %}` and puts
 * what it returns in the page before Markdown runs (Eleventy's TemplateConfig / UserConfig). What
 * the body becomes is the function's to say: a code sample highlighted to HTML, a figure, nothing.
 * So a link written in the body is no link postlint can judge, unless the function hands its body
 * to a Markdown renderer (`md.render(content)`, `markdownLibrary.renderInline(body)`): then the
 * body is Markdown of the page and its links are checked.
 */
import {readSmallFileIfAny as readText} from '../../read-text.js';
import {balanced, relativeModuleFile, topLevelParts, withoutComments} from './js-source.js';

/**
 * The same, read in the config and in the site's own modules it imports or requires (a plugin of
 * shortcodes, `addPlugin(require('./config/shortcodes.js'))`), one level deep.
 */
export function siteOpaqueShortcodes(configFile: string, text: string): string[] {
  const texts = [text];
  for (const match of text.matchAll(/\b(?:from\s*|require\(\s*|import\(\s*)(['"`])(\.{1,2}\/[^'"`]+)\1/g)) {
    const file = relativeModuleFile(configFile, match[2]!);
    const module = file === undefined || /\.json$/.test(file) ? undefined : readText(file);
    if (module !== undefined) texts.push(module);
  }
  return [...new Set(texts.flatMap((each) => opaquePairedShortcodes(withoutComments(each))))].sort();
}

const pairedCall = /\baddPaired(?:Nunjucks|Liquid)?(?:Async)?Shortcode\s*\(/g;

/**
 * The names of the paired shortcodes the config's text defines whose body is not rendered as
 * Markdown of the page (their links unverifiable). A name given by code (a variable) is passed over.
 */
export function opaquePairedShortcodes(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(pairedCall)) {
    const open = match.index + match[0].length - 1;
    const [name, fn] = topLevelParts(balanced(text, open));
    const literal = /^(['"`])([\w-]+)\1$/.exec(name ?? '')?.[2];
    if (literal === undefined) continue;
    if (fn !== undefined && rendersBodyAsMarkdown(fn)) continue;
    names.add(literal);
  }
  return [...names].sort();
}

/** Does the function (written inline) pass its first parameter, the body, to a Markdown renderer's `render`/`renderInline`? */
function rendersBodyAsMarkdown(fn: string): boolean {
  const param = /^(?:async\s+)?(?:function\b[^(]*)?\(\s*([\w$]+)/.exec(fn)?.[1] ?? /^(?:async\s+)?([\w$]+)\s*=>/.exec(fn)?.[1];
  if (param === undefined) return false;
  return new RegExp(`\\.render(?:Inline)?\\(\\s*${param.replace(/\$/g, '\\$')}\\b`).test(fn);
}
