import {deadlineDetail, type HttpAnswer, type HttpClient, type Method, type NetworkFailure, type FailureCode, type PartialReason} from './request.js';
import {addressKey, type AddressLimiter, Scheduler, sleep} from './scheduler.js';
import type {LinkOptions} from './options.js';

/**
 * What checking one URL found, before any config turns it into a verdict. This is what the
 * cache stores, so changing `accept` or `unverified` takes effect without new requests.
 */
export type Outcome = HttpOutcome | FailureOutcome;

export interface HttpOutcome {
  kind: 'http';
  /** Status of the last response (after redirects). */
  status: number;
  /** The URL that answered it. */
  finalUrl: string;
  /** Where the leading chain of permanent redirects (301, 308) ends, when the URL starts with one. */
  movedTo?: string;
  movedStatus?: number;
  /** 429/503 asked for a wait longer than links.retryAfterMax (ms asked). */
  retryAfter?: number;
  /** That wait would have ended after the run's links.deadline. */
  retryAfterPastDeadline?: boolean;
  /** Fragments looked for in the page: found or not. */
  fragments?: Record<string, boolean>;
  /** The page was read only in part, so a fragment not found may be further down. */
  partial?: boolean;
  /** Why only a part was read (absent in caches written before it was recorded). */
  partialReason?: PartialReason;
  /** The page was not HTML, so fragments cannot be checked. */
  notHtml?: boolean;
}

