/**
 * # no-drafts
 *
 * Default: **error** (scheduled and expired posts are warnings). Posts that would not be
 * published, or should not be: `draft: true` (Hugo, Eleventy, Docusaurus), `published: false`
 * (Jekyll), `status: draft`, files under a `_drafts/` folder, a `date` or `publishDate` in the
 * future ("scheduled for …"), an `expiryDate` in the past ("expired on …"). The message points at
 * the front-matter line; YAML and TOML front matter alike.
 *
 * ```md example
 * ---
 * title: "Getting Started with Async Views"
 * date: 2021-03-14T10:15:00+05:30
 * draft: true
 * ---
 * ```
 *
 * ```text output
 * 4:1  error  Post is a draft: it is marked `draft: true`; publish it or keep it out of this check  no-drafts
 * ```
 *
 * Dates follow the generators' rules. A date with a UTC offset is an instant. A date without one
 * (`2024-05-02T09:00:00`, or a TOML local date) is wall-clock time in the site's time zone —
 * Hugo's `timeZone`, Jekyll's `timezone` — and UTC when the site sets none: the trap that makes a
 * post vanish from a build on a UTC CI runner. A post that goes live within the next 24 hours says
 * so, with the reading it used:
 *
 * ```
 * 3:1  warning  Post is not published yet: it is scheduled for 2024-05-02 03:30Z (in 7 h 30 min, reading "2024-05-02T09:00:00" in Asia/Kolkata); it will not appear before then  no-drafts
 * ```
 *
 * `--now 2024-05-02T03:00:00Z` sets the clock (like Hugo's `--clock`). A Jekyll post with no `date`
 * field is dated by its file name (`2024-09-01-title.md`). Hugo's `publishDate` wins
 * over `date`. A site that sets Hugo's `buildFuture` (or Jekyll's `future`) publishes future posts,
 * and `buildExpired` keeps expired ones; postlint follows them.
 *
 * | option | default | meaning |
 * | --- | --- | --- |
 * | `allow` | `[]` | globs, relative to the config file, where drafts are fine (`"content/drafts/**"`) |
 *
 * **Deliberate drafts are reported too.** no-drafts is a publishing gate: it answers "is anything
 * here not going to be published?", so a draft kept in the repository on purpose (a personal
 * blog's ideas, a Jekyll post marked `published: false` for later) is reported like a forgotten
 * one, since postlint cannot tell the two apart. To keep drafts in the repository and this rule on, say
 * where they are: the `allow` globs (`"allow": ["content/drafts/**"]`), an `overrides` entry
 * with `"no-drafts": "off"` for those files, or `<!-- postlint-disable-file no-drafts -->` in the
 * draft itself.
 *
 * Left alone: an mdBook file SUMMARY.md does not list that no chapter links to (a file left behind,
 * not a chapter in waiting; one a chapter links to is reported, and the link by `no-unpublished-links`),
 * `buildDrafts` (a development setting), and posts whose dates cannot be read (that is
 * `front-matter`'s finding).
 *
 * ## Examples
 *
 * Fails:
 *
 * ```md example
 * ---
 * title: Hello
 * draft: true
 * ---
 * ```
 *
 * ```text output
 * 3:1  error  Post is a draft: it is marked `draft: true`; publish it or keep it out of this check  no-drafts
 * ```
 *
 * A date in the future is a warning (here the clock says 2024-05-02T03:00:00Z):
 *
 * ```md example now=2024-05-02T03:00:00Z
 * ---
 * title: Hello
 * date: 2024-06-01
 * ---
 * ```
 *
 * ```text output
 * 3:1  warning  Post is not published yet: it is scheduled for 2024-06-01 00:00Z; it will not appear before then  no-drafts
 * ```
 *
 * Passes:
 *
 * ```md example
 * ---
 * title: Hello
 * draft: false
 * ---
 * ```
 *
 * ```text output
 * no findings
 * ```
 */
import {relative} from 'node:path';
import {defineRule, option} from '../src/rule-kit.js';
import {matchesGlobs} from '../src/config.js';
import {toPosix} from '../src/paths.js';
import {publishProblems} from '../src/publish.js';

export default defineRule({
  meta: {
    id: 'no-drafts',
    description: 'Posts still marked as drafts, scheduled for the future, or expired',
    severity: 'error',
    messages: {
      draft: 'Post is a draft: {{reason}}; publish it or keep it out of this check',
      scheduled: 'Post is not published yet: {{reason}}; it will not appear before then',
      expired: 'Post is no longer published: {{reason}}; it has been removed from the site',
    },
    options: {allow: option.strings([])},
  },
  file({path, frontMatter, site, settings, options, report}) {
    if (options.allow.length > 0 && matchesGlobs(toPosix(relative(settings.configDir, path)), options.allow)) return;
    for (const problem of publishProblems(path, frontMatter, site, settings.now)) {
      // A file the site keeps beside its pages (not one waiting to go live) is no draft.
      if (problem.notAPage) continue;
      // Scheduled and expired posts are warnings whatever the rule's level.
      report({messageId: problem.kind, data: {reason: problem.reason}, place: problem.span, ...(problem.warning ? {severity: 'warn'} : {})});
    }
  },
});
