import type {RunSettings} from '../settings.js';
import {version} from '../version.js';
import {home} from '../home.js';
import {isIgnoredFragment} from './normalize.js';
import {checkUrl, type Outcome} from './check.js';
import {HttpClient} from './request.js';
import {AddressLimiter, Scheduler} from './scheduler.js';
import {LinkCache} from './cache.js';
import {Progress} from './progress.js';
import type {LinkOptions} from './options.js';
import {resolve} from 'node:path';
import {isBelow} from '../paths.js';

/** The link cache is written on every online run: only inside the config's folder, whatever the config says. */
function cacheInsideSite(cacheFile: string, settings: RunSettings): boolean {
  if (isBelow(cacheFile, resolve(settings.configDir))) return true;
  settings.log(`postlint: links.cache ${cacheFile} is outside ${settings.configDir}; checking links without a cache`);
  return false;
}

export type {Outcome} from './check.js';

export const userAgent = `postlint/${version} (+${home})`;

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
  /** Milliseconds from the first URL handed in to the last answer. */
  elapsed: number;
}

interface Pending {
  ids: Set<string>;
  /** The cache was consulted and the check begun with `ids` as they were then. */
  started: boolean;
  promise: Promise<{outcome: Outcome; cached: boolean}>;
}

/**
 * One run's link checks. URLs can be handed in as soon as a file's facts exist (phase 1), so the
 * requests overlap with parsing the other files; each distinct URL is checked once (fresh cache
 * entries reused), under the global and per-host limits; `results()` waits for all of them.
 */
export class LinkSession {
  private readonly cache: LinkCache | undefined;
  private readonly ready: Promise<void>;
  private readonly pending = new Map<string, Pending>();
  private readonly stats = {requests: 0};
  private readonly addresses = new AddressLimiter();
  private readonly started = Date.now();
  private client: HttpClient | undefined;
  private scheduler: Scheduler | undefined;
  private progress: Progress | undefined;
  private total = 0;
  /** When the last request of the run was answered (the session may be asked for results later). */
  private lastAnswer: number | undefined;
  /** Checks handed in that have not yet been answered from the cache or reached the scheduler. */
  private unstarted = 0;
  private quietWaiters: Array<() => void> = [];
  private readonly log: (line: string) => void;

  constructor(
    private readonly options: LinkOptions,
    settings: RunSettings,
    /** Show the progress line (decided by the main thread: a worker's stderr is never a TTY). */
    private readonly showProgress?: boolean,
  ) {
    this.log = settings.log;
    this.cache = options.cacheFile && cacheInsideSite(options.cacheFile, settings) ? new LinkCache(options.cacheFile, {ok: options.ttlOk, failure: options.ttlFailure}, settings.log) : undefined;
    this.ready = this.cache ? this.cache.load() : Promise.resolve();
  }

  /** Check this URL (once), looking for these fragments in its page when links.checkFragments is on. */
  want(url: string, fragments: Iterable<string>): void {
    const ids = this.options.checkFragments ? [...fragments].filter((id) => !isIgnoredFragment(id)) : [];
    const existing = this.pending.get(url);
    if (existing && ids.every((id) => existing.ids.has(id))) return;
    if (existing && !existing.started) {
      // Not requested yet: the check will look for these too.
      for (const id of ids) existing.ids.add(id);
      return;
    }
    // A fragment first seen after the request went out: check again, for all fragments together.
    if (!existing) this.total++;
    const entry: Pending = {ids: new Set([...(existing?.ids ?? []), ...ids]), started: false, promise: Promise.resolve(undefined as never)};
    this.unstarted++;
    entry.promise = this.check(url, entry);
    this.pending.set(url, entry);
  }

