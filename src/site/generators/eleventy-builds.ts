/**
 * What an Eleventy site's build makes beyond its own input folder's files:
 * - other Eleventy runs the build commands make with another config
 *   (`"postbuild": "eleventy --config=example.config.js"`, that config's `dir.output` inside the
 *   site's output: `_site/example`): their pages are served below that folder (`/example/…`),
 *   so a link there is resolved in that run's input folder, with that run's URLs;
 * - virtual templates (`eleventyConfig.addTemplate("sitemap.11ty.js", …)`, Eleventy 3: a template
 *   whose content lives in code, src/UserConfig.js `addTemplate` and TemplateMap's virtual
 *   templates in 11ty/eleventy): a page is written at the virtual path's URL (`/sitemap/`) unless
 *   its data (computed in code) gives a permalink, and paginated pages below it (`/tags/design/`).
 *   Which URL it takes is known only by running the code, so a link at or below the virtual
 *   path's URL is unverifiable, never "missing". The config is read with the files it imports by a
 *   relative path (a plugin in the repository); a plugin from `node_modules` is not read.
 * Everything is read as text, never run.
 */
import {relative, resolve} from 'node:path';
import {buildScripts} from '../build-scripts.js';
import {localModules} from './config-text.js';
import {isBelow, readText} from './common.js';
import {readPassthroughCopies, type PassthroughCopies} from './eleventy-copies.js';
import {linkReplacement, type LinkReplacement} from './markdown-it-replace-link.js';
import type {SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';

/** Another Eleventy run of the same build, served below `mount` in the site's output. */
export interface OtherBuild {
  /** `/example/`: where its output folder sits in the site's output. */
  mount: string;
  site: SiteInfo;
  /** What runs it, for messages. */
  shown: string;
}

/** A virtual template's URL path without slashes or extension (`sitemap`, `tags`), and where it is added. */
export interface VirtualTemplate {
  stem: string;
  path: string;
  file: string;
}

/** Eleventy's value for a long option: `--config=x`, `--config x`. */
function option(args: readonly string[], name: string): string | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
    if (arg === `--${name}`) return args[index + 1];
  }
  return undefined;
}

/** `eleventy …`, `npx @11ty/eleventy …`, `npx eleventy …`: the arguments Eleventy gets, or undefined for another program. */
function eleventyArgs(program: string, args: readonly string[]): string[] | undefined {
  if (program === 'eleventy') return [...args];
  if (program !== 'npx') return undefined;
  const rest = args.filter((arg, index) => !(index === 0 && (arg === '--yes' || arg === '-y')));
  return rest[0] === '@11ty/eleventy' || rest[0] === 'eleventy' ? rest.slice(1) : undefined;
}

const builds = new WeakMap<SiteInfo, OtherBuild[]>();

/**
 * The other Eleventy runs of the site's build (another `--config`), whose output folder lies inside
 * the site's: `readSite` reads that config as the site's own is read. A run whose output is
 * elsewhere is another deployment: not modelled.
 */
export function otherBuilds(site: SiteInfo, readSite: (root: string, configFile: string, args: string[]) => SiteInfo | undefined): OtherBuild[] {
  let found = builds.get(site);
  if (found) return found;
  found = [];
  builds.set(site, found);
  const output = resolve(site.root, typeof site.config.output === 'string' && site.config.output !== '' ? site.config.output : '_site');
  for (const run of buildScripts(site.root).runs) {
    const args = eleventyArgs(run.program, run.args);
    const config = args ? option(args, 'config') : undefined;
    if (args === undefined || config === undefined || args.includes('--serve') || args.includes('--watch')) continue;
    const configFile = resolve(run.cwd, config);
    if (configFile === site.configFile || found.some((build) => build.site.configFile === configFile)) continue;
    const other = readSite(run.cwd, configFile, args);
    if (!other) continue;
    const otherOutput = resolve(other.root, typeof other.config.output === 'string' && other.config.output !== '' ? other.config.output : '_site');
    if (!isBelow(otherOutput, output) || otherOutput === output) continue;
    const mount = `/${toPosix(relative(output, otherOutput))}/`;
    found.push({mount, site: other, shown: `${run.via}: eleventy ${args.join(' ')}`});
  }
  return found;
}

const sources = new WeakMap<SiteInfo, Array<{file: string; text: string}>>();

