/**
 * no-broken-anchors — links whose `#fragment` matches no id in the page they point at.
 *
 * Default severity: error ("links to an empty section" is a warning).
 * Options:
 *   generated: string[]          ids that templates or generators add (a theme's table of
 *                                contents, …): never reported, since postlint cannot see them
 *   showUnverifiable: boolean    report links to those ids as warnings with data.unverifiable (default false)
 *   emptySections: boolean       warn when a fragment leads to a heading whose section is empty (default true)
 *
 * Checks `#frag` against the same file and `other.md#frag`, `../dir/post.md#frag`, `dir/#frag`
 * (its index.md, _index.md or README.md) against that file, in Markdown links, images,
 * definitions, raw HTML `href`s and Hugo `ref`/`relref` shortcodes. Valid targets are heading ids
 * under the site's slug flavor (see "Slug flavors"), explicit ids (`{#id}`, `{: #id}`,
 * `{ id="x" }`), HTML `id` and `<a name>`, footnotes, `#` and `#top`, Hugo definition-term ids
 * (`autoDefinitionTermID`, numbered with the headings), content-tab ids, and the ids of files the
 * page includes (Hugo include shortcode, Liquid includes, MDX imports, MkDocs snippets). A page
 * that pulls in content postlint cannot see (an unknown include, a `{{% shortcode %}}`, a heading
 * hook with its own ids) is unverifiable: quiet unless showUnverifiable. External URLs, links to
 * non-Markdown files and files outside the run are left alone.
 *
 * Fails:
 *   See [coroutines](#coroutine).
 *
 *   ## Coroutines
 * Passes:
 *   See [coroutines](#coroutines).
 *
 *   ## Coroutines
 */
import {relative} from 'node:path';
import type {SiteRuleContext} from '../src/types.js';
import {isContentHeading} from '../src/text/heading-content.js';
import type {RuleModule} from '../src/types.js';
import type {LinkFact} from '../src/facts.js';
import {docsUrl} from '../src/rule-kit.js';
import {closest} from '../src/config.js';
import {describeChoice} from '../src/site/flavor.js';
import {distance} from 'fastest-levenshtein';
import type {SiteFix} from '../src/fix.js';

interface Options {
  generated: string[];
  showUnverifiable: boolean;
  emptySections: boolean;
}

const id = 'no-broken-anchors';
const checkedKinds = new Set<LinkFact['kind']>(['link', 'image', 'definition', 'html', 'shortcode', 'autolink']);

/** An id that extends the fragment or is extended by it word-wise (`#install` → `#install-steps`). */
function sharedStem(fragment: string, known: string[]): string | undefined {
  const related = known.filter((id) => id.startsWith(`${fragment}-`) || fragment.startsWith(`${id}-`));
  return related.sort((a, b) => Math.abs(a.length - fragment.length) - Math.abs(b.length - fragment.length))[0];
}

/** How many ids are within the distance `closest` accepts. */
function closeCandidates(fragment: string, known: string[]): number {
  const limit = Math.max(2, Math.floor(fragment.length / 3));
  return known.filter((candidate) => distance(fragment, candidate) <= limit).length;
}

/** The fix for a fragment written plainly (an encoded one is left to the writer). */
function fragmentFix(written: string, fragment: string, id: string): {fix?: SiteFix} {
  return written === fragment && written !== '' ? {fix: {find: `#${written}`, text: `#${id}`}} : {};
}