  private async check(url: string, entry: Pending): Promise<{outcome: Outcome; cached: boolean}> {
    try {
      await this.ready;
    } finally {
      this.unstarted--;
    }
    entry.started = true;
    const ids = entry.ids;
    const cached = this.cache?.get(url, this.started);
    if (cached && coversFragments(cached.outcome, ids)) {
      this.noteQuiet();
      return {outcome: cached.outcome, cached: true};
    }
    const options = this.options;
    this.client ??= new HttpClient({timeout: options.timeout, connectTimeout: options.connectTimeout, maxBodySize: options.maxBodySize, allowPrivate: options.allowPrivate, userAgent, warn: this.log});
    this.scheduler ??= new Scheduler(options.concurrency, options.perHost, () => this.noteQuiet());
    this.progress ??= new Progress(() => this.total, this.showProgress);
    let outcome: Outcome;
    try {
      // Synchronously up to the scheduler's queue: nothing is unstarted and unqueued in between.
      const checking = checkUrl(url, ids, {client: this.client, scheduler: this.scheduler, options, headersFor: (target) => this.headersFor(target), stats: this.stats, deadline: this.started + options.deadline, addresses: this.addresses});
      this.noteQuiet();
      outcome = await checking;
    } catch (error) {
      // Never an unhandled rejection while files are still being read: a failure like any other.
      outcome = {kind: 'failure', failure: 'other', detail: error instanceof Error ? error.message : String(error)};
    }
    this.lastAnswer = Date.now();
    this.progress.tick(outcome.kind === 'failure' || outcome.status >= 400);
    return {outcome, cached: false};
  }

  /**
   * Settles once no check waits to start: each was answered from the cache or has been given a
   * slot, so this thread only waits for answers. It may get busy again (a retry, or URLs the parse
   * hands in that the pre-scan could not be sure of); the core it gave up is not taken back.
   */
  whenQuiet(): Promise<void> {
    return new Promise((resolve) => {
      this.quietWaiters.push(resolve);
      this.noteQuiet();
    });
  }

  private noteQuiet(): void {
    if (this.quietWaiters.length === 0 || this.unstarted > 0 || (this.scheduler?.waiting ?? 0) > 0) return;
    for (const resolve of this.quietWaiters.splice(0)) resolve();
  }

  private headersFor(url: string): Record<string, string> {
    return Object.assign({}, ...this.options.headers.filter((rule) => rule.pattern.test(url)).map((rule) => rule.headers)) as Record<string, string>;
  }

  /** Wait for every check, save the cache, release the connections. */
  async results(): Promise<CheckReport> {
    const outcomes = new Map<string, Outcome>();
    const fresh = new Map<string, Outcome>();
    let fromCache = 0;
    try {
      // Settled one by one: a URL re-checked for a late fragment replaces its entry meanwhile.
      for (let settled = 0; settled < this.pending.size; ) {
        settled = 0;
        for (const [url, entry] of this.pending) {
          const {outcome, cached} = await entry.promise;
          if (this.pending.get(url) !== entry) continue;
          settled++;
          if (!outcomes.has(url)) {
            if (cached) fromCache++;
          }
          if (!cached) fresh.set(url, outcome);
          else fresh.delete(url);
          outcomes.set(url, outcome);
        }
      }
    } finally {
      this.progress?.done();
      this.client?.close();
    }
    const freshOutcomes = [...fresh.values()];
    const lookupFailed = (o: Outcome): boolean => o.kind === 'failure' && (o.failure === 'dns' || o.failure === 'dns-temporary');
    const offlineLikely = freshOutcomes.some(lookupFailed) && !freshOutcomes.some((o) => o.kind === 'http');
    // Offline lookups are not cached: the next run, online, must ask again. Nor is a refused private address.
    if (this.cache && !offlineLikely) {
      const now = Date.now();
      // Nor a link the run's deadline left unchecked: the next run asks again.
      for (const [url, outcome] of fresh) if (!(outcome.kind === 'failure' && (outcome.failure === 'private' || outcome.failure === 'deadline'))) this.cache.set(url, outcome, now);
      await this.cache.save(now);
    }
    return {outcomes, fromCache, requests: this.stats.requests, peakPerHost: Math.max(0, ...(this.scheduler?.peak.values() ?? [])), offlineLikely, elapsed: (this.lastAnswer ?? this.started) - this.started};
  }
}

/** A cached page answers this run's fragments only if it was searched for all of them. */
function coversFragments(outcome: Outcome, ids: Set<string>): boolean {
  if (ids.size === 0 || outcome.kind !== 'http' || outcome.status < 200 || outcome.status >= 300 || outcome.notHtml) return true;
  return [...ids].every((id) => outcome.fragments?.[id] !== undefined);
}
