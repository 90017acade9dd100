import {join, relative} from 'node:path';
import {toPosix} from '../../paths.js';
import {get, isObject, perSite} from './common.js';
import {contentSuffixes} from './hugo-ref-base.js';
import {hugoContentRoots, hugoFolderMounts, outsideContent} from './hugo-site.js';
import {hugoModuleFolders} from './hugo-themes.js';
import type {ResolveContext, SiteInfo} from './types.js';
import {walkFiles} from './walk-files.js';

/**
 * The terms a content page carries in a taxonomy's front-matter field. Hugo reads the field with
 * `types.ToStringSlicePreserveString` (hugolib/page__meta.go), which casts every item to a string:
 * `tags: [2019]` makes the term page `/tags/2019/`, so numbers and booleans are terms too.
 */
export function hugoPageTerms(data: Record<string, unknown>, plural: string): string[] {
  const key = Object.keys(data).find((name) => name.toLowerCase() === plural);
  const value = key === undefined ? undefined : data[key];
  const term = (item: unknown): string[] => (typeof item === 'string' ? [item] : typeof item === 'number' || typeof item === 'boolean' ? [String(item)] : []);
  return Array.isArray(value) ? value.flatMap(term) : term(value);
}

/** Why a language's `cascade` in the config may give pages terms (`[languages.en.cascade]`), if one does. */
export function hugoLanguageCascade(site: SiteInfo): string | undefined {
  const languages = get(site.config, 'languages');
  if (!isObject(languages)) return undefined;
  const name = Object.keys(languages).find((language) => get(languages[language], 'cascade') !== undefined);
  return name === undefined ? undefined : `the config's cascade of the language "${name}" may give it to pages`;
}

/** A content file, or a content adapter (`_content.gotmpl`, which makes pages from data). */
const contentName = new RegExp(`(?:\\.${contentSuffixes}|(?:^|[\\\\/])_content\\.gotmpl)$`, 'i');

/**
 * The content files Hugo reads pages from, as on disk, whatever the run holds: the content folders, the
 * `content/` of the site's themes and modules in the checkout (Hugo merges it into the site's), and
 * folders mounted into the content tree. A term page exists when any page carries the term, also one
 * postlint's `ignore` leaves out, so the run's files alone cannot say a term is unused. Listed once a
 * site; `absent` names a mounted content folder that is not in the checkout, or a folder too big to list
 * (its pages are unknown).
 */
export const hugoContentOnDisk: (site: SiteInfo) => {files: string[]; absent?: string} = perSite((site) => {
  const mounts = hugoFolderMounts(site);
  const folders = [...hugoContentRoots(site), ...hugoModuleFolders(site).map((folder) => join(folder, 'content')), ...mounts.filter((mount) => mount.present).map((mount) => mount.source)];
  let cut: string | undefined;
  const files = [...new Set(folders)].flatMap((folder) => {
    // Bounded (walk-files.ts): a hostile content tree costs a capped number of entries, and a cut one says its terms are unknown.
    const walked = walkFiles(folder, {enter: () => true, keep: (_entry, path) => contentName.test(path), maxEntries: 200_000});
    if (walked.cut) cut ??= `${toPosix(relative(site.root, folder))} holds more files than postlint lists`;
    return walked.files;
  });
  const missing = mounts.find((mount) => !mount.present);
  if (missing) return {files, absent: `content/${missing.prefix} is mounted from ${toPosix(relative(site.root, missing.source))}, which is not in the checkout`};
  return cut ? {files, absent: cut} : {files};
});

/**
 * The content files whose front matter may give a term: the run's files in the content folders, then
 * those on disk the run does not hold there (a theme's `content/`, which lies outside the site's
 * content folders, even when the run holds it).
 */
export function* hugoTermSources(context: ResolveContext, site: SiteInfo): Generator<string> {
  for (const file of context.files()) if (!outsideContent(file, site)) yield file;
  for (const file of hugoContentOnDisk(site).files) if (context.facts(file) === undefined || outsideContent(file, site)) yield file;
}
