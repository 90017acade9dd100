import {relative} from 'node:path';
import type {SiteInfo} from './detect.js';
import type {PostlintConfig} from '../config.js';
import {isFlavorName} from './slug/index.js';
import {generatorOf} from './generators/index.js';
import type {FlavorChoice} from './generators/types.js';

export type {FlavorChoice} from './generators/types.js';

/**
 * The heading-id flavor for files of `site`: postlint's `anchors.slugger` wins; else the site's
 * generator decides (files outside every site: GitHub's ids).
 */
export function chooseFlavor(site: SiteInfo | undefined, config: PostlintConfig): FlavorChoice {
  const override = config.anchors?.['slugger'];
  if (isFlavorName(override)) return {name: override, options: {}, reason: 'anchors.slugger in the postlint config'};
  const choice = generatorOf(site).slugFlavor(site);
  return site ? choice : {...choice, reason: 'no site config found; GitHub-style ids'};
}

/** One --verbose line: which flavor, for which folder, from which file. */
export function describeChoice(choice: FlavorChoice, folder: string | undefined, cwd: string): string {
  const where = folder ? relative(cwd, folder) || '.' : 'files outside any site';
  const from = choice.from ? ` from ${relative(cwd, choice.from) || choice.from}` : '';
  return `no-broken-anchors: slug flavor "${choice.name}" for ${where}${from} (${choice.reason})`;
}
