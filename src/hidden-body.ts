/**
 * A page whose layout never writes its body (an Eleventy layout that never outputs `content`,
 * a redirect page: the generator's `hidesBody`): no reader sees anything below its front matter,
 * so no finding there is reported, in a rule's file half (src/rule-kit.ts) and in its site half
 * alike (src/engine.ts: a link in that body is no broken link a reader meets).
 */
import {generatorOf} from './site/generators/index.js';
import type {PageFrontMatter, SiteInfo} from './site/generators/types.js';
import type {Place} from './types.js';

/** The first line of the page's body when its layout hides it; Infinity when the body is shown. */
export function hiddenBodyFrom(path: string, site: SiteInfo | undefined, frontMatter: PageFrontMatter, frontMatterEnd: number | undefined): number {
  return hiddenBodyReason(path, site, frontMatter) === undefined ? Infinity : (frontMatterEnd ?? 0) + 1;
}

/** Why the page's layout hides its body (naming the layout), if so: said in a notice once per reason (src/notices.ts), never silently. */
export function hiddenBodyReason(path: string, site: SiteInfo | undefined, frontMatter: PageFrontMatter): string | undefined {
  return site ? generatorOf(site).hidesBody?.(path, site, frontMatter) : undefined;
}

/** The line a finding's place starts on. */
export function placeLine(place: Place): number {
  return 'start' in place ? place.start.line : place.line;
}
