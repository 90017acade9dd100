/**
 * no-unpublished-links — a published post linking to a post that will not be on the site.
 *
 * Default severity: error.
 * Options: none (what counts as unpublished is no-drafts' definition, with the same clock).
 *
 * Follows Markdown links, reference definitions, raw HTML `href`s and Hugo `ref`/`relref`
 * shortcodes to the Markdown files they name, and reports a link whose target is a draft
 * (`draft: true`, `published: false`, `status: draft`, a `_drafts/` folder), scheduled for the
 * future, or expired: in production that link is a 404. Posts that are themselves unpublished
 * are not checked (a draft may link to another draft). Targets outside the run (a pre-commit
 * run on one changed post) are read for their front matter.
 *
 * Fails (next.md has `draft: true`):
 *   Read [the next part](next.md).
 * Passes:
 *   Read [the first part](first.md).      (first.md is published)
 */
import {relative} from 'node:path';
import {defineRule} from '../src/rule-kit.js';
import {publishProblems} from '../src/publish.js';

const followedKinds = new Set(['link', 'definition', 'html', 'shortcode', 'autolink']);

export default defineRule({
  meta: {
    id: 'no-unpublished-links',
    description: 'Links from a published post to a draft, scheduled or expired post',
    severity: 'error',
    messages: {
      unpublished: 'Link to "{{url}}" leads to an unpublished post: {{target}} {{why}}; the live site has no page there, so readers of this post get a 404',
    },
  },
  async site({index, targets, report, settings}) {
    const unpublished = async (path: string) => {
      const info = await index.publishInfo(path);
      return info ? publishProblems(path, info.frontMatter, info.site, settings.now) : [];
    };
    for (const path of targets) {
      if ((await unpublished(path)).length > 0) continue;
      for (const {link, resolution} of index.resolved(path)) {
        if (!followedKinds.has(link.kind) || link.syntax === 'figure') continue;
        if (resolution.status !== 'found' || resolution.path === path) continue;
        const document = resolution.path;
        const problems = await unpublished(document);
        if (problems.length === 0) continue;
        const site = (await index.publishInfo(document))?.site;
        const shown = site ? relative(site.root, document) : relative(settings.cwd, document) || document;
        const why = problems.map((problem) => problem.reason.replace(/^it /, '')).join(' and ');
        report({
          file: path,
          messageId: 'unpublished',
          data: {url: link.url, target: shown, why},
          place: link,
          details: {url: link.url, target: shown, reasons: problems.map((problem) => problem.kind)},
        });
      }
    }
  },
});
