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
import {defineRule} from '../src/rule-kit.js';
import {collectLinks, isExcluded, type LinkOccurrence} from '../src/links/collect.js';
import {verdictFor} from '../src/links/verdict.js';

export default defineRule({
  meta: {
    id: 'no-dead-links',
    description: 'External links that are dead, moved permanently, or could not be verified',
    severity: 'error',
    messages: {
      invalid: '{{what}} {{url}} is not a valid URL; fix the address',
      verdict: '{{what}} {{url}} {{reason}}',
    },
    network: true,
    services: ['links'],
    fixable: 'a permanently moved URL, once its new address was checked and answers',
  },
  async site({index, targets, report, settings, links}) {
    const {options} = links;
    const occurrences = targets.flatMap((file) => {
      const facts = index.facts(file);
      return facts ? collectLinks(facts, options.frontMatterFields) : [];
    });
    const checked: LinkOccurrence[] = [];
    let excluded = 0;
    for (const occurrence of occurrences) {
      if (!occurrence.url) {
        report({...at(occurrence), messageId: 'invalid', data: {what: noun(occurrence), url: occurrence.raw}});
        continue;
      }
      if (isExcluded(occurrence, options)) {
        excluded++;
        continue;
      }
      checked.push(occurrence);
      // Already asked for in phase 1 (a no-op then); here for files the engine did not prefetch.
      links.want(occurrence.url, occurrence.fragment !== undefined ? [occurrence.fragment] : []);
    }
    const started = Date.now();
    const cpu = process.cpuUsage();
    const result = await links.results();
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
    if (result.offlineLikely) settings.log('postlint: links: no host could be looked up (DNS); this machine looks offline (--offline skips link checks)');
    for (const occurrence of checked) {
      const outcome = result.outcomes.get(occurrence.url!);
      if (!outcome) continue;
      const verdict = verdictFor(occurrence.url!, occurrence.fragment, outcome, options, result.offlineLikely);
      const details = {url: occurrence.raw, verdict: verdict.state, ...(verdict.status !== undefined ? {status: verdict.status} : {}), ...(verdict.location ? {location: verdict.location} : {})};
      const message = {messageId: 'verdict' as const, data: {what: noun(occurrence), url: occurrence.raw, reason: verdict.reason}, details};
      switch (verdict.state) {
        case 'ok':
          break;
        case 'skipped':
          if (settings.verbose) settings.log(`postlint: skipped ${relative(settings.cwd, occurrence.file)}:${occurrence.line}:${occurrence.column}: ${noun(occurrence)} ${occurrence.raw} ${verdict.reason}`);
          break;
        case 'dead':
          report({...at(occurrence), ...message});
          break;
        case 'moved': {
          // The new address was checked and answered: write it, keeping the fragment as written.
          const hash = occurrence.raw.indexOf('#');
          const fix = verdict.location ? {find: occurrence.raw, text: verdict.location + (hash === -1 ? '' : occurrence.raw.slice(hash))} : undefined;
          report({...at(occurrence), ...message, severity: 'warn', ...(fix ? {fix} : {})});
          break;
        }
        case 'unverified':
          if (options.unverified !== 'off') report({...at(occurrence), ...message, ...(options.unverified === 'warn' ? {severity: 'warn' as const} : {})});
          break;
      }
    }
  },
});

/** Where an occurrence is: its file and its span. */
function at(occurrence: LinkOccurrence): {file: string; place: {line: number; column: number; endLine?: number; endColumn?: number}} {
  return {
    file: occurrence.file,
    place: {
      line: occurrence.line,
      column: occurrence.column,
      ...(occurrence.endLine !== undefined ? {endLine: occurrence.endLine, endColumn: occurrence.endColumn ?? occurrence.column} : {}),
    },
  };
}

function noun(occurrence: LinkOccurrence): string {
  if (occurrence.kind === 'image') return 'Image';
  if (occurrence.kind === 'frontmatter') return 'Front-matter URL';
  return 'Link to';
}
