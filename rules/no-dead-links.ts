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
import type {RuleModule, SiteRuleContext} from '../src/types.js';
import {docsUrl} from '../src/rule-kit.js';
import {checkLinks, collectLinks, linkOptions, verdictFor, type LinkOccurrence} from '../src/links/index.js';
import {relative} from 'node:path';

const id = 'no-dead-links';

async function siteRule({index, targets, report, settings}: SiteRuleContext): Promise<void> {
  const options = linkOptions(settings);
  const occurrences = collectLinks(index, targets, options.frontMatterFields);
  const checked: LinkOccurrence[] = [];
  const wanted = new Map<string, Set<string>>();
  let excluded = 0;
  for (const occurrence of occurrences) {
    if (!occurrence.url) {
      report({...at(occurrence), message: `${noun(occurrence)} ${occurrence.raw} is not a valid URL; fix the address`});
      continue;
    }
    const url = occurrence.url;
    if (options.exclude.some((pattern) => pattern.test(url) || pattern.test(occurrence.raw))) {
      excluded++;
      continue;
    }
    checked.push(occurrence);
    let ids = wanted.get(url);
    if (!ids) wanted.set(url, (ids = new Set()));
    if (occurrence.fragment !== undefined) ids.add(occurrence.fragment);
  }
  if (wanted.size === 0) return;
  const started = Date.now();
  const result = await checkLinks(wanted, options, settings);
  if (settings.verbose) {
    settings.log(
      `postlint: links: ${occurrences.length} found, ${wanted.size} distinct checked (${excluded} excluded), ${result.fromCache} from the cache, ` +
        `${result.requests} requests in ${Date.now() - started} ms, at most ${result.peakPerHost} at once to one host`,
    );
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
      case 'moved':
        report({...at(occurrence), message, data, warnOnly: true});
        break;
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
  },
  siteRule,
} satisfies RuleModule;
