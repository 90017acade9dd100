/**
 * # no-unpublished-links
 *
 * Default: **error**. A published post that links to a post that is a draft, scheduled for the
 * future or expired: on the live site that link is a 404. Markdown links, reference definitions,
 * raw HTML `href`s and Hugo `{{< ref >}}` / `{{< relref >}}` are followed to the Markdown file they
 * name (folders to their index file, Hugo page links such as `../other-post/` to the post); whether
 * the target is published is decided exactly as `no-drafts` decides it, with the same clock.
 *
 * ```md
 * Start with [part one](series/part-one.md), then [part two](series/part-two.md#setup).
 * ```
 *
 * ```
 * 6:49  error  Link to "series/part-two.md#setup" leads to an unpublished post: content/posts/series/part-two.md is marked `draft: true`; the live site has no page there, so readers of this post get a 404  no-unpublished-links
 * ```
 *
 * No options. Left alone: posts that are themselves unpublished (a draft may link to a draft), and
 * site-root page URLs that no file answers (`/tags/python/`), which the generator makes. A target
 * outside the run (a pre-commit run on one changed post) is still read for its front matter.
 *
 * ## Examples
 *
 * Fails (`next.md` is a draft):
 *
 * ```md example file=first.md
 * ---
 * title: Part one
 * date: 2024-01-01
 * ---
 *
 * Read [the next part](next.md).
 * ```
 *
 * ```md example file=next.md
 * ---
 * title: Part two
 * date: 2024-01-08
 * draft: true
 * ---
 * ```
 *
 * ```text output
 * first.md:6:6  error  Link to "next.md" leads to an unpublished post: next.md is marked `draft: true`; the live site has no page there, so readers of this post get a 404  no-unpublished-links
 * ```
 *
 * Passes (`first.md` is published):
 *
 * ```md example file=second.md
 * ---
 * title: Part two
 * date: 2024-01-08
 * ---
 *
 * Read [the first part](first.md).
 * ```
 *
 * ```md example file=first.md
 * ---
 * title: Part one
 * date: 2024-01-01
 * ---
 * ```
 *
 * ```text output
 * no findings
 * ```
 */
import {relative} from 'node:path';
import {defineRule} from '../src/rule-kit.js';
import {publishProblems} from '../src/publish.js';
import {quotedReason} from '../src/time-left.js';

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
        const why = problems.map((problem) => quotedReason(problem.reason)).join(' and ');
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