/** The config's text and the files it imports by a relative path (a plugin in the repository), read once. */
function configSources(site: SiteInfo): Array<{file: string; text: string}> {
  let found = sources.get(site);
  if (found) return found;
  const text = site.configFile === undefined ? undefined : readText(site.configFile);
  found = text === undefined ? [] : localModules(site.configFile!, text);
  sources.set(site, found);
  return found;
}

/** Does the config, or a plugin it imports from the repository, copy files to other paths (`addPassthroughCopy({a: "b"})`)? */
export function copiesRenamed(site: SiteInfo): boolean {
  return configSources(site).some(({text}) => /addPassthroughCopy\s*\(\s*\{/.test(text));
}

/** A site's passthrough copies, with the files (from the site root) whose calls postlint cannot read, for the notice that names them. */
export interface SitePassthroughCopies extends PassthroughCopies {
  unreadIn: string[];
}

const copies = new WeakMap<SiteInfo, SitePassthroughCopies>();

/** The passthrough copies of the config and the plugins it imports from the repository (eleventy-copies.ts). */
export function passthroughCopies(site: SiteInfo): SitePassthroughCopies {
  let found = copies.get(site);
  if (found) return found;
  found = {copies: [], unread: 0, unreadIn: []};
  for (const {file, text} of configSources(site)) {
    const read = readPassthroughCopies([text]);
    found.copies.push(...read.copies);
    found.unread += read.unread;
    if (read.unread > 0) found.unreadIn.push(toPosix(relative(site.root, file)));
  }
  copies.set(site, found);
  return found;
}

const replacements = new WeakMap<SiteInfo, {found?: LinkReplacement}>();

/** The config's markdown-it-replace-link function, as far as it reads (markdown-it-replace-link.ts), with files named from the site root. */
export function replacedLinks(site: SiteInfo): LinkReplacement | undefined {
  let memo = replacements.get(site);
  if (!memo) {
    const found = linkReplacement(configSources(site).map(({file, text}) => ({file: toPosix(relative(site.root, file)), text})));
    replacements.set(site, (memo = found ? {found} : {}));
  }
  return memo.found;
}

const virtuals = new WeakMap<SiteInfo, VirtualTemplate[]>();

/**
 * The virtual templates a config adds by a literal path, in its own text and the files it imports
 * by a relative path. Those in the includes or layouts folder are layouts, not pages.
 */
export function virtualTemplates(site: SiteInfo): VirtualTemplate[] {
  let found = virtuals.get(site);
  if (found) return found;
  found = [];
  virtuals.set(site, found);
  const notPages = ['includes', 'layouts'].map((key) => (typeof site.config[key] === 'string' ? (site.config[key] as string) : key === 'includes' ? '_includes' : '_layouts')).map((folder) => folder.replace(/^\.\/+|\/+$/g, ''));
  for (const {file, text} of configSources(site)) {
    for (const match of text.matchAll(/\baddTemplate\s*\(\s*(['"`])([^'"`$\n]+)\1/g)) {
      const path = match[2]!.replace(/^\.?\/+/, '');
      if (notPages.some((folder) => path === folder || path.startsWith(`${folder}/`))) continue;
      const stem = virtualStem(path);
      if (stem !== '' && !found.some((virtual) => virtual.stem === stem)) found.push({stem, path, file: toPosix(relative(site.root, file))});
    }
  }
  return found;
}

/** The URL a virtual path is written at by default, without slashes: `sitemap.11ty.js` → `sitemap`, `tags/index.njk` → `tags`. */
function virtualStem(path: string): string {
  const parts = path.split('/');
  const name = parts.pop()!.replace(/\..*$/, '');
  const last = parts.at(-1);
  if (name !== 'index' && name !== last) parts.push(name);
  return parts.join('/').toLowerCase();
}

/** Why a site-root path no file answers may be a virtual template's page: at or below its default URL, any extension. */
export function virtualReason(path: string, site: SiteInfo): string | undefined {
  const clean = path.replace(/[?#].*$/, '').replace(/^\/+|\/+$/g, '').toLowerCase();
  const bare = clean.replace(/\.[a-z0-9]+$/, '').replace(/(^|\/)index$/, '');
  const virtual = virtualTemplates(site).find((candidate) => bare === candidate.stem || bare.startsWith(`${candidate.stem}/`));
  if (!virtual) return undefined;
  return `a page Eleventy may write from a virtual template (addTemplate("${virtual.path}") in ${virtual.file}), whose URL only running the code gives`;
}
