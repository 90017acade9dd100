// Site detection lives with the generator modules; this name stays for the code that imports it.
import {generatorOf} from './generators/index.js';
import type {SiteInfo} from './generators/types.js';

export {forgetSites, siteFor, walkWitness} from './generators/index.js';
export type {SiteInfo} from './generators/types.js';

/** Why a file's site keeps it but never builds it (a Docusaurus version versions.json does not list): then it is not checked. */
export function unbuiltReason(path: string, site: SiteInfo | undefined): string | undefined {
  return site ? generatorOf(site).unbuilt?.(path, site) : undefined;
}
