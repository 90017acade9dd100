/**
 * A Jekyll site with no `_config.yml`: GitHub Pages builds every repository with Jekyll and its
 * defaults unless a `.nojekyll` file says not to, and Jekyll itself runs without a config file
 * ("Configuration file: none"). Such a site is told by Jekyll's own signals in its folder:
 * - a Gemfile that names the `jekyll` or `github-pages` gem;
 * - `_posts/` holding a post named as Jekyll reads posts (`YYYY-MM-DD-title.ext`);
 * - `_layouts/` (Jekyll's layouts_dir; Eleventy's default keeps layouts in `_includes/`);
 * - `_includes/` (Jekyll's includes_dir, which Eleventy shares);
 * - an index page whose front matter names a layout that `_layouts/` holds (`layout: post` is
 *   `_layouts/post.html`, found by name without extension as Jekyll's LayoutReader does).
 * One signal is a guess: `_includes/` or a Gemfile alone is abstained on. It takes one of the two
 * Jekyll-only folders (`_posts/`, `_layouts/`) and one more signal. A folder whose own package.json
 * names another generator is not read as Jekyll; nor one that lies in an Eleventy package (the
 * nearest package.json above names `@11ty/eleventy`: Eleventy's default includes folder is
 * `_includes/` too, and a config may name `_layouts/`). Next, Astro and the rest have no such
 * folders, so a GitHub Pages `docs/` in their repository is still Jekyll. The detection yields to
 * any site above it.
 */
import {readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {isDir, isFile, readFrontMatterDataSync, readText} from './common.js';
import {heldExists, heldText} from './held-reads.js';
import {listedAbsent} from './detect-listing.js';

const datedPost = /^\d{4}-\d{1,2}-\d{1,2}-.+\.(md|markdown|mkd|mkdn|mdown|html|textile)$/i;
/** npm packages of other generators that keep `_includes/` or `_layouts/` folders. */
const otherGenerators = /"(@11ty\/eleventy|hexo|astro|@docusaurus\/core|vitepress|gatsby|next)"\s*:/;
/** The one of them whose own folders (`_includes/`, a config's `_layouts/`) lie below its package's root. */
const eleventyPackage = /"@11ty\/eleventy"\s*:/;

/** The signals that make `dir` a Jekyll site with no config, in words; undefined when they are too weak. */
export function configlessJekyll(dir: string): string[] | undefined {
  if (isFile(join(dir, '.nojekyll'))) return undefined;
  if (inOtherGeneratorsPackage(dir)) return undefined;
  const posts = hasDatedPost(join(dir, '_posts'));
  const layouts = isDir(join(dir, '_layouts'));
  if (!posts && !layouts) return undefined;
  const signals: string[] = [];
  if (posts) signals.push('_posts/');
  if (layouts) signals.push('_layouts/');
  if (isDir(join(dir, '_includes'))) signals.push('_includes/');
  const gemfile = readText(join(dir, 'Gemfile'));
  const gem = gemfile === undefined ? undefined : /^\s*gem\s+["'](jekyll|github-pages)["']/m.exec(gemfile)?.[1];
  if (gem) signals.push(`the ${gem} gem in Gemfile`);
  if (layouts && indexLayout(dir)) signals.push('an index page with a layout from _layouts/');
  return signals.length >= 2 ? signals : undefined;
}

/** How many folders above are looked at for a package.json, up to the repository's top. */
const packageDepth = 3;

/**
 * The folder's own package.json names another generator, or the nearest package.json above it
 * (within the repository, a few levels) names Eleventy.
 */
function inOtherGeneratorsPackage(dir: string): boolean {
  let current = dir;
  for (let level = 0; level <= packageDepth; level++) {
    // Read once a run, however many folders below ask (held-reads.ts).
    const manifest = heldText(join(current, 'package.json'));
    if (manifest !== undefined) return (level === 0 ? otherGenerators : eleventyPackage).test(manifest);
    const parent = dirname(current);
    // The repository's top: `.git` is a folder, or a file in a worktree or submodule.
    if (parent === current || heldExists(join(current, '.git'))) return false;
    current = parent;
  }
  return false;
}

function hasDatedPost(folder: string): boolean {
  // Most folders have no `_posts/`: the listing of the folder under detection says so without a failed readdir.
  if (listedAbsent(folder)) return false;
  try {
    return readdirSync(folder, {withFileTypes: true}).some((entry) => entry.isFile() && datedPost.test(entry.name));
  } catch {
    return false;
  }
}

/** The site's index page names a layout `_layouts/` holds. */
function indexLayout(dir: string): boolean {
  let layouts: string[];
  try {
    layouts = readdirSync(join(dir, '_layouts')).map((name) => name.replace(/\.[^.]+$/, ''));
  } catch {
    return false;
  }
  for (const name of ['index.md', 'index.markdown', 'index.html']) {
    const text = readText(join(dir, name));
    if (text === undefined) continue;
    const layout = readFrontMatterDataSync(text)?.['layout'];
    if (typeof layout === 'string' && layouts.includes(layout)) return true;
  }
  return false;
}
