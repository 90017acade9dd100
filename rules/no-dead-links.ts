/**
 * no-dead-links — external links and images that are dead, moved, or could not be verified.
 *
 * Default severity: error. Needs the network: skipped with --offline.
 * Options: none on the rule; everything is in the config's `links` section (see the README):
 *   concurrency (32), perHost (4), timeout ("10s"), connectTimeout ("5s"), retries (2),
 *   retryAfterMax ("30s"), maxRedirects (10), maxBodySize (5 MiB), unverified ("warn"),
 *   allowPrivate (false), checkFragments (false), frontMatterFields, exclude, accept, headers,
 *   cache (".postlint-cache/links.json"), cacheTtl ({ok: "1d", failure: "1h"}).
 *
 * Every http(s) URL of every file in the run (links, images, definitions, autolinks, HTML
 * href/src, front-matter fields) is requested once, however often it is written; each place it
 * is written gets the verdict. 404/410, unknown hosts and redirect loops are errors; permanent
 * redirects are warnings that name the new address; timeouts, 403/999 bot walls and rate limits
 * are "could not be verified" (severity from links.unverified), never "dead".
 *
 * Fails (when the server answers 404):
 *   Read [the guide](https://example.com/gone).
 * Passes (when the server answers 200):
 *   Read [the guide](https://example.com/guide).
 */
import {relative} from 'node:path';
import type {RuleModule, SiteRuleContext} from '../src/types.js';
import type {FileFacts} from '../src/facts.js';
import type {RunSettings} from '../src/settings.js';
import {docsUrl} from '../src/rule-kit.js';
import {defaultMaxFileSize} from '../src/defaults.js';
// The main thread loads no HTTP code: requests live in the worker (src/links/worker.ts).
import {collectLinks, isExcluded, type LinkOccurrence} from '../src/links/collect.js';
import {linkOptions, type LinkOptions} from '../src/links/options.js';
import {verdictFor} from '../src/links/verdict.js';
import {RemoteLinkSession} from '../src/links/remote.js';

const id = 'no-dead-links';

/** One link session per run (the engine's settings object is the run). */
const sessions = new WeakMap<RunSettings, {options: LinkOptions; session: RemoteLinkSession}>();

function sessionFor(settings: RunSettings): {options: LinkOptions; session: RemoteLinkSession} {
  let entry = sessions.get(settings);
  if (!entry) {
    // Options are read here first, so that a config mistake is a usage error on the main thread;
    // the link worker reads them again and is the one that warns (say, of an unset variable).
    const options = linkOptions({...settings, log: () => {}});
    entry = {options, session: new RemoteLinkSession(settings)};
    sessions.set(settings, entry);
  }
  return entry;
}

/**
 * Before phase 1: the link worker reads the files itself and starts on the links a conservative
 * pre-scan is sure of (src/links/prescan.ts), so requests begin before the first parse ends.
 */
function prescan(paths: string[], settings: RunSettings): Promise<void> {
  const {session} = sessionFor(settings);
  session.prescan(paths, settings.config.maxFileSize ?? defaultMaxFileSize);
  return session.quiet;
}

/** Phase 1: start checking a file's URLs while the other files are still being parsed. */
function prefetch(facts: FileFacts, settings: RunSettings): void {
  const {options, session} = sessionFor(settings);
  for (const occurrence of collectLinks(facts, options.frontMatterFields)) {
    if (occurrence.url && !isExcluded(occurrence, options)) session.want(occurrence.url, occurrence.fragment !== undefined ? [occurrence.fragment] : []);
  }
}

