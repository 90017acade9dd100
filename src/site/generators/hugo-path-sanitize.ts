/**
 * How Hugo turns a content path into the path part of a page's URL, and into the key `GetPage`,
 * `ref` and `relref` look pages up by (gohugoio/hugo, learned from its source and tests):
 *
 * - `paths.Sanitize` (common/paths/path.go; helpers/path_test.go TestMakePath): letters, digits,
 *   marks and `. / \ _ # + ~ - @` stay, a `%` followed by two hex digits stays; a run of white
 *   space between kept characters becomes one `-` (none if a `-` is next to it, none at the ends);
 *   every other character goes (`Options & Overrides` → `Options-Overrides`, `fOO,bar:foobAR` →
 *   `fOObarfoobAR`).
 * - `MakePath` then removes accents when `removePathAccents` is set (common/text RemoveAccentsString:
 *   NFD, drop non-spacing marks, NFC: `Банковский` → `Банковскии`); `MakePathSanitized` lower-cases
 *   unless `disablePathToLower` (TestMakePathSanitizedDisablePathToLower). Both settings may be set
 *   per language (common/paths TestRemovePathAccents, TestDisablePathToLower).
 * - From v0.123.0 a content path is first parsed into a `paths.Path`, normalized by
 *   `NormalizePathStringBasic` (common/paths/pathparser.go: lower case, each space `-`); with
 *   `disablePathToLower` the page's URL is made from the path as written instead
 *   (hugolib/page__paths.go `Unnormalized()`). So `content/a & b.md` is `/a--b/` by default but
 *   `/a-b/` with `disablePathToLower` (and `/a-b/` before v0.123 too, which sanitized the path as written).
 * - A front-matter `url` is used as written (resources/page/page_paths.go: "preserve its value
 *   without sanitization"); a `slug` is sanitized like a file name.
 */
import {get, isObject} from './common.js';
import {hugoNormalizesContentPaths} from './hugo-version.js';
import {hugoPageLanguage} from './hugo-site.js';
import type {SiteInfo} from './types.js';

/** Go's unicode.IsSpace: the Latin-1 spaces and the White_Space property. */
const space = /^[\t\n\v\f\r \u0085\u00A0\p{White_Space}]$/u;
/** isAllowedPathCharacter, but for `%` (checked with the two characters after it). */
const kept = /^[\p{L}\p{Nd}\p{M}./\\_#+~@-]$/u;
const hex = /^[0-9A-Fa-f]$/;

/** Hugo's paths.Sanitize. */
export function hugoSanitize(text: string): string {
  const chars = [...text];
  let out = '';
  let prependHyphen = false;
  let wasHyphen = false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const allowed = char !== ' ' && (kept.test(char) || (char === '%' && hex.test(chars[i + 1] ?? '') && hex.test(chars[i + 2] ?? '')));
    if (allowed) {
      wasHyphen = char === '-';
      if (prependHyphen && !wasHyphen) out += '-';
      prependHyphen = false;
      out += char;
    } else if (out !== '' && !wasHyphen && space.test(char)) {
      prependHyphen = true;
    }
  }
  return out;
}

/**
 * Does a URL path hold a character `paths.Sanitize` drops or changes (a space, `&`, `'`)? Hugo
 * sanitizes every URL it makes from a content path (its folders, file name, slug, permalink
 * expansion: resources/page/page_paths.go `pb.Sanitize()`), so no page is served there but one
 * whose front-matter `url` or alias says so (those are in the URL map, asked first).
 */
export function hugoUnsanitized(urlPath: string): boolean {
  return urlPath.split('/').some((segment) => segment !== '' && segment !== '.' && segment !== '..' && hugoSanitize(segment) !== segment);
}

/** common/text RemoveAccentsString: decompose, drop non-spacing marks (Mn), compose. */
export function hugoRemoveAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
}

/** paths.NormalizePathStringBasic: the key Hugo (v0.123 on) files content paths under. */
export function hugoPathKey(path: string): string {
  return path.toLowerCase().replaceAll(' ', '-');
}

/** A setting of the page's language, else of the site (`languages.fr.disablePathToLower`). */
function languageSetting(site: SiteInfo, path: string | undefined, key: string): unknown {
  const languages = get(site.config, 'languages');
  const language = path === undefined ? undefined : hugoPageLanguage(path, site);
  const own = isObject(languages) && language !== undefined ? Object.entries(languages).find(([code]) => code.toLowerCase() === language)?.[1] : undefined;
  return get(own, key) ?? get(site.config, key);
}

/** How a page's URL path is written: lower-cased or not, accents removed or not. */
export interface HugoPathStyle {
  lower: boolean;
  accents: boolean;
  /** The content path is normalized (lower case, spaces `-`) before it is sanitized (v0.123 on, when lower-cased). */
  normalizeFirst: boolean;
}

export function hugoPathStyle(site: SiteInfo, path?: string): HugoPathStyle {
  const lower = languageSetting(site, path, 'disablePathToLower') !== true;
  return {lower, accents: languageSetting(site, path, 'removePathAccents') === true, normalizeFirst: lower && hugoNormalizesContentPaths(site)};
}

/** MakePathSanitized of a slug, a permalink's expansion or another text that is no content path. */
export function hugoMakePath(text: string, style: HugoPathStyle): string {
  const clean = style.accents ? hugoRemoveAccents(hugoSanitize(text)) : hugoSanitize(text);
  return style.lower ? clean.toLowerCase() : clean;
}

/** A part of a page's URL made from its content path (its folders, its file's base name). */
export function hugoContentUrlPath(contentPath: string, style: HugoPathStyle): string {
  return hugoMakePath(style.normalizeFirst ? hugoPathKey(contentPath) : contentPath, style);
}
