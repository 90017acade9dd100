/**
 * The generator registry: every module postlint models, in detection order, and the lookup from
 * a site (plain data) to its module. Adding a generator is one module file and one line in
 * `generators` (before `unknown`, which only names generators nobody models yet).
 */
import {dirname, parse as parsePath} from 'node:path';
import {docusaurus} from './docusaurus.js';
import {eleventy} from './eleventy.js';
import {github} from './github.js';
import {hugo} from './hugo.js';
import {jekyll} from './jekyll.js';
import {mdbook} from './mdbook.js';
import {mkdocs} from './mkdocs.js';
import {starlight} from './starlight.js';
import {unknown} from './unknown.js';
import {vitepress} from './vitepress.js';
import {zola} from './zola.js';
import type {Detection, Generator, SiteInfo} from './types.js';

export type {Generator, SiteInfo} from './types.js';

/**
 * Detection order inside one folder: a generator's own config file (`hugo.toml`, `mkdocs.yml`)
 * wins over a generic one (`config.toml`, which Hugo and Zola share), and among equals the
 * earlier module here wins. The nearest folder with any marker decides.
 */
export const generators: readonly Generator[] = [hugo, mkdocs, jekyll, docusaurus, vitepress, mdbook, eleventy, starlight, zola, unknown];

const byName = new Map<string, Generator>([...generators, github].map((generator) => [generator.name, generator]));

/** The module for a site; files outside every site are plain GitHub Markdown. */
export function generatorOf(site: SiteInfo | undefined): Generator {
  return (site && byName.get(site.generator)) ?? (site ? unknown : github);
}

const byDir = new Map<string, SiteInfo | null>();

/** Detect sites again from now on (a generator config was added, edited or removed; the language server). */
export function forgetSites(): void {
  byDir.clear();
}

/** The site a folder belongs to: the nearest ancestor with a generator config. */
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
    const detected = await detectIn(current);
    if (detected) {
      found = detected;
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

async function detectIn(dir: string): Promise<SiteInfo | undefined> {
  let generic: Detection | undefined;
  for (const generator of generators) {
    const detection = await generator.detect(dir);
    if (detection?.strength === 'marker') return detection.site;
    generic ??= detection;
  }
  return generic?.site;
}
