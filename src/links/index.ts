import type {SiteIndex} from '../site/index.js';
import type {LinkKind} from '../facts.js';
import type {Span} from '../types.js';
import type {RunSettings} from '../settings.js';
import {version} from '../version.js';
import {isExternal, isIgnoredFragment, normalizeUrl} from './normalize.js';
import {checkUrl, type Outcome} from './check.js';
import {HttpClient} from './request.js';
import {Scheduler} from './scheduler.js';
import {LinkCache} from './cache.js';
import {Progress} from './progress.js';
import type {LinkOptions} from './options.js';

export {linkOptions, linksSchema, type LinkOptions} from './options.js';
export {verdictFor, type Verdict} from './verdict.js';
export type {Outcome} from './check.js';

/** One place a URL is written. */
export interface LinkOccurrence extends Span {
  file: string;
  kind: LinkKind;
  /** As written. */
  raw: string;
  /** Normalized, without fragment; undefined when the text is not a valid URL. */
  url?: string;
  fragment?: string;
}

export const userAgent = `postlint/${version} (+https://github.com/postlint/postlint)`;

/** Every http(s) URL of the target files: links, images, definitions, autolinks, HTML href/src, front-matter fields. */
export function collectLinks(index: SiteIndex, targets: string[], frontMatterFields: string[]): LinkOccurrence[] {
  const found: LinkOccurrence[] = [];
  const add = (file: string, kind: LinkKind, raw: string, span: Span): void => {
    if (!isExternal(raw)) return;
    const normalized = normalizeUrl(raw);
    found.push({file, kind, raw, ...span, ...(normalized ? {url: normalized.url} : {}), ...(normalized?.fragment !== undefined ? {fragment: normalized.fragment} : {})});
  };
  for (const file of targets) {
    const facts = index.facts(file);
    if (!facts) continue;
    for (const link of facts.links) {
      const {url, kind, ...span} = link;
      add(file, kind, url, span);
    }
    const frontMatter = facts.frontMatter;
    if (!frontMatter) continue;
    for (const field of frontMatterFields) {
      const path = field.split('.');
      const span = frontMatter.keyLines[path[0]!] ?? frontMatter.start;
      for (const value of valuesAt(frontMatter.data, path)) add(file, 'frontmatter', value, {line: span.line, column: span.column});
    }
  }
  return found;
}

/** Strings at a dotted path, through lists: `images` gives each image, `cover.image` the nested one. */
function valuesAt(data: unknown, path: string[]): string[] {
  if (path.length === 0) {
    if (typeof data === 'string') return [data];
    if (Array.isArray(data)) return data.flatMap((item) => valuesAt(item, []));
    return [];
  }
  if (Array.isArray(data)) return data.flatMap((item) => valuesAt(item, path));
  if (data && typeof data === 'object') return valuesAt((data as Record<string, unknown>)[path[0]!], path.slice(1));
  return [];
}

export interface CheckReport {
  outcomes: Map<string, Outcome>;
  fromCache: number;
  requests: number;
  peakPerHost: number;
  /**
   * Every host looked up in this run failed DNS and none answered: the machine is most likely
   * offline (a sandbox, a train), and "no such host" then says nothing about the links.
   */
  offlineLikely: boolean;
}

/**
 * Check each distinct URL once: fresh cache entries are reused, the rest are requested under the
 * global and per-host limits. `wanted` maps each URL to the fragments to look for in its page.
 */
export async function checkLinks(wanted: Map<string, Set<string>>, options: LinkOptions, settings: RunSettings): Promise<CheckReport> {
  const now = Date.now();
  const cache = options.cacheFile ? new LinkCache(options.cacheFile, {ok: options.ttlOk, failure: options.ttlFailure}, settings.log) : undefined;
  await cache?.load();
  const outcomes = new Map<string, Outcome>();
  const pending: Array<[string, Set<string>]> = [];
  for (const [url, rawIds] of wanted) {
    const ids = options.checkFragments ? new Set([...rawIds].filter((id) => !isIgnoredFragment(id))) : new Set<string>();
    const cached = cache?.get(url, now);
    if (cached && coversFragments(cached.outcome, ids)) outcomes.set(url, cached.outcome);
    else pending.push([url, ids]);
  }
  const fromCache = outcomes.size;
  const stats = {requests: 0};
  let peakPerHost = 0;
  if (pending.length > 0) {
    const client = new HttpClient({
      timeout: options.timeout,
      connectTimeout: options.connectTimeout,
      maxBodySize: options.maxBodySize,
      allowPrivate: options.allowPrivate,
      userAgent,
    });
    const scheduler = new Scheduler(options.concurrency, options.perHost);
    const progress = new Progress(pending.length);
    const headersFor = (url: string): Record<string, string> => Object.assign({}, ...options.headers.filter((rule) => rule.pattern.test(url)).map((rule) => rule.headers)) as Record<string, string>;
    try {
      await Promise.all(
        pending.map(async ([url, ids]) => {
          const outcome = await checkUrl(url, ids, {client, scheduler, options, headersFor, stats});
          outcomes.set(url, outcome);
          // A refused private address says nothing about the link: it is not cached.
          if (!(outcome.kind === 'failure' && outcome.failure === 'private')) cache?.set(url, outcome, Date.now());
          progress.tick(outcome.kind === 'failure' || outcome.status >= 400);
        }),
      );
    } finally {
      progress.done();
      client.close();
    }
    peakPerHost = Math.max(0, ...scheduler.peak.values());
  }
  const fresh = pending.map(([url]) => outcomes.get(url)!);
  const offlineLikely = fresh.some((o) => o.kind === 'failure' && o.failure === 'dns') && !fresh.some((o) => o.kind === 'http');
  // Offline lookups are not cached: the next run, online, must ask again.
  if (!offlineLikely) await cache?.save(Date.now());
  return {outcomes, fromCache, requests: stats.requests, peakPerHost, offlineLikely};
}

/** A cached page answers this run's fragments only if it was searched for all of them. */
function coversFragments(outcome: Outcome, ids: Set<string>): boolean {
  if (ids.size === 0 || outcome.kind !== 'http' || outcome.status < 200 || outcome.status >= 300 || outcome.notHtml) return true;
  return [...ids].every((id) => outcome.fragments?.[id] !== undefined);
}
