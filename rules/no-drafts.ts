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
import type {RuleModule} from '../src/types.js';
import {docsUrl, filePath, fileRule, place, runSettings, warnOnly} from '../src/rule-kit.js';
import {matchesGlobs, toPosix} from '../src/config.js';
import {publishProblems} from '../src/publish.js';

interface Options {
  allow: string[];
}

const id = 'no-drafts';

const check = fileRule<Options>(id, (_tree, file, options) => {
  const settings = runSettings(file);
  if (options.allow.length > 0 && matchesGlobs(toPosix(relative(settings.configDir, filePath(file))), options.allow)) return;
  for (const problem of publishProblems(filePath(file), file.data.frontMatter, file.data.site, settings.now)) {
    const lead = problem.kind === 'draft' ? 'Post is a draft' : problem.kind === 'scheduled' ? 'Post is not published yet' : 'Post is no longer published';
    const fix = problem.kind === 'draft' ? 'publish it or keep it out of this check' : problem.kind === 'scheduled' ? 'it will not appear before then' : 'it has been removed from the site';
    const message = file.message(`${lead}: ${problem.reason}; ${fix}`, {place: place(problem.span)});
    // Scheduled and expired posts are warnings whatever the rule's level.
    if (problem.warning) warnOnly(message);
  }
});

export default {
  meta: {
    id,
    description: 'Posts still marked as drafts, scheduled for the future, or expired',
    severity: 'error',
    defaults: {allow: []},
    optionsSchema: {properties: {allow: {type: 'array', items: {type: 'string'}}}, additionalProperties: false},
    docs: docsUrl(id),
  },
  fileRule: check,
} satisfies RuleModule;
