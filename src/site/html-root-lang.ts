import {languageTag} from './generators/common.js';

/**
 * The language a template's `<html>` start tag declares for every page it renders: HTML's language
 * of a document is its root element's `lang` (HTML Living Standard, "The lang and xml:lang
 * attributes"), what browsers, screen readers and search engines take the page's text to be
 * (`<html lang="hu">` in a Jekyll layout, an Astro or Eleventy base layout).
 *
 * - `undefined`: the template has no `<html>` tag (a partial layout another one wraps).
 * - `'template'`: its `lang` is written with template code (`{{ page.lang | default: site.lang }}`,
 *   `{{ .Site.LanguageCode }}`), or is no language tag: only the build knows the value.
 * - `''`: an `<html>` tag with no `lang`, or `lang=""` ("unknown" in HTML): nothing declared.
 * - otherwise the tag, lower case (`hu`, `pt-br`).
 */
export function htmlRootLang(template: string): string | undefined {
  const tag = /<html\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i.exec(template);
  if (!tag) return undefined;
  const lang = /(?:^|\s)lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag[1]!);
  if (!lang) return '';
  const value = (lang[1] ?? lang[2] ?? lang[3]!).trim();
  if (value === '') return '';
  return languageTag(value) ?? 'template';
}
