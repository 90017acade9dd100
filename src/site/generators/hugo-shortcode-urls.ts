/**
 * How a site's own shortcode template writes out a parameter that names a file (`figure`'s `src`).
 * Hugo's embedded `figure` writes `src` as it is (after looking it up among the page's and the
 * global resources), so `assets/a.png` is read from the page. A site's (or theme's) own template
 * takes precedence over the embedded one, and one that pipes the value through `relURL` or `absURL`
 * (`{{ .Get "src" | relURL }}`, `relURL (.Get "src")`, `$src := .Get "src"` … `{{ $src | absURL }}`),
 * or writes it after the base URL (`{{ .Site.BaseURL }}{{ .Get "src" }}`), makes it a path from
 * the site's root: published from static/, assets/ or content like any site-root link.
 *
 * relURL and absURL (gohugoio/hugo helpers/url.go RelURL, AbsURL; tpl/urls: no language added) put a
 * value without a leading `/` below the base URL's path and keep one with a leading `/` from the
 * server's root; an absolute URL is kept as it is. relLangURL/absLangURL also add the page's
 * language, which postlint does not follow here (unverifiable). A template that writes the value
 * both ways, or in a form not read here next to a root-making one, leaves the link unverifiable.
 */
import type {SiteInfo} from './types.js';
import {get} from './common.js';
import {basePathOf} from '../files.js';
import {hugoShortcodeTemplate} from './hugo-shortcode-files.js';

/** What a template does with the value: root-making function, base-URL prefix, as written, or something else. */
type Reading = 'root' | 'base' | 'language' | 'as-is' | 'other';

const rootFunctions = /^(?:relURL|absURL|urls\.RelURL|urls\.AbsURL)$/;
const languageFunctions = /^(?:relLangURL|absLangURL|urls\.RelLangURL|urls\.AbsLangURL)$/;
const urlFunction = String.raw`(?:urls\.)?(?:rel|abs)(?:Lang)?URL|urls\.(?:Rel|Abs)(?:Lang)?URL`;
/** `.Site.BaseURL`, `site.BaseURL`, `$.Site.BaseURL`. */
const baseUrl = String.raw`(?:\$?\.Site|site)\.BaseURL`;

function readingOf(name: string): Reading {
  return rootFunctions.test(name) ? 'root' : languageFunctions.test(name) ? 'language' : 'other';
}

/**
 * The readings of one expression that yields the value (`.Get "src"` or a variable holding it) at
 * `at` in `text`: the action around it says what is done with it. Assignments are followed to the
 * variable's uses; conditions (`if`) write nothing.
 */
function readings(text: string, at: number, length: number, depth = 0): Reading[] {
  const start = text.lastIndexOf('{{', at);
  const endAt = text.indexOf('}}', at + length);
  if (start === -1 || endAt === -1) return ['other'];
  const before = text.slice(start + 2, at).replace(/^-?\s*/, '');
  const after = text.slice(at + length, endAt).replace(/\s*-?$/, '');
  // A condition (`{{ if .Get "src" }}`, `{{ if or (.Get "a") (.Get "src") }}`) writes nothing out.
  if (/^(?:else\s+)?if\b/.test(before)) return [];
  const piped = new RegExp(String.raw`^\s*\)?\s*\|\s*(${urlFunction})\s*\)?\s*$`).exec(after);
  if (piped && !/\|/.test(before)) return [readingOf(piped[1]!)];
  const called = new RegExp(String.raw`(?:^|[\s(])(${urlFunction})\s*\(?\s*$`).exec(before);
  if (called && /^\s*\)?\s*$/.test(after)) return [readingOf(called[1]!)];
  const assigned = /^(\$\w+)\s*:?=\s*\(?\s*$/.exec(before);
  if (assigned && /^\s*\)?\s*$/.test(after)) return depth > 2 ? ['other'] : variableReadings(text, assigned[1]!, depth + 1);
  // `printf "%s%s" .Site.BaseURL (.Get "src")`: the base URL, then the value.
  if (new RegExp(String.raw`^printf\s+(?:"%s%s"|\x60%s%s\x60)\s+${baseUrl}\s+\(?\s*$`).test(before) && /^\s*\)?\s*$/.test(after)) return ['base'];
  if (before === '' && after.trim() === '') {
    // `{{ .Site.BaseURL }}{{ .Get "src" }}`: written right after the base URL.
    return new RegExp(String.raw`\{\{-?\s*${baseUrl}\s*-?\}\}$`).test(text.slice(0, start)) ? ['base'] : ['as-is'];
  }
  return ['other'];
}

/** The readings of every use of a variable the value was assigned to (`$src := .Get "src"`). */
function variableReadings(text: string, variable: string, depth: number): Reading[] {
  const found: Reading[] = [];
  const uses = new RegExp(String.raw`${variable.replace('$', '\\$')}\b(?!\s*:?=)`, 'g');
  for (const use of text.matchAll(uses)) found.push(...readings(text, use.index, use[0].length, depth));
  // Assigned again (`$src = printf …`): what it holds then only the template knows.
  if (new RegExp(String.raw`${variable.replace('$', '\\$')}\s*=[^=]`).test(text)) found.push('other');
  return found;
}

/** What the site's template for `shortcode` does with its `parameter`, over every place it writes it. */
function templateReadings(template: string, parameter: string): Reading[] {
  const gets = new RegExp(String.raw`\.Get\s+(?:"${parameter}"|\x60${parameter}\x60)`, 'g');
  return [...template.matchAll(gets)].flatMap((match) => readings(template, match.index, match[0].length));
}

/**
 * The URL a site's own `shortcode` template writes for `value` given as `parameter`, when it makes a
 * site-root path of it (relURL, absURL, the base URL before it); `reason` when it writes it in a way
 * postlint does not follow alongside; undefined when the template writes it as it is (or the site has
 * no template of its own): read as written.
 */
export function hugoShortcodeUrl(shortcode: string, parameter: string, value: string, site: SiteInfo): {url: string} | {reason: string} | undefined {
  const template = hugoShortcodeTemplate(shortcode, site);
  if (template === undefined) return undefined;
  const found = new Set(templateReadings(template, parameter));
  const rooted = found.has('root') || found.has('base');
  if (!rooted && !found.has('language')) return undefined;
  const shown = `the site's "${shortcode}" shortcode template`;
  if (found.has('language')) return {reason: `${shown} adds the page's language to "${parameter}" (relLangURL/absLangURL), which postlint does not follow`};
  if (found.size > 1) return {reason: `${shown} writes "${parameter}" both from the site's root and in another form`};
  // An absolute URL is kept by relURL/absURL; after the base URL it would be no URL at all.
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(value)) return found.has('root') ? {url: value} : {reason: `${shown} writes "${parameter}" after the base URL`};
  const base = basePathOf(stringOrUndefined(get(site.config, 'baseURL')));
  if (value.startsWith('/')) return found.has('root') ? {url: value} : {reason: `${shown} writes "${parameter}" after the base URL, which makes a double slash of its leading "/"`};
  return {url: `${base}/${value}`};
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
