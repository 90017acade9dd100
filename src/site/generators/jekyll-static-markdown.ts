/**
 * A Markdown file with no front matter in a Jekyll site's source, outside `_posts`, `_drafts` and
 * the collections: is it a page, or a static file copied into the site as it is (its Markdown never
 * rendered, its links no links of any page)?
 *
 * - Plain Jekyll makes a page only of a file whose first line is `---` (`Utils.has_yaml_header?`);
 *   any other file is a static file (jekyll/jekyll lib/jekyll/reader.rb `read_directories`).
 * - jekyll-optional-front-matter, one of the github-pages gem's default plugins, turns every such
 *   Markdown file into a page, but for the names in its FILENAME_BLACKLIST (README, LICENSE, LICENCE,
 *   COPYING, CODE_OF_CONDUCT, CONTRIBUTING, ISSUE_TEMPLATE, PULL_REQUEST_TEMPLATE) unless the site's
 *   `include:` list names the file; `require_front_matter: true` or `optional_front_matter: {enabled:
 *   false}` turn it off (benbalter/jekyll-optional-front-matter lib/…/generator.rb @ 56357aeb).
 * - jekyll-readme-index, another default, makes a README the page of its folder when the folder has
 *   no index (benbalter/jekyll-readme-index generator.rb `should_be_index?`, `dir_has_index?`).
 * - github/pages-gem lib/github-pages/plugins.rb DEFAULT_PLUGINS lists both: a build on GitHub Pages
 *   has them whatever the site's Gemfile says.
 *
 * Which build a site has is read from the checkout: the github-pages gem (Gemfile or `plugins:`), a
 * workflow with actions/jekyll-build-pages, or nothing said, are GitHub Pages' build (a repository
 * Pages builds by itself names no build); a host's or a workflow's own `jekyll build` with neither
 * gem nor plugin named is plain Jekyll. Only then is a file of a name the plugin would render taken
 * for a static file: where the build is unknown, the file stays a page.
 */
import {readdirSync} from 'node:fs';
import {basename, dirname, extname, join, relative} from 'node:path';
import {buildScripts} from '../build-scripts.js';
import {workflowsFolder} from '../gh-pages-deploys.js';
import {get, perSite, readText} from './common.js';
import {usesPlugin} from './jekyll-plugins.js';
import type {SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';

/** jekyll-optional-front-matter's FILENAME_BLACKLIST: names it leaves static files (compared upper case, extension aside). */
const leftStatic = new Set(['README', 'LICENSE', 'LICENCE', 'COPYING', 'CODE_OF_CONDUCT', 'CONTRIBUTING', 'ISSUE_TEMPLATE', 'PULL_REQUEST_TEMPLATE']);

/** A build command that runs Jekyll itself (`bundle exec jekyll build`), not GitHub Pages' action. */
const ownJekyllBuild = /\bjekyll\s+build\b/;

/** How the site is built, as far as its files say: GitHub Pages' build, or Jekyll run by the site's own command. */
const buildOf = perSite((site: SiteInfo): {pages: boolean; how: string} => {
  if (usesPlugin(site, 'github-pages')) return {pages: true, how: 'the github-pages gem'};
  const workflows = workflowTexts(site.root);
  if (workflows.some((text) => text.includes('actions/jekyll-build-pages'))) return {pages: true, how: 'actions/jekyll-build-pages'};
  const command = buildScripts(site.root).commands.find((entry) => ownJekyllBuild.test(entry.command));
  if (command !== undefined) return {pages: false, how: `${command.via}: ${command.command}`};
  if (workflows.some((text) => ownJekyllBuild.test(text))) return {pages: false, how: 'a workflow that runs jekyll build'};
  return {pages: true, how: 'no build of its own named (GitHub Pages builds the repository)'};
});

/** The text of the site's repository workflows (a few small files). */
function workflowTexts(root: string): string[] {
  const folder = workflowsFolder(root);
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((name) => /\.ya?ml$/i.test(name)).sort().slice(0, 50);
  } catch {
    return [];
  }
  return names.flatMap((name) => readText(join(folder, name)) ?? []);
}

/** Does the site turn off jekyll-optional-front-matter (`require_front_matter`, `optional_front_matter.enabled: false`)? */
function optionalFrontMatterOff(site: SiteInfo): boolean {
  return site.config['require_front_matter'] === true || get(site.config, 'optional_front_matter', 'enabled') === false;
}

/** Does the build run jekyll-optional-front-matter? */
function rendersOptional(site: SiteInfo): boolean {
  if (optionalFrontMatterOff(site)) return false;
  return buildOf(site).pages || usesPlugin(site, 'jekyll-optional-front-matter');
}

/** Does the build run jekyll-readme-index? */
function indexesReadmes(site: SiteInfo): boolean {
  return get(site.config, 'readme_index', 'enabled') !== false && (buildOf(site).pages || usesPlugin(site, 'jekyll-readme-index'));
}

/** Does the folder hold an index page (`index.md`, `index.html`…: readme-index's INDEX_REGEX by file name)? */
function folderHasIndex(folder: string): boolean {
  try {
    return readdirSync(folder).some((name) => /^index\.(?:md|markdown|mkdn?|mkd|mdown|html?|xhtml|xml)$/i.test(name));
  } catch {
    return false;
  }
}

/** The site's `include:` list names this file (`rel` from the source folder), which keeps it off the plugin's list. */
function includedByName(rel: string, site: SiteInfo): boolean {
  const include = site.config['include'];
  return Array.isArray(include) && include.some((entry) => typeof entry === 'string' && (entry === rel || entry === basename(rel)));
}

/**
 * Why Jekyll copies this Markdown file without front matter (`rel` from the source folder, a page's
 * place: not in `_posts`, `_drafts` or a collection) as a static file rather than rendering it, if so.
 */
export function staticMarkdownReason(path: string, source: string, site: SiteInfo): string | undefined {
  const rel = toPosix(relative(source, path));
  const stem = basename(path, extname(path)).toUpperCase();
  const build = buildOf(site);
  if (!rendersOptional(site)) {
    // Only where the build is known to be Jekyll's own (or the site turns the plugin off) is that certain.
    if (build.pages && !optionalFrontMatterOff(site)) return undefined;
    const why = optionalFrontMatterOff(site) ? 'the site turns jekyll-optional-front-matter off' : `the site builds with Jekyll itself (${build.how}), without jekyll-optional-front-matter`;
    return `it has no front matter and ${why}: Jekyll copies it as a static file, its Markdown never rendered (Reader: Utils.has_yaml_header?)`;
  }
  if (!leftStatic.has(stem) || includedByName(rel, site)) return undefined;
  if (stem === 'README' && indexesReadmes(site) && !folderHasIndex(dirname(path))) return undefined;
  return `it has no front matter and jekyll-optional-front-matter leaves a ${stem} a static file (FILENAME_BLACKLIST)${stem === 'README' ? '; its folder has an index, so jekyll-readme-index does not make it one' : ''}`;
}
