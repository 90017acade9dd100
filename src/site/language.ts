import {basename} from 'node:path';
import type {SiteInfo} from './detect.js';
import {generatorOf} from './generators/index.js';
import {languageSuffix, languageTag} from './generators/common.js';

/**
 * The language a page is written in: front matter `lang`/`language`/`languageCode`, then what its
 * generator knows (Hugo's languages and content folders, locale folders, the site's language),
 * then a translation suffix (`index.fr.md`) on sites that name no languages. Lower-case;
 * undefined when nothing says.
 */
export function pageLanguage(path: string, data: Record<string, unknown> | undefined, site: SiteInfo | undefined): string | undefined {
  for (const key of ['lang', 'language', 'languageCode']) {
    const tag = languageTag(data?.[key]);
    if (tag) return tag;
  }
  const known = site ? generatorOf(site).language?.(path, site) : undefined;
  // The file's suffix (`post.fr.md`) only names a language the site's config does not contradict.
  const languages = site?.config.languages;
  return known ?? languageSuffix(basename(path), languages !== null && typeof languages === 'object' && !Array.isArray(languages) ? (languages as Record<string, unknown>) : undefined);
}

/** `en-US` and `en` share a primary language; so do `nl-nl` and `nl`. */
export function sameLanguage(a: string, b: string): boolean {
  return a.split(/[-_]/)[0]!.toLowerCase() === b.split(/[-_]/)[0]!.toLowerCase();
}
