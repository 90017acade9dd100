/**
 * Hugo's disabled languages: `disableLanguages = ["zh"]` in the site configuration, or
 * `languages.zh.disabled = true` (v0.112+). Hugo builds nothing of a disabled language, so its
 * pages (its `contentDir`, a `content/zh/` folder, `page.zh.md` translations, mounts with that
 * `lang`) are never rendered. The default content language cannot be disabled (Hugo stops with an
 * error), so it is never counted as one (gohugo.io configuration/languages: disableLanguages,
 * disabled; gohugoio/hugo#11278).
 */
import {get, isObject, perSite, stringList} from './common.js';
import {hugoPageLanguage} from './hugo-site.js';
import type {SiteInfo} from './types.js';

/** The language keys the site disables, lower-cased (Hugo lower-cases language keys). */
export const hugoDisabledLanguages = perSite((site: SiteInfo): Set<string> => {
  const config = site.config;
  const disabled = new Set(stringList(get(config, 'disableLanguages'), []).map((code) => code.toLowerCase()));
  const languages = get(config, 'languages');
  if (isObject(languages)) {
    for (const [code, settings] of Object.entries(languages)) if (isObject(settings) && settings.disabled === true) disabled.add(code.toLowerCase());
  }
  const fallback = get(config, 'defaultContentLanguage');
  disabled.delete(typeof fallback === 'string' ? fallback.toLowerCase() : 'en');
  return disabled;
});

/** Why a page of `site` is never built because its language is disabled, if so. */
export function disabledLanguageReason(path: string, site: SiteInfo): string | undefined {
  const disabled = hugoDisabledLanguages(site);
  if (disabled.size === 0) return undefined;
  const language = hugoPageLanguage(path, site);
  return language !== undefined && disabled.has(language) ? `its language "${language}" is disabled (disableLanguages or languages.${language}.disabled), and Hugo builds nothing of a disabled language` : undefined;
}