async function siteRule({index, targets, report, settings}: SiteRuleContext): Promise<void> {
  const {options, session} = sessionFor(settings);
  sessions.delete(settings);
  const occurrences = targets.flatMap((file) => {
    const facts = index.facts(file);
    return facts ? collectLinks(facts, options.frontMatterFields) : [];
  });
  const checked: LinkOccurrence[] = [];
  let excluded = 0;
  for (const occurrence of occurrences) {
    if (!occurrence.url) {
      report({...at(occurrence), message: `${noun(occurrence)} ${occurrence.raw} is not a valid URL; fix the address`});
      continue;
    }
    if (isExcluded(occurrence, options)) {
      excluded++;
      continue;
    }
    checked.push(occurrence);
    // Already asked for in phase 1 (a no-op then); here for files the engine did not prefetch.
    session.want(occurrence.url, occurrence.fragment !== undefined ? [occurrence.fragment] : []);
  }
  const started = Date.now();
  const cpu = process.cpuUsage();
  const result = await session.results();
  if (settings.verbose && occurrences.length > 0) {
    settings.log(
      `postlint: links: ${occurrences.length} found, ${result.outcomes.size} distinct checked (${excluded} excluded), ${result.fromCache} from the cache, ` +
        `${result.requests} requests in ${result.elapsed} ms (first URL to last answer), then ${Date.now() - started} ms waited for after the last file was read (${Math.round(process.cpuUsage(cpu).user / 1000)} ms CPU), ` +
        `at most ${result.peakPerHost} at once to one host`,
    );
  }
  if (settings.verbose) {
    // The pre-scan is meant to find only links the parser finds too; say so if it ever did not.
    const parsed = new Set(checked.map((occurrence) => occurrence.url!));
    const extra = [...result.outcomes.keys()].filter((url) => !parsed.has(url));
    if (extra.length > 0) settings.log(`postlint: links: ${extra.length} URLs were requested by the pre-scan but not found by the parser (not reported): ${extra.slice(0, 5).join(' ')}`);
  }
  if (result.offlineLikely) settings.log('postlint: links: no host could be looked up (DNS); this machine looks offline, so those links are reported as unverified, not dead');
  for (const occurrence of checked) {
    const outcome = result.outcomes.get(occurrence.url!);
    if (!outcome) continue;
    const verdict = verdictFor(occurrence.url!, occurrence.fragment, outcome, options, result.offlineLikely);
    const data = {url: occurrence.raw, verdict: verdict.state, ...(verdict.status !== undefined ? {status: verdict.status} : {}), ...(verdict.location ? {location: verdict.location} : {})};
    const message = `${noun(occurrence)} ${occurrence.raw} ${verdict.reason}`;
    switch (verdict.state) {
      case 'ok':
        break;
      case 'skipped':
        if (settings.verbose) settings.log(`postlint: skipped ${relative(settings.cwd, occurrence.file)}:${occurrence.line}:${occurrence.column}: ${message}`);
        break;
      case 'dead':
        report({...at(occurrence), message, data});
        break;
      case 'moved': {
        // The new address was checked and answered: write it, keeping the fragment as written.
        const hash = occurrence.raw.indexOf('#');
        const fix = verdict.location ? {find: occurrence.raw, text: verdict.location + (hash === -1 ? '' : occurrence.raw.slice(hash))} : undefined;
        report({...at(occurrence), message, data, warnOnly: true, ...(fix ? {fix} : {})});
        break;
      }
      case 'unverified':
        if (options.unverified !== 'off') report({...at(occurrence), message, data, warnOnly: options.unverified === 'warn'});
        break;
    }
  }
}

function at(occurrence: LinkOccurrence): {file: string; line: number; column: number; endLine?: number; endColumn?: number} {
  return {
    file: occurrence.file,
    line: occurrence.line,
    column: occurrence.column,
    ...(occurrence.endLine !== undefined ? {endLine: occurrence.endLine, endColumn: occurrence.endColumn ?? occurrence.column} : {}),
  };
}

function noun(occurrence: LinkOccurrence): string {
  if (occurrence.kind === 'image') return 'Image';
  if (occurrence.kind === 'frontmatter') return 'Front-matter URL';
  return 'Link to';
}

export default {
  meta: {
    id,
    description: 'External links that are dead, moved permanently, or could not be verified',
    severity: 'error',
    defaults: {},
    optionsSchema: {properties: {}, additionalProperties: false},
    docs: docsUrl(id),
    network: true,
    fixable: 'a permanently moved URL, once its new address was checked and answers',
  },
  prescan,
  prefetch,
  siteRule,
} satisfies RuleModule;
