import {basename} from 'node:path';
import type {SiteInfo} from './detect.js';
import {generatorOf} from './generators/index.js';
import {languageSuffix, languageTag} from './generators/common.js';
import type {PageFrontMatter} from './generators/types.js';
import {templatesLanguage} from './template-language.js';

/**
 * The language a page is written in: front matter `lang`/`language`/`languageCode`, then what its
 * generator knows (Hugo's languages and content folders, locale folders, the site's language),
 * then the `<html lang>` its templates write (template-language.ts), then a translation suffix (`index.fr.md`) on sites that name no languages. Lower-case;
 * undefined when nothing says.
 */
export function pageLanguage(path: string, frontMatter: PageFrontMatter, site: SiteInfo | undefined): string | undefined {
  const data = frontMatter?.data;
  for (const key of ['lang', 'language', 'languageCode']) {
    const tag = languageTag(data?.[key]);
    if (tag) return siteMeaning(tag, site);
  }
  // Then the `<html lang>` the templates rendering it write, when the generator says nothing (a Jekyll site with no `lang`).
  const known = site ? generatorOf(site).language?.(path, site) ?? templatesLanguage(path, site, frontMatter) : undefined;
  // The file's suffix (`post.fr.md`) only names a language the site's config does not contradict.
  const languages = site?.config.languages;
  const found = known ?? languageSuffix(basename(path), languages !== null && typeof languages === 'object' && !Array.isArray(languages) ? (languages as Record<string, unknown>) : undefined);
  return found === undefined ? undefined : siteMeaning(found, site);
}

/**
 * The language a site's code means, by the name the site's own data gives it (Jekyll
 * `_data/languages.yml`: `ba: {name: "Bosanski"}`). A code is the site's to choose, not always BCP
 * 47's (`ba` is Bashkir, written in Cyrillic; the site means Bosnian): when the name is not what the
 * code's language calls itself in CLDR but is what another code's does (`bosanski` is `bs`'s own
 * name), that code. Otherwise the code as written.
 */
function siteMeaning(tag: string, site: SiteInfo | undefined): string {
  const name = site ? generatorOf(site).languageNames?.(site).get(tag)?.toLowerCase() : undefined;
  if (name === undefined || ownName(tag) === name || englishName(tag) === name) return tag;
  return codeNamed(name) ?? tag;
}

/** What a language calls itself (CLDR, `Intl.DisplayNames` in that language), lower-case. */
function ownName(tag: string): string | undefined {
  try {
    return new Intl.DisplayNames([tag], {type: 'language', fallback: 'none'}).of(tag)?.toLowerCase();
  } catch {
    return undefined;
  }
}

// Made on first use: ICU loads CLDR's locale data for it (~12 ms of CPU), which a run whose pages
// name no language never needs (bench/README.md, "One post, cold").
let inEnglish: Intl.DisplayNames | undefined;

function englishName(tag: string): string | undefined {
  try {
    inEnglish ??= new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'});
    return inEnglish.of(tag)?.toLowerCase();
  } catch {
    return undefined;
  }
}

let ownNames: Map<string, string> | undefined;

/** The two-letter code of the language called `name`, by itself or in English (`bosanski`, `bosnian` → `bs`); worked out once, on first need. */
function codeNamed(name: string): string | undefined {
  if (!ownNames) {
    ownNames = new Map();
    const inOwn = new Map<string, string>();
    for (let a = 97; a <= 122; a++) {
      for (let b = 97; b <= 122; b++) {
        const code = String.fromCharCode(a, b);
        const english = englishName(code);
        if (english === undefined) continue;
        if (!ownNames.has(english)) ownNames.set(english, code);
        const own = ownName(code);
        if (own !== undefined && !inOwn.has(own)) inOwn.set(own, code);
      }
    }
    // A language's own name first: it is what a site's list of translations shows.
    for (const [own, code] of inOwn) ownNames.set(own, code);
  }
  return ownNames.get(name);
}

/** `en-US` and `en` share a primary language; so do `nl-nl` and `nl`. */
export function sameLanguage(a: string, b: string): boolean {
  return a.split(/[-_]/)[0]!.toLowerCase() === b.split(/[-_]/)[0]!.toLowerCase();
}
