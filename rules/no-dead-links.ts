/**
 * # no-dead-links
 *
 * External links and images that are dead, have moved, or could not be verified. Default: **error**;
 * needs the network, so `--offline` skips it.
 *
 * **Fixable** (`--fix`): a permanently moved URL becomes its new address, once that address was checked and answers ([fixing](../fixing.md)).
 *
 * Every `http:`/`https:` URL is collected from links, images, reference definitions, autolinks, raw
 * HTML `href`/`src`, and front-matter fields (`links.frontMatterFields`). URLs are normalized (host
 * case, default port, empty path) and **de-duplicated across all files**: each distinct URL is
 * requested once per run, however many posts use it, and every place it is written gets the
 * verdict. A URL written only inside a code block, a code span or an HTML comment is never
 * requested.
 *
 * ```markdown
 * Read [the guide](https://example.com/old-guide) and [the spec](https://example.com/spec#inputs).
 * ```
 *
 * ```
 * post.md:1:6   error    Link to https://example.com/old-guide is dead: the server answered 404 Not Found; fix or remove the link  no-dead-links
 * post.md:1:53  warning  Link to https://example.com/spec#inputs could not be verified: the site refuses automated checks (403 Forbidden); check it in a browser, or accept the status for this site in links.accept  no-dead-links
 * ```
 *
 * **Verdicts.**
 *
 * | answer | verdict | severity |
 * | --- | --- | --- |
 * | 2xx | ok | — |
 * | 404, 410, redirect loop, more than `maxRedirects` redirects, other 4xx, 500 | dead | the rule's (error) |
 * | 301/308 (the leading permanent redirects), when the new address works | moved: "has moved permanently (301) to *new URL*; link to the new address" (accepting 301 in `links.accept` silences it) | warning |
 * | 302/303/307 | followed silently | — |
 * | no address for the name (DNS), timeout, connection refused or reset, TLS problem, a proxy's refusal, 401, 403/999 (bot walls), 429 still refused after waiting, 502/503/504 after retries | **could not be verified**, with the reason | `links.unverified` (default warn) |
 * | a loopback/private address | skipped, never requested (shown under `--verbose`) | — |
 *
 * Unverified is never called dead, so you never have to accept 403 or 429 wholesale and hide real
 * 404s. A name that does not resolve is unverified too, even when other hosts answer: the resolver
 * a CI runner or an office network asks may not see a name that exists (split-horizon DNS, egress
 * filtering, a proxy that resolves names for you), and the system lookup cannot tell that from a
 * name that does not exist. When *every* host in a run fails its lookup and none answers, the
 * message says the machine looks offline (use `--offline` there).
 *
 * **Requests.** HEAD first; GET when the server refuses HEAD (405, 403, 501, any other error but
 * 404/410/429), reading no more of the body than needed (bodies are cut off after the status, or,
 * for fragments, after the ids are found or `maxBodySize`). Redirects followed up to
 * `maxRedirects`, loops detected. Network errors and 5xx are retried with exponential backoff (250
 * ms, 500 ms, … at most 4 s, `retries` times); a timeout is not retried. 429 and 503 honour
 * `Retry-After` up to `retryAfterMax` (the whole host waits, not only that URL), and only when the
 * wait ends before `deadline`, the time limit of all the run's link checks: links not answered by
 * then are unverified, with that reason. A gzip, deflate or brotli page is decoded (within
 * `maxBodySize`) before its ids are read; another encoding makes its fragments unverified. At most
 * `concurrency` requests in flight, at most `perHost` to one host, counted per host name and per
 * address it resolves to (one server under several names gets no more); connections are kept alive, and
 * each host name is looked up once per run (the address still checked, see Safety).
 * `User-Agent: postlint/<version> (+{{home}})`. On a terminal (and not
 * in CI) a progress line on stderr shows checked/total and failures so far.
 *
 * **Options** (the `links` section of the config; durations are `"500ms"`, `"10s"`, `"1h"`, `"1d"` or milliseconds):
 *
 * | option | default | meaning |
 * | --- | --- | --- |
 * | `concurrency` | `32` | requests in flight at once, all hosts together |
 * | `perHost` | `4` | requests in flight at once to one host |
 * | `timeout` | `"10s"` | time limit of one request, from start to the last byte read |
 * | `connectTimeout` | `"5s"` | time limit to open a connection |
 * | `retries` | `2` | retries after a network error, a 5xx, a 429/503 |
 * | `retryAfterMax` | `"30s"` | longest `Retry-After` waited for; longer makes the link unverified |
 * | `deadline` | `"2m"` | time limit of all the link checks of one run; links not answered by then are unverified |
 * | `maxRedirects` | `10` | redirects followed |
 * | `maxBodySize` | `5242880` | bytes of a page read at most (fragments only) |
 * | `unverified` | `"warn"` | `"off"`, `"warn"` or `"error"` for links that could not be verified |
 * | `allowPrivate` | `false` | allow loopback, private, link-local and metadata addresses |
 * | `checkFragments` | `false` | check `#fragment`s against the page's `id` and `name` attributes |
 * | `frontMatterFields` | `["canonical", "canonicalURL", "image", "images"]` | front-matter fields (dotted paths, lists allowed) whose URLs are checked |
 * | `exclude` | `[]` | URL patterns never checked |
 * | `accept` | `{}` | status codes that count as working, per URL pattern |
 * | `headers` | `{}` | request headers per URL pattern; `${ENV_VAR}` is read from the environment |
 * | `cache` | `".postlint-cache/links.json"` | cache file (relative to the config file, and inside its folder), or `false` |
 * | `cacheTtl` | `{"ok": "1d", "failure": "1h"}` | how long results are reused |
 *
 * A URL pattern is `"https://www.linkedin.com/*"` (`*` matches anything, matched against the whole
 * URL), a prefix without `*` (`"https://example.com/private/"`), or a regular expression between
 * slashes (`"/^https?:\\/\\/localhost/"`).
 *
 * ```json
 * {
 *   "links": {
 *     "unverified": "warn",
 *     "exclude": ["https://example.com/drafts/", "/^https?:\\/\\/localhost/"],
 *     "accept": {"https://www.linkedin.com/*": [999], "https://twitter.com/*": [403]},
 *     "headers": {"https://api.github.com/*": {"Authorization": "Bearer ${GITHUB_TOKEN}"}},
 *     "checkFragments": true
 *   }
 * }
 * ```
 *
 * A header whose variable is unset is not sent (and a warning says so), so tokens never sit in
 * config files. Only the headers you configure are sent besides `User-Agent` and `Accept`; there is
 * no cookie jar.
 *
 * **Fragments.** With `checkFragments`, `https://x/page#section` is checked against the `id` and
 * `name` attributes of the page (GitHub's `user-content-` prefix is understood); a missing one is an
 * error, one not found in the first `maxBodySize` bytes is unverified. GitHub line anchors (`#L10`,
 * `#L10-L20`) and text fragments (`#:~:text=`) are never reported.
 *
 * **Safety.** CI lints pull requests written by strangers, so by default no request goes to
 * loopback, private, link-local or cloud-metadata addresses (127.0.0.0/8, 10/8, 172.16/12,
 * 192.168/16, 169.254/16, 100.64/10, 0/8, ::1, fc00::/7, fe80::/10, IPv4-mapped forms included).
 * The check is made on the **resolved** address (a public name pointing at 127.0.0.1 is refused
 * too, and so is a redirect to one). Such links are skipped, shown under `--verbose`, never
 * reported. `links.allowPrivate: true` turns this off. Every request is bounded in time and bytes.
 *
 * **Proxies.** `HTTPS_PROXY` (for https links), `HTTP_PROXY` (for http links) and `ALL_PROXY`
 * (both) are honoured, lower-case names first, and `NO_PROXY` lists the hosts reached directly:
 * `*`, host names (`example.com`), suffixes (`.example.com` or `*.example.com`), each with an
 * optional `:port` (the matching of [proxy-from-env](https://www.npmjs.com/package/proxy-from-env),
 * as in axios). https links go through a `CONNECT` tunnel (TLS to the site inside it, certificates
 * checked as usual), http links as absolute-form requests; `http://user:password@proxy:3128`
 * sends `Proxy-Authorization`. Only `http://` proxies are supported; another scheme is reported
 * once and links go direct. A proxy's refusal (`403` to `CONNECT`) makes the link unverified.
 *
 * *Safety through a proxy.* The proxy, not postlint, resolves names and connects, so postlint
 * looks each name up itself first: private IP literals are refused as always, and so is a name
 * this machine resolves to a private address, with no request to the proxy. A name this machine
 * cannot resolve (common behind a proxy) is passed to the proxy, whose own policy then decides
 * what it may reach.
 *
 * **Cache.** Results are kept in `.postlint-cache/links.json` (next to the config file; `cache`
 * moves it): a day for working links, an hour for the rest (`cacheTtl`). A run within the TTL makes
 * no request for those URLs; what the cache holds is the server's answer, so changing `accept` or
 * `unverified` takes effect at once. The file is written atomically; a corrupt or foreign one is
 * ignored with a warning and rewritten. `--no-cache` bypasses it (no read, no write). To keep it
 * between CI runs with GitHub Actions:
 *
 * ```yaml
 * - uses: actions/cache@v4
 *   with:
 *     path: .postlint-cache/links.json
 *     key: postlint-links-${{ github.run_id }}
 *     restore-keys: postlint-links-
 * - run: npx postlint content/
 * ```
 *
 * (A new key each run saves the updated file; `restore-keys` restores the newest one.)
 *
 * Left alone: relative links and `#fragment`s within the site (see the anchor and file rules),
 * `mailto:` and other schemes, and excluded URLs.
 *
 * ## Examples
 *
 * Fails (the server answers 404):
 *
 * ```md example
 * Read [the guide](http://example.com/gone).
 * ```
 *
 * ```text output
 * 1:6  error  Link to http://example.com/gone is dead: the server answered 404 Not Found; fix or remove the link  no-dead-links
 * ```
 *
 * Passes (the server answers 200):
 *
 * ```md example
 * Read [the guide](http://example.com/guide).
 * ```
 *
 * ```text output
 * no findings
 * ```
 */
import {relative} from 'node:path';
import {defineRule} from '../src/rule-kit.js';
import {collectLinks, isExcluded, type LinkOccurrence} from '../src/links/collect.js';
import {verdictFor} from '../src/links/verdict.js';

export default defineRule({
  meta: {
    id: 'no-dead-links',
    // A draft may be unfinished: no-drafts reports it, no-unpublished-links the links into it.
    leavesDraftsAlone: true,
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
