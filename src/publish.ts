import type {FrontMatter} from './frontmatter.js';
import type {SiteInfo} from './site/detect.js';
import {generatorOf} from './site/generators/index.js';
import type {PublishProblem} from './site/generators/types.js';

export type {PublishProblem} from './site/generators/types.js';
export {formatInstant} from './site/generators/common.js';

/** The site's time zone for dates written without an offset. */
export function siteTimeZone(site: SiteInfo | undefined): string | undefined {
  return generatorOf(site).timeZone(site);
}

/**
 * Would this file be left out of a production build? Each reason its generator has for leaving a
 * page out, with the front-matter line that causes it (none for generators without drafts).
 */
export function publishProblems(path: string, frontMatter: Omit<FrontMatter, 'error'> | undefined, site: SiteInfo | undefined, now: Date): PublishProblem[] {
  return generatorOf(site).publishState(path, frontMatter, site, now);
}
