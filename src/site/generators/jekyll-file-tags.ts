/**
 * Liquid tags that write out the text of a file or URL where they stand, beyond Jekyll's own
 * `include`/`include_relative`: a site plugin's tag (`_plugins/*.rb`) whose class reads a file or
 * fetches a URL (`File.read`, `IO.read`, `Net::HTTP`, `URI.open`, or a subclass of Jekyll's
 * `IncludeTag`: tnhu/jekyll-include-absolute-plugin's `include_absolute` reads
 * `File.join(site.source, path)` and renders it in the page), and the gems that do so
 * (jekyll-remote-include's `remote_include URL`, jekyll_flexible_include's `flexible_include`).
 * The text lands in the page before Markdown converts it: its headings are the page's. postlint
 * reads none of it (a file fetched at build time, one a build step clones into a git-ignored
 * folder, a path named in template code), so the page's ids are not all known: a link to one of
 * its fragments is unverifiable, naming the tag (src/site/index.ts `idsOf`).
 */
import {jekyllPluginTags} from './jekyll-block-tags.js';
import {usesPlugin} from './jekyll-plugins.js';
import {perSite} from './common.js';
import type {SiteInfo} from './types.js';

/** A tag that writes out another file's text, and what defines it, in words. */
export interface FileTag {
  name: string;
  by: string;
}

/** What a plugin class does that reads another file's text: a file read (not `File.open(path, "w")`, a write), an HTTP fetch, Jekyll's include tag as its base. */
const readsText = /\b(?:File|IO)\s*\.\s*(?:read|readlines|foreach)\b|\bFile\s*\.\s*open\s*\((?![^)\n]*["'][wa])|\bNet::HTTP\b|\bURI\s*\.\s*open\b|\bOpenURI\b/;
const includeBase = /(?:^|::)Include(?:Relative)?Tag$/;

/** Gems whose tag writes out a file or a fetched URL, by gem name. */
const gems: ReadonlyArray<{gem: string; tag: string}> = [
  {gem: 'jekyll-remote-include', tag: 'remote_include'},
  {gem: 'jekyll_flexible_include', tag: 'flexible_include'},
];

/** The site's tags that write out another file's text. */
export const jekyllFileTags: (site: SiteInfo) => FileTag[] = perSite((site) => {
  const tags: FileTag[] = [];
  for (const tag of jekyllPluginTags(site)) {
    if (includeBase.test(tag.superclass) || readsText.test(tag.body)) tags.push({name: tag.name, by: `the site's plugin ${tag.file}`});
  }
  for (const {gem, tag} of gems) if (usesPlugin(site, gem)) tags.push({name: tag, by: `the ${gem} plugin`});
  return tags;
});
