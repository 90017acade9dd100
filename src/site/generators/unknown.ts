/**
 * A site built by a generator postlint does not model (Hexo, Zola, Next.js, Gatsby, a custom
 * build). Only what holds everywhere is checked: fragments within a page, relative file links,
 * empty headings. Site-root links, page URLs, front-matter requirements and drafts stay
 * unverifiable: postlint never guesses a Hugo-like reading. One exception, read from the site's
 * own code: an Astro content collection's entries that its routes' `getCollection` filter drops
 * are drafts (astro-drafts.ts), and a relative link between entries of a collection whose route
 * says their URLs is read against those URLs (astro-entry-links.ts).
 */
import {join} from 'node:path';
import {defaults, isDir, isFile, readConfig, readText} from './common.js';
import {looksLikeHexo} from './jekyll.js';
import {entryDraftProblems, entryFieldTypes, entryTimestampKeys, astroCollections, type AstroCollection} from './astro-collections.js';
import {astroSchemaFieldTypes} from './astro-schema-types.js';
import {astroReadsTabsInFlow} from './astro-front-matter.js';
import {resolveEntryLink} from './astro-entry-links.js';
import type {Detection, Generator, SiteInfo} from './types.js';

/** Marker files of generators postlint knows by name but does not model, tried in this order. */
const products: Array<{product: string; files: string[]; holds?: (dir: string, file: string) => Promise<boolean>; config?: (dir: string) => Record<string, unknown>}> = [
  {product: 'hexo', files: ['_config.yml', '_config.yaml'], holds: async (dir, file) => looksLikeHexo(dir, await readConfig(file))},
  {product: 'zola', files: ['config.toml', 'zola.toml'], holds: async (dir, file) => 'base_url' in (await readConfig(file)) && (isDir(join(dir, 'content')) || isDir(join(dir, 'templates')))},
  {product: 'mdbook', files: ['book.toml']},
  // Astro without Starlight: its content collections, for the drafts its routes filter out (astro-drafts.ts).
  {product: 'astro', files: ['astro.config.mjs', 'astro.config.ts', 'astro.config.js'], config: (dir) => ({collections: astroCollections(dir), ...astroSchemaFieldTypes(dir)})},
  {product: 'nextjs', files: ['next.config.js', 'next.config.mjs', 'next.config.ts']},
  {product: 'gatsby', files: ['gatsby-config.js', 'gatsby-config.ts', 'gatsby-config.mjs']},
  {product: 'docfx', files: ['docfx.json']},
  {product: 'sphinx', files: ['conf.py'], holds: async (dir) => /\bsphinx\b|extensions\s*=/.test(readText(join(dir, 'conf.py')) ?? '')},
];

async function detect(dir: string): Promise<Detection | undefined> {
  for (const {product, files, holds, config} of products) {
    for (const name of files) {
      const file = join(dir, name);
      if (!isFile(file) || (holds && !(await holds(dir, file)))) continue;
      const site: SiteInfo = {root: dir, generator: 'unknown', product, configFile: file, config: config?.(dir) ?? {}};
      // A generator module for this product (added to the registry before `unknown`) wins with a marker.
      return {site, strength: 'generic'};
    }
  }
  return undefined;
}

export const unknown: Generator = {
  ...defaults,
  name: 'unknown',
  title: 'site',
  detect,
  contentRoots: () => [],
  staticRoots: () => [],
  slugFlavor: () => ({name: 'github', options: {}, reason: 'a generator postlint does not model; GitHub-style ids for links within a page'}),
  // Hexo's ids keep case and turn `_` into `-`; other generators differ again.
  looseIds: true,
  modelsBuild: false,
  // Astro's YAML reader is known (js-yaml); other products' are not.
  readsTabsInFlow: (site) => (site?.product === 'astro' ? astroReadsTabsInFlow : undefined),
  // Drafts only where the site's own routes say which entries they leave out (an Astro collection's filter).
  // A relative link between an Astro collection's entries, read against the URLs its route serves them at.
  resolveRelative: resolveEntryLink,
  // An Astro collection entry's keys are typed by the site's own schema; other products' keys by nothing postlint reads.
  fieldTypes: (path, site) => (site?.product === 'astro' ? entryFieldTypes(path, site) : {}),
  timestampOnly: (path, site) => (site?.product === 'astro' ? entryTimestampKeys(path, site) : []),
  publishState: (path, frontMatter, site) => (site && Array.isArray(site.config.collections) ? entryDraftProblems(path, frontMatter, site.config.collections as AstroCollection[]) : []),
};
