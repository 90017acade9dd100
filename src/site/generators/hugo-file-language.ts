/**
 * The language a Hugo content file's name carries (`_index.en.md`, `index.fr.md`, `post.de.md`), as Hugo's
 * path parser reads it (gohugoio/hugo common/paths/pathparser.go parseIdentifier; its tests "Index content file
 * with lang" `/a/b/index.no.md` and "Index branch content file" `/a/b/_index.no.md`). The last dot-part of the
 * name is the extension; a part before it is the language only when it is one of the site's languages
 * (`PathParser.LanguageIndex`: the `languages` keys, lower-cased, or a disabled one), and then the name ends
 * before it: `_index.en.md` is the section's index (a branch bundle), `index.en.md` a leaf bundle. A suffix that
 * is no language of the site (`_index.xy.md`) stays in the name, so that file is a regular page named `_index.xy`,
 * not the section's index. A site that configures no `languages` has one language, `defaultContentLanguage` or
 * else `en` (langs/config.go init: "Add a default language"), so `_index.en.md` is its section index too.
 */
import {basename, dirname, join} from 'node:path';
import {get, isObject, perSite, stringList} from './common.js';
import {hugoPageLanguage} from './hugo-site.js';
import type {SiteInfo} from './types.js';

/** The languages Hugo's path parser takes from a content file name, lower-cased. */
export const hugoFileLanguages = perSite((site: SiteInfo): ReadonlySet<string> => {
  const codes = new Set<string>();
  const languages = get(site.config, 'languages');
  if (isObject(languages)) for (const code of Object.keys(languages)) codes.add(code.toLowerCase());
  // A disabled language (`disableLanguages`) is still read from the name: its file is marked disabled, not renamed.
  for (const code of stringList(get(site.config, 'disableLanguages'), [])) codes.add(code.toLowerCase());
  if (!isObject(languages) || Object.keys(languages).length === 0) {
    const fallback = get(site.config, 'defaultContentLanguage');
    codes.add(typeof fallback === 'string' && fallback.trim() !== '' ? fallback.toLowerCase() : 'en');
  }
  return codes;
});

/** A content file's name without its extension and language (`_index` of `_index.en.md`) and that language. */
export function hugoContentName(fileName: string, site: SiteInfo): {name: string; language: string | undefined} {
  const parts = fileName.split('.');
  // No identifier before the extension (`x.md`), or no extension at all: the name is all but the extension.
  if (parts.length < 3) return {name: parts.length < 2 ? fileName : parts[0]!, language: undefined};
  const languages = hugoFileLanguages(site);
  // From the extension back, the first part that is a language; the name ends before it.
  for (let at = parts.length - 2; at >= 1; at--) {
    const code = parts[at]!.toLowerCase();
    if (languages.has(code)) return {name: parts.slice(0, at).join('.'), language: code};
  }
  return {name: parts.slice(0, -1).join('.'), language: undefined};
}

/** Whether a content file is a bundle's index (`index.md`, `_index.md`, with the site's language suffix or none). */
export function isHugoBundleIndex(path: string, site: SiteInfo): boolean {
  const {name} = hugoContentName(basename(path), site);
  return name === 'index' || name === '_index';
}

/**
 * The language a link of `from` names files in: the page's own (its suffix, its language's content folder), else
 * the site's default; undefined when that is no language Hugo reads from a file name.
 */
export function hugoLinkLanguage(from: string, site: SiteInfo): string | undefined {
  const languages = hugoFileLanguages(site);
  const own = hugoPageLanguage(from, site);
  if (own !== undefined && languages.has(own)) return own;
  const fallback = get(site.config, 'defaultContentLanguage');
  const main = typeof fallback === 'string' && fallback.trim() !== '' ? fallback.toLowerCase() : 'en';
  return languages.has(main) ? main : undefined;
}

/**
 * The same candidates with each Markdown file also named for the language of `from`'s links (`x.md` → `x.en.md`,
 * `x/_index.md` → `x/_index.en.md`), the unsuffixed file first.
 */
export function withLanguageSuffix(candidates: readonly string[], site: SiteInfo, from: string): string[] {
  const language = hugoLinkLanguage(from, site);
  if (language === undefined || !hugoFileLanguages(site).has(language)) return [...candidates];
  return candidates.flatMap((candidate) => {
    const suffixed = /\.(md|markdown)$/i.exec(candidate);
    return suffixed ? [candidate, join(dirname(candidate), basename(candidate).replace(/\.(md|markdown)$/i, `.${language}.$1`))] : [candidate];
  });
}
