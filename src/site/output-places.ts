/**
 * Where a site's build writes what the site serves (build-output.ts): the generator's content and
 * static roots, its own output folders (left out), and the build command the reason names.
 */
import {resolve} from 'node:path';
import {buildCommand, buildScripts} from './build-scripts.js';
import type {OutputPlaces} from './build-output.js';
import {generatorOf} from './generators/index.js';
import type {SiteInfo} from './generators/types.js';

export function outputPlaces(site: SiteInfo): OutputPlaces {
  const generator = generatorOf(site);
  const command = buildCommand(buildScripts(site.root));
  const contents = generator.contentRoots(site).map((root) => resolve(site.root, root));
  return {
    root: site.root,
    contents,
    roots: [...contents, ...generator.staticRoots(site).map((root) => resolve(site.root, root))],
    outputs: generator.buildOutput(site).map((output) => resolve(site.root, output)),
    ...(command ? {command} : {}),
  };
}
