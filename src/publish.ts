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

/**
 * Why this page will not go live until someone edits it, if so: a draft (`draft: true`,
 * `published: false`, `_drafts/`), an expired post, a chapter SUMMARY.md does not list. Rules
 * about finished content (`leavesDraftsAlone`) say nothing inside it: an unfinished page is what a
 * draft is for. A scheduled post goes live by itself on its date, so it is checked like a live one.
 */
export function heldBack(path: string, frontMatter: Omit<FrontMatter, 'error'> | undefined, site: SiteInfo | undefined, now: Date): PublishProblem | undefined {
  return publishProblems(path, frontMatter, site, now).find((problem) => problem.kind !== 'scheduled');
}