function siteRule({index, targets, options, report, settings}: SiteRuleContext<Options>): void {
  const logged = new Set<string>();
  const logFlavor = (file: string): void => {
    const key = index.site(file)?.root ?? '';
    if (!settings.verbose || logged.has(key)) return;
    logged.add(key);
    settings.log(describeChoice(index.flavorFor(file), index.site(file)?.root, settings.cwd));
  };

  for (const file of targets) {
    const opts = options(file);
    if (!opts || !index.facts(file)) continue;
    logFlavor(file);
    for (const resolved of index.resolved(file)) {
      const {link, fragment} = resolved;
      if (!checkedKinds.has(link.kind) || fragment === undefined || resolved.resolution.status !== 'found') continue;
      const verdict = index.fragmentVerdict(resolved);
      if (!verdict || verdict.status === 'top') continue;
      const document = resolved.resolution.path;
      logFlavor(document);
      const name = relative(settings.cwd, document) || document;
      const position = {file, line: link.line, column: link.column, ...(link.endLine !== undefined ? {endLine: link.endLine, endColumn: link.endColumn} : {})};
      const shown = `#${fragment.written}`;
      if (verdict.status === 'ok') {
        const heading = verdict.target.heading;
        // A heading that is the content (a procedure step, a list of names, …) leads to no empty section.
        const headings = index.facts(document)?.headings ?? [];
        const at = heading ? headings.indexOf(heading) : -1;
        if (opts.emptySections && heading?.empty && (at < 0 || !isContentHeading(headings, at))) {
          report({
            ...position,
            message: `Link to "${shown}" links to an empty section: heading "${heading.text.trim()}" (${name}:${heading.line}) has no content; write the section or link elsewhere`,
            warnOnly: true,
          });
        }
        continue;
      }
      if (opts.generated.includes(fragment.decoded)) {
        if (opts.showUnverifiable) {
          report({...position, message: `Link to "${shown}" cannot be checked: that id is made by a template, not by ${name}`, warnOnly: true, data: {unverifiable: true}});
        }
        continue;
      }
      if (verdict.status === 'unverifiable') {
        if (opts.showUnverifiable) {
          report({...position, message: `Link to "${shown}" cannot be checked: ${name} ${verdict.reason}`, warnOnly: true, data: {unverifiable: true, reason: verdict.reason}});
        }
        continue;
      }
      const known = verdict.known;
      // Fixes edit the link's own text: only for links written as paths (a generator syntax is the writer's).
      const fixFor = (id: string): {fix?: SiteFix} => (link.kind === 'shortcode' ? {} : fragmentFix(fragment.written, fragment.decoded, id));
      const sameLetters = known.find((candidate) => candidate.toLowerCase() === fragment.decoded.toLowerCase());
      if (sameLetters !== undefined) {
        report({...position, message: `Link to "${shown}" matches no heading in ${name}: ids are case-sensitive; use "#${sameLetters}"`, data: {suggestion: sameLetters}, ...fixFor(sameLetters)});
        continue;
      }
      const suggestion = closest(fragment.decoded, known) ?? sharedStem(fragment.decoded, known);
      report({
        ...position,
        message: suggestion !== undefined
          ? `Link to "${shown}" matches no heading in ${name}; did you mean "#${suggestion}"?`
          : `Link to "${shown}" matches no heading in ${name}; link to an existing heading or give one that id`,
        ...(suggestion !== undefined ? {data: {suggestion}} : {}),
        // Fixed only when one id is that close: a choice between several is the writer's.
        ...(suggestion !== undefined && closeCandidates(fragment.decoded, known) === 1 ? fixFor(suggestion) : {}),
      });
    }
  }
}

export default {
  meta: {
    id,
    description: 'Links whose #fragment matches no heading or id in the target page',
    severity: 'error',
    defaults: {generated: ['TableOfContents', 'markdown-toc'], showUnverifiable: false, emptySections: true},
    optionsSchema: {
      properties: {
        generated: {type: 'array', items: {type: 'string'}, description: 'Ids that templates add; links to them are not reported.'},
        showUnverifiable: {type: 'boolean', description: 'Report links to template ids as warnings (data.unverifiable).'},
        emptySections: {type: 'boolean', description: 'Warn when a link leads to a heading whose section is empty.'},
      },
      additionalProperties: false,
    },
    docs: docsUrl(id),
    fixable: 'a fragment with exactly one close id (or the same id in other letter case)',
  },
  siteRule,
} satisfies RuleModule<Options>;
