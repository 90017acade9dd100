import {basename, relative, sep} from 'node:path';
import type {SiteInfo} from './detect.js';
import {generatorOf} from './generators/index.js';

/**
 * The language a page is written in, as its generator knows it: front matter `lang`/`language`,
 * a Hugo translation suffix (`index.fr.md`), a Hugo per-language content folder, then the site's
 * default language. Lower-case; undefined when nothing says.
 */
export function pageLanguage(path: string, data: Record<string, unknown> | undefined, site: SiteInfo | undefined): string | undefined {
  for (const key of ['lang', 'language', 'languageCode']) {
    const value = data?.[key];
    if (typeof value === 'string' && isTag(value)) return value.toLowerCase();
  }
  // A generator that keeps languages in folders (Starlight's locales) knows the page's language.
  const byFolder = site ? generatorOf(site).language?.(path, site) : undefined;
  if (byFolder) return byFolder;
  const config = site?.config ?? {};
  const languages = isObject(config.languages) ? config.languages : undefined;
  const suffix = /\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\.(?:md|markdown|mdx)$/i.exec(basename(path))?.[1];
  if (suffix && (!languages || Object.keys(languages).some((code) => code.toLowerCase() === suffix.toLowerCase()))) return suffix.toLowerCase();
  if (site && languages) {
    const rel = relative(site.root, path).split(sep).join('/');
    for (const [code, settings] of Object.entries(languages)) {
      const dir = isObject(settings) && typeof settings.contentDir === 'string' ? settings.contentDir.replace(/\/+$/, '') : undefined;
      if (dir && rel.startsWith(`${dir}/`)) return code.toLowerCase();
    }
    // Module mounts that name their language, and the common layout content/<code>/ for a configured language.
    const mounts = isObject(config.module) && Array.isArray(config.module.mounts) ? config.module.mounts : [];
    for (const mount of mounts) {
      if (isObject(mount) && typeof mount.lang === 'string' && typeof mount.source === 'string' && rel.startsWith(`${mount.source.replace(/\/+$/, '')}/`)) return mount.lang.toLowerCase();
    }
    const [top, second] = rel.split('/');
    if (top?.startsWith('content') && second && Object.keys(languages).some((code) => code.toLowerCase() === second.toLowerCase())) return second.toLowerCase();
  }
  for (const value of [config.defaultContentLanguage, config.languageCode, config.lang, isObject(config.theme) ? config.theme.language : undefined]) {
    if (typeof value === 'string' && isTag(value)) return value.toLowerCase();
  }
  return undefined;
}

/** `en-US` and `en` share a primary language; so do `nl-nl` and `nl`. */
export function sameLanguage(a: string, b: string): boolean {
  return a.split(/[-_]/)[0]!.toLowerCase() === b.split(/[-_]/)[0]!.toLowerCase();
}

function isTag(value: string): boolean {
  return /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
