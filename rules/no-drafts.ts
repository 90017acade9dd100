/**
 * no-drafts — posts that would not be published, or should not be.
 *
 * Default severity: error (scheduled and expired posts are warnings).
 * Options:
 *   allow: string[]   globs (relative to the config file) where drafts are fine, e.g. "content/drafts/**"
 *
 * Flags `draft: true` (Hugo, Eleventy, Docusaurus), `published: false` (Jekyll), `status: draft`,
 * files under `_drafts/`, a `date`/`publishDate` in the future ("scheduled for …") and an
 * `expiryDate` in the past ("expired on …"). Dates without a UTC offset are read in the site's
 * time zone (Hugo `timeZone`, Jekyll `timezone`), UTC when none is set; `--now` sets the clock.
 *
 * Fails:
 *   ---
 *   title: Hello
 *   draft: true
 *   ---
 * Passes:
 *   ---
 *   title: Hello
 *   draft: false
 *   ---
 */
import {relative} from 'node:path';
import {defineRule, option} from '../src/rule-kit.js';
import {matchesGlobs, toPosix} from '../src/config.js';
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
      // Scheduled and expired posts are warnings whatever the rule's level.
      report({messageId: problem.kind, data: {reason: problem.reason}, place: problem.span, ...(problem.warning ? {severity: 'warn'} : {})});
    }
  },
});
