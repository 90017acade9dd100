import {createRequire} from 'node:module';
import type {Outcome} from './check.js';
import type {LinkOptions} from './options.js';
import {isIgnoredFragment} from './normalize.js';

/**
 * ok: nothing to say. dead: the link is broken (404, 410, a redirect loop). moved: a permanent
 * redirect (a warning with the new address). unverified: the check could not tell (timeouts, bot
 * walls, rate limits), never called dead. skipped: not requested (a private address).
 */
export type VerdictState = 'ok' | 'dead' | 'moved' | 'unverified' | 'skipped';

export interface Verdict {
  state: VerdictState;
  /** Why, in words that finish the sentence "Link to URL ...". */
  reason: string;
  status?: number;
  location?: string;
}

// node:http (with net and streams) loads on first use: a run without link checks never needs it,
// and on a cold start it is some milliseconds of compiling Node's own modules.
const require = createRequire(import.meta.url);

function statusText(status: number): string {
  const text = (require('node:http') as typeof import('node:http')).STATUS_CODES[status];
  return text ? `${status} ${text}` : String(status);
}

function accepted(url: string, status: number, options: LinkOptions): boolean {
  return options.accept.some((rule) => rule.statuses.has(status) && rule.pattern.test(url));
}

/** Turn what a check found into a verdict for one occurrence (its fragment included), under the current config. */
export function verdictFor(url: string, fragment: string | undefined, outcome: Outcome, options: LinkOptions, offlineLikely = false): Verdict {
  if (outcome.kind === 'failure') {
    const via = outcome.finalUrl && outcome.finalUrl !== url ? ` (redirected to ${outcome.finalUrl})` : '';
    switch (outcome.failure) {
      case 'private':
        return {state: 'skipped', reason: `was not checked: ${outcome.detail}${via}; set links.allowPrivate to check it`};
      case 'redirect-loop':
        return {state: 'dead', reason: `is dead: ${outcome.detail}`};
      case 'dns':
      case 'dns-temporary':
        // A failed lookup is never proof that a name does not exist: the resolver this machine asks
        // may not see it (split-horizon DNS, a CI runner that filters egress, a proxy that resolves
        // for us), and getaddrinfo does not tell an authoritative "no such name" from that.
        if (offlineLikely) return {state: 'unverified', reason: 'could not be verified: no host could be looked up in this run (is this machine offline? use --offline to skip link checks)'};
        return {state: 'unverified', reason: `could not be verified: ${outcome.detail}${via}; the name may not exist, or this machine's DNS cannot see it; check it in a browser`};
      case 'too-many-redirects':
      case 'bad-redirect':
        return {state: 'dead', reason: `is dead: ${outcome.detail}${via}`};
      default:
        return {state: 'unverified', reason: `could not be verified: ${outcome.detail}${via}`};
    }
  }
  const {status} = outcome;
  const via = outcome.finalUrl !== url ? ` (after redirects to ${outcome.finalUrl})` : '';
  if (accepted(url, status, options)) return {state: 'ok', reason: `answered ${status}, accepted by links.accept`, status};
  if (status >= 200 && status < 300) {
    const fragmentVerdict = fragment !== undefined && !isIgnoredFragment(fragment) ? checkFragment(fragment, outcome) : undefined;
    if (fragmentVerdict) return fragmentVerdict;
    if (outcome.movedTo && !accepted(url, outcome.movedStatus ?? 301, options)) {
      return {state: 'moved', reason: `has moved permanently (${outcome.movedStatus}) to ${outcome.movedTo}; link to the new address`, status, location: outcome.movedTo};
    }
    return {state: 'ok', reason: `answered ${status}`, status};
  }
  const answered = `the server answered ${statusText(status)}${via}`;
  if (status === 404 || status === 410) return {state: 'dead', reason: `is dead: ${answered}; fix or remove the link`, status};
  if (status === 429) {
    const wait = outcome.retryAfter === undefined ? ', still after waiting'
      : ` and asked to wait ${Math.round(outcome.retryAfter / 1000)} s, ${outcome.retryAfterPastDeadline ? 'past the run\'s links.deadline' : 'longer than links.retryAfterMax'}`;
    return {state: 'unverified', reason: `could not be verified: the site is rate-limiting requests (${statusText(status)})${wait}; try again later`, status};
  }
  if (status === 403 || status === 999) {
    return {state: 'unverified', reason: `could not be verified: the site refuses automated checks (${statusText(status)}); check it in a browser, or accept the status for this site in links.accept`, status};
  }
  if (status === 401 || status === 407) {
    return {state: 'unverified', reason: `could not be verified: ${answered}, it needs credentials; set links.headers for this site, or accept the status in links.accept`, status};
  }
  if (status === 502 || status === 503 || status === 504) {
    const waited = outcome.retryAfterPastDeadline ? ` and asked to wait ${Math.round(outcome.retryAfter! / 1000)} s, past the run's links.deadline` : ', still after retrying';
    return {state: 'unverified', reason: `could not be verified: ${answered} (a temporary server error)${waited}`, status};
  }
  return {state: 'dead', reason: `is broken: ${answered}; fix the link, or accept the status in links.accept`, status};
}

/** What cut the page short, in words that fit "(…)". */
const partialWhy: Record<string, string> = {
  size: 'the page is larger than links.maxBodySize',
  timeout: 'the page was still arriving when links.timeout or the run\'s links.deadline ran out',
  error: 'the connection broke while the page was read',
  encoding: 'the page came in a content encoding postlint does not decode',
  unknown: 'the page is larger than links.maxBodySize or slower than links.timeout',
};

function checkFragment(fragment: string, outcome: Extract<Outcome, {kind: 'http'}>): Verdict | undefined {
  const found = outcome.fragments?.[fragment];
  if (found === undefined || found) return undefined;
  if (outcome.partial) {
    return {state: 'unverified', reason: `could not be verified: no element with id "${fragment}" in the part of the page read (${partialWhy[outcome.partialReason ?? 'unknown']})`, status: outcome.status};
  }
  return {state: 'dead', reason: `points at "#${fragment}", but the page has no element with that id or name; fix the fragment`, status: outcome.status};
}