export interface FailureOutcome {
  kind: 'failure';
  failure: FailureCode | 'redirect-loop' | 'too-many-redirects' | 'bad-redirect';
  detail: string;
  /** The URL that failed, when a redirect led there. */
  finalUrl?: string;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const permanentStatuses = new Set([301, 308]);
/** Network failures worth a second try: the next attempt may well work. */
const retryableFailures = new Set<FailureCode>(['reset', 'refused', 'dns-temporary', 'unreachable', 'other']);

export interface CheckContext {
  client: HttpClient;
  scheduler: Scheduler;
  options: LinkOptions;
  headersFor: (url: string) => Record<string, string>;
  /** Counts requests for --verbose. */
  stats: {requests: number};
  /** When the run's link checks must end (ms since the epoch, from links.deadline). */
  deadline: number;
  /** The per-host limit again, per resolved address: one server under several names gets no more. */
  addresses: AddressLimiter;
}

/**
 * Check one URL: HEAD first (GET when the server refuses HEAD, or when the page must be read for
 * fragments), redirects followed up to the limit with loops detected, retries with backoff.
 */
export async function checkUrl(url: string, wantedIds: ReadonlySet<string>, context: CheckContext): Promise<Outcome> {
  const {options} = context;
  let current = url;
  const seen = new Set([url]);
  let method: Method = wantedIds.size > 0 ? 'GET' : 'HEAD';
  let movedTo: string | undefined;
  let movedStatus: number | undefined;
  let stillPermanent = true;
  let redirects = 0;
  for (;;) {
    const answer = await attempt(new URL(current), method, wantedIds, context);
    if ('failure' in answer) {
      // A HEAD that breaks the connection may be a server that mishandles HEAD.
      if (method === 'HEAD' && answer.failure === 'reset') {
        method = 'GET';
        continue;
      }
      return {kind: 'failure', failure: answer.failure, detail: answer.detail, ...(current !== url ? {finalUrl: current} : {})};
    }
    const {status} = answer;
    if (redirectStatuses.has(status)) {
      const location = answer.headers.location;
      let next: string;
      try {
        if (!location) throw new Error('no Location');
        const target = new URL(location, current);
        target.hash = '';
        if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Error('not http');
        next = target.href;
      } catch {
        return {kind: 'failure', failure: 'bad-redirect', detail: `a ${status} redirect without a usable Location`, finalUrl: current};
      }
      if (seen.has(next)) return {kind: 'failure', failure: 'redirect-loop', detail: `redirect loop (${redirects + 1} redirects, back to ${next})`, finalUrl: current};
      if (redirects >= options.maxRedirects) return {kind: 'failure', failure: 'too-many-redirects', detail: `more than ${options.maxRedirects} redirects`, finalUrl: current};
      if (stillPermanent && permanentStatuses.has(status)) {
        movedTo = next;
        movedStatus ??= status;
      } else {
        stillPermanent = false;
      }
      seen.add(next);
      current = next;
      redirects++;
      continue;
    }
    if (method === 'HEAD' && headRefused(status)) {
      method = 'GET';
      continue;
    }
    return httpOutcome(answer, current, wantedIds, movedTo, movedStatus);
  }
}

/** Statuses after which a GET may say something else than the HEAD did. */
function headRefused(status: number): boolean {
  return status >= 400 && status !== 404 && status !== 410 && status !== 429;
}

function httpOutcome(answer: HttpAnswer & {retryAfter?: number; retryAfterPastDeadline?: boolean}, finalUrl: string, wantedIds: ReadonlySet<string>, movedTo: string | undefined, movedStatus: number | undefined): HttpOutcome {
  const outcome: HttpOutcome = {kind: 'http', status: answer.status, finalUrl};
  if (movedTo) {
    outcome.movedTo = movedTo;
    outcome.movedStatus = movedStatus!;
  }
  if (answer.retryAfter !== undefined) outcome.retryAfter = answer.retryAfter;
  if (answer.retryAfterPastDeadline) outcome.retryAfterPastDeadline = true;
  if (wantedIds.size > 0 && answer.status >= 200 && answer.status < 300) {
    if (!answer.html) outcome.notHtml = true;
    else {
      const ids = answer.ids ?? new Set<string>();
      outcome.fragments = Object.fromEntries([...wantedIds].map((id) => [id, ids.has(id) || ids.has(`user-content-${id}`)]));
      if (answer.partial) outcome.partial = true;
      if (answer.partial && answer.partialReason) outcome.partialReason = answer.partialReason;
    }
  }
  return outcome;
}

/** One request with its retries: network errors and 5xx with backoff, 429/503 after Retry-After. */
async function attempt(url: URL, method: Method, wantedIds: ReadonlySet<string>, context: CheckContext): Promise<(HttpAnswer & {retryAfter?: number; retryAfterPastDeadline?: boolean}) | NetworkFailure> {
  const {options, scheduler, client} = context;
  const host = url.host;
  // A wait that would end after the run's deadline is not made: the last answer stands.
  const pastDeadline = (wait: number): boolean => Date.now() + wait >= context.deadline;
  for (let attemptNo = 0; ; attemptNo++) {
    const answer = await scheduler.run(host, async (): Promise<HttpAnswer | NetworkFailure> => {
      if (pastDeadline(0)) return {failure: 'deadline', detail: deadlineDetail};
      const address = await addressKey(url);
      return context.addresses.run(address, options.perHost, () => {
        const timeLeft = context.deadline - Date.now();
        if (timeLeft <= 0) return Promise.resolve({failure: 'deadline', detail: deadlineDetail} as NetworkFailure);
        context.stats.requests++;
        return client.request({url, method, headers: context.headersFor(url.href), timeLeft, ...(method === 'GET' && wantedIds.size > 0 ? {wantedIds} : {})});
      });
    });
    const last = attemptNo >= options.retries;
    if ('failure' in answer) {
      const wait = backoff(attemptNo);
      if (last || !retryableFailures.has(answer.failure) || pastDeadline(wait)) return answer;
      await sleep(wait);
      continue;
    }
    if (answer.status === 429 || answer.status === 503) {
      const asked = retryAfter(answer.headers['retry-after']);
      if (asked !== undefined && asked > options.retryAfterMax) return {...answer, retryAfter: asked};
      if (asked !== undefined && pastDeadline(asked)) return {...answer, retryAfter: asked, retryAfterPastDeadline: true};
      if (last) return answer;
      const wait = asked ?? backoff(attemptNo);
      if (pastDeadline(wait)) return answer;
      // The whole host waits, not only this URL: the server asked us to slow down.
      scheduler.pause(host, Date.now() + wait);
      await sleep(wait);
      continue;
    }
    if (answer.status >= 500 && answer.status !== 501 && !last) {
      const wait = backoff(attemptNo);
      if (pastDeadline(wait)) return answer;
      await sleep(wait);
      continue;
    }
    return answer;
  }
}

/** 250 ms, 500 ms, 1 s, ... never more than 4 s, with a little jitter so retries do not march in step. */
export function backoff(attemptNo: number): number {
  return Math.min(4000, 250 * 2 ** attemptNo) * (0.8 + Math.random() * 0.4);
}

/** Retry-After in ms: seconds, or an HTTP date. */
export function retryAfter(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
