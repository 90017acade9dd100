import {readdirSync, statSync} from 'node:fs';
import {readSmallFile, warnNotUsed} from '../read-text.js';
import {dirname, join, parse as parsePath} from 'node:path';

export type Generator = 'hugo' | 'jekyll' | 'mkdocs' | 'docusaurus' | 'vitepress' | 'unknown';

/** A site: the folder its generator config sits in, and that config's data. */
export interface SiteInfo {
  root: string;
  generator: Generator;
  /** The generator config file the site was detected from. */
  configFile?: string;
  /** Parsed generator config (`{}` when unreadable). */
  config: Record<string, unknown>;
}

/** Marker files, nearest first wins; the order inside one folder decides ties. */
const markers: Array<{file: string; generator: Generator}> = [
  {file: 'hugo.toml', generator: 'hugo'},
  {file: 'hugo.yaml', generator: 'hugo'},
  {file: 'hugo.yml', generator: 'hugo'},
  {file: 'hugo.json', generator: 'hugo'},
  {file: 'mkdocs.yml', generator: 'mkdocs'},
  {file: 'mkdocs.yaml', generator: 'mkdocs'},
  {file: '_config.yml', generator: 'jekyll'},
  {file: '_config.yaml', generator: 'jekyll'},
  {file: 'docusaurus.config.js', generator: 'docusaurus'},
  {file: 'docusaurus.config.ts', generator: 'docusaurus'},
  {file: 'docusaurus.config.mjs', generator: 'docusaurus'},
  // VitePress keeps its config in `.vitepress/` inside the source folder, which is the site root for links.
  {file: join('.vitepress', 'config.ts'), generator: 'vitepress'},
  {file: join('.vitepress', 'config.mts'), generator: 'vitepress'},
  {file: join('.vitepress', 'config.js'), generator: 'vitepress'},
  {file: join('.vitepress', 'config.mjs'), generator: 'vitepress'},
  {file: 'config.toml', generator: 'hugo'},
  {file: 'config.yaml', generator: 'hugo'},
  {file: 'config.yml', generator: 'hugo'},
  {file: 'config.json', generator: 'hugo'},
];

const byDir = new Map<string, SiteInfo | null>();

function isFile(path: string): boolean {
  try {
    const info = statSync(path);
    // A config file that is a device or a FIFO (a planted link to /dev/zero) is not read: said once.
    if (!info.isFile() && !info.isDirectory()) warnNotUsed(path, 'Cannot read file: it is not a regular file');
    return info.isFile();
  } catch {
    return false;
  }
}

/**
 * The site a folder belongs to: the nearest ancestor with a generator config.
 * Hugo's generic `config.*` only counts next to a content/ folder, so a stray config.yml does not make a site.
 */
export async function siteFor(dir: string): Promise<SiteInfo | undefined> {
  const chain: string[] = [];
  let current = dir;
  let found: SiteInfo | null | undefined;
  for (;;) {
    if (byDir.has(current)) {
      found = byDir.get(current);
      break;
    }
    chain.push(current);
    const marker = markers.find(({file, generator}) => {
      if (!isFile(join(current, file))) return false;
      return !file.startsWith('config.') || (generator === 'hugo' && isDir(join(current, 'content')));
    });
    if (marker) {
      found = {root: current, generator: marker.generator, configFile: join(current, marker.file), config: await readSiteConfig(join(current, marker.file))};
      break;
    }
    const directory = await hugoConfigDirectory(current);
    if (directory) {
      found = directory;
      break;
    }
    const sibling = docusaurusSibling(current);
    if (sibling) {
      found = sibling;
      break;
    }
    const parent = dirname(current);
    if (parent === current || parsePath(current).root === current) {
      found = null;
      break;
    }
    current = parent;
  }
  for (const d of chain) byDir.set(d, found ?? null);
  return found ?? undefined;
}

const hugoConfigNames = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];

/**
 * A Hugo site configured by a config directory (`config/_default/hugo.toml` or `config.yaml`,
 * beside `languages.yaml`, `params.toml`, `markup.yaml`…): each other file is the key of its name.
 */
async function hugoConfigDirectory(dir: string): Promise<SiteInfo | undefined> {
  const folder = join(dir, 'config', '_default');
  if (!isDir(folder) || !isDir(join(dir, 'content'))) return undefined;
  const main = hugoConfigNames.map((name) => join(folder, name)).find(isFile);
  const config: Record<string, unknown> = main ? await readSiteConfig(main) : {};
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    // An unreadable folder gives the defaults.
  }
  for (const name of names.sort()) {
    const path = join(folder, name);
    if (path === main || !/\.(toml|ya?ml|json)$/.test(name)) continue;
    const key = name.replace(/\.(toml|ya?ml|json)$/, '');
    if (!(key in config)) config[key] = await readSiteConfig(path);
  }
  return {root: dir, generator: 'hugo', configFile: main ?? folder, config};
}

/**
 * A docs folder that a Docusaurus site in a sibling folder reads (`website/docusaurus.config.js`
 * with `path: '../docs'`, as in many monorepos). The JS config is searched as text, never run.
 */
function docusaurusSibling(dir: string): SiteInfo | undefined {
  const parent = dirname(dir);
  const name = dir.slice(parent.length + 1);
  if (parent === dir || name === '') return undefined;
  for (const folder of ['website', 'site', 'docs-site']) {
    for (const file of ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs']) {
      const configFile = join(parent, folder, file);
      if (!isFile(configFile)) continue;
      let text = '';
      try {
        text = readSmallFile(configFile);
      } catch {
        continue;
      }
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`path\\s*:\\s*["'\`]\\.\\./${escaped}/?["'\`]`).test(text)) {
        return {root: join(parent, folder), generator: 'docusaurus', configFile, config: {docsPath: `../${name}`}};
      }
    }
  }
  return undefined;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function readSiteConfig(path: string): Promise<Record<string, unknown>> {
  try {
    const text = readSmallFile(path);
    let data: unknown;
    if (path.endsWith('.toml')) data = (await import('smol-toml')).parse(text);
    else if (path.endsWith('.json')) data = JSON.parse(text);
    else if (/\.ya?ml$/.test(path)) data = (await import('yaml')).parse(text, {logLevel: 'silent'});
    // JS configs (Docusaurus, VitePress) are not executed: postlint never runs the site's code.
    // VitePress's `srcDir` (where the pages are) and whether it `rewrites` page URLs are read from the text.
    else if (path.includes('.vitepress')) data = {srcDir: /\bsrcDir\s*:\s*['"`]([^'"`]+)['"`]/.exec(text)?.[1], rewrites: /\brewrites\s*:/.test(text)};
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
