import {sep} from 'node:path';
import type {FrontMatter} from './frontmatter.js';
import type {SiteInfo} from './site/detect.js';
import type {Span} from './types.js';
import {parseFrontMatterDate} from './dates.js';
import {outsideContent} from './site/hugo.js';

export type PublishProblem = {
  kind: 'draft' | 'scheduled' | 'expired';
  /** Why, in words: `draft: true`, `published: false`, `scheduled for …`. */
  reason: string;
  /** Where to point: the front-matter field, or the file's first line. */
  span: Span;
  /** Scheduled or expired instants are warnings; drafts are the rule's severity. */
  warning: boolean;
};

const hourMs = 3600_000;

/** The site's time zone for dates written without an offset. */
export function siteTimeZone(site: SiteInfo | undefined): string | undefined {
  const config = site?.config ?? {};
  const zone = config.timeZone ?? config.timezone ?? config.time_zone;
  return typeof zone === 'string' && zone !== '' ? zone : undefined;
}

/**
 * Would this file be left out of a production build? Each reason a generator has for leaving a
 * post out, with the front-matter line that causes it.
 */
export function publishProblems(path: string, frontMatter: Omit<FrontMatter, 'error'> | undefined, site: SiteInfo | undefined, now: Date): PublishProblem[] {
  const problems: PublishProblem[] = [];
  // Hugo makes pages only from its content roots: an archetype's `draft: true` is a template, not a post.
  if (site?.generator === 'hugo' && outsideContent(path, site)) return problems;
  const data = frontMatter?.data ?? {};
  const at = (key: string): Span => frontMatter?.keyLines[key] ?? frontMatter?.start ?? {line: 1, column: 1};
  if (data.draft === true || data.draft === 'true') problems.push({kind: 'draft', reason: 'it is marked `draft: true`', span: at('draft'), warning: false});
  if (data.published === false || data.published === 'false') problems.push({kind: 'draft', reason: 'it is marked `published: false`', span: at('published'), warning: false});
  if (typeof data.status === 'string' && /^draft$/i.test(data.status)) problems.push({kind: 'draft', reason: `it has \`status: ${data.status}\``, span: at('status'), warning: false});
  if (path.split(sep).includes('_drafts')) problems.push({kind: 'draft', reason: 'it is in a `_drafts` folder', span: frontMatter?.start ?? {line: 1, column: 1}, warning: false});

  const zone = siteTimeZone(site);
  // Sites built with Hugo's buildFuture / Jekyll's future publish future posts; buildExpired keeps expired ones.
  const config = site?.config ?? {};
  const buildsFuture = config.buildFuture === true || config.future === true;
  const buildsExpired = config.buildExpired === true;
  // A Jekyll post without a date field is dated by its file name (2024-05-01-title.md).
  const fileDate = /(?:^|[\\/])(\d{4}-\d{2}-\d{2})-[^\\/]+$/.exec(path)?.[1];
  const dated = site?.generator === 'jekyll' && fileDate && !('date' in data) ? {...data, date: fileDate} : data;
  for (const key of buildsFuture ? [] : (['publishDate', 'pubdate', 'date'] as const)) {
    if (!(key in dated)) continue;
    const date = parseFrontMatterDate(dated[key], zone);
    if (date && date.instant.getTime() > now.getTime()) {
      const ahead = date.instant.getTime() - now.getTime();
      const soon = ahead <= 24 * hourMs ? ` (in ${describeSpan(ahead)}${date.zoned ? `, reading "${date.text}" in ${zone ?? 'UTC'}` : ''})` : '';
      problems.push({kind: 'scheduled', reason: `it is scheduled for ${formatInstant(date.instant)}${soon}`, span: at(key), warning: true});
    }
    // Hugo uses publishDate over date when both are set.
    break;
  }
  for (const key of buildsExpired ? [] : (['expiryDate', 'expirydate', 'unpublishdate'] as const)) {
    if (!(key in data)) continue;
    const date = parseFrontMatterDate(data[key], zone);
    if (date && date.instant.getTime() <= now.getTime()) {
      problems.push({kind: 'expired', reason: `it expired on ${formatInstant(date.instant)}`, span: at(key), warning: true});
    }
  }
  return problems;
}

function describeSpan(ms: number): string {
  const hours = Math.floor(ms / hourMs);
  const minutes = Math.round((ms % hourMs) / 60_000);
  return hours > 0 ? (minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`) : `${minutes} min`;
}

export function formatInstant(date: Date): string {
  return date.toISOString().replace(/:00\.000Z$/, 'Z').replace('.000Z', 'Z').replace('T', ' ');
}
