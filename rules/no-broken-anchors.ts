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
import type {RuleModule, SiteRuleContext} from '../src/types.js';
import type {FileFacts, LinkFact} from '../src/facts.js';
import {linkTarget as target} from '../src/site/link-target.js';
import type {SiteInfo} from '../src/site/detect.js';
import {docsUrl} from '../src/rule-kit.js';
import {closest} from '../src/config.js';
import {flavor} from '../src/site/slug/index.js';
import {chooseFlavor, describeChoice, type FlavorChoice} from '../src/site/flavor.js';
import {documentIds, type IdTarget} from '../src/site/anchors.js';
import {headingHookChangesIds} from '../src/site/hugo.js';
import {distance} from 'fastest-levenshtein';
import type {SiteFix} from '../src/fix.js';

interface Options {
  generated: string[];
  showUnverifiable: boolean;
  emptySections: boolean;
}

const id = 'no-broken-anchors';
const checkedKinds = new Set<LinkFact['kind']>(['link', 'image', 'definition', 'html', 'shortcode']);

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
  const choices = new Map<string, FlavorChoice>();
  const idsByFile = new Map<string, Map<string, IdTarget>>();

  const choiceFor = (file: string): FlavorChoice => {
    const site: SiteInfo | undefined = index.site(file);
    const key = site?.root ?? '';
    let choice = choices.get(key);
    if (!choice) {
      choice = chooseFlavor(site, settings.config);
      choices.set(key, choice);
      if (settings.verbose) settings.log(describeChoice(choice, site?.root, settings.cwd));
    }
    return choice;
  };
  /** Pages that pull in a file postlint cannot read: their ids are not all known. */
  const partlyUnknown = new Set<string>();
  const idsOf = (file: string, facts: FileFacts, seen = new Set<string>()): Map<string, IdTarget> => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const choice = choiceFor(file);
      ids = documentIds(facts, flavor(choice.name), choice.options);
      // Included files' headings and ids are on the rendered page too.
      seen.add(file);
      for (const include of facts.includes ?? []) {
        const included = index.resolveInclude(file, include);
        const includedFacts = included && !seen.has(included) ? index.facts(included) : undefined;
        if (!included || !includedFacts) {
          if (!included || !seen.has(included)) partlyUnknown.add(file);
          continue;
        }
        for (const [key, value] of idsOf(included, includedFacts, seen)) if (!ids.has(key)) ids.set(key, value);
        if (partlyUnknown.has(included)) partlyUnknown.add(file);
      }
      // A heading render hook that makes its own ids leaves the page's ids unknown.
      const site = index.site(file);
      if (site?.generator === 'hugo' && headingHookChangesIds(site)) partlyUnknown.add(file);
      idsByFile.set(file, ids);
    }
    return ids;
  };

  for (const file of targets) {
    const facts = index.facts(file);
    const opts = options(file);
    if (!facts || !opts) continue;
    choiceFor(file);
    for (const link of facts.links) {
      if (!checkedKinds.has(link.kind)) continue;
      const where = target(index, file, link);
      if (!where?.document) continue;
      const {fragment, written} = where;
      // `#` and `#top` go to the top of the page (HTML matches "top" without regard to case).
      if (fragment === '' || fragment.toLowerCase() === 'top') continue;
      // Text fragments (`#:~:text=…`) select text, not an id.
      if (fragment.startsWith(':~:')) continue;
      const targetFacts = index.facts(where.document);
      if (!targetFacts) continue;
      const ids = idsOf(where.document, targetFacts);
      const choice = choiceFor(where.document);
      const name = relative(settings.cwd, where.document) || where.document;
      const position = {file, line: link.line, column: link.column, ...(link.endLine !== undefined ? {endLine: link.endLine, endColumn: link.endColumn} : {})};
      const shown = `#${written}`;

      let found = ids.get(fragment);
      // GitHub renders ids as `user-content-<id>` and makes both spellings work.
      if (!found && choice.name === 'github' && fragment.startsWith('user-content-')) found = ids.get(fragment.slice('user-content-'.length));
      if (found) {
        const heading = found.heading;
        if (opts.emptySections && heading?.empty) {
          report({
            ...position,
            message: `Link to "${shown}" links to an empty section: heading "${heading.text.trim()}" (${name}:${heading.line}) has no content; write the section or link elsewhere`,
            warnOnly: true,
          });
        }
        continue;
      }
      if (opts.generated.includes(fragment)) {
        if (opts.showUnverifiable) {
          report({...position, message: `Link to "${shown}" cannot be checked: that id is made by a template, not by ${name}`, warnOnly: true, data: {unverifiable: true}});
        }
        continue;
      }
      if (partlyUnknown.has(where.document)) {
        if (opts.showUnverifiable) {
          report({...position, message: `Link to "${shown}" cannot be checked: ${name} pulls in content postlint cannot see (an include or a {{% shortcode %}}), which may hold that id`, warnOnly: true, data: {unverifiable: true}});
        }
        continue;
      }
      const known = [...ids.keys()].filter((known) => known !== '');
      const sameLetters = known.find((candidate) => candidate.toLowerCase() === fragment.toLowerCase());
      if (sameLetters !== undefined) {
        report({...position, message: `Link to "${shown}" matches no heading in ${name}: ids are case-sensitive; use "#${sameLetters}"`, data: {suggestion: sameLetters}, ...fragmentFix(written, fragment, sameLetters)});
        continue;
      }
      const suggestion = closest(fragment, known) ?? sharedStem(fragment, known);
      report({
        ...position,
        message: suggestion !== undefined
          ? `Link to "${shown}" matches no heading in ${name}; did you mean "#${suggestion}"?`
          : `Link to "${shown}" matches no heading in ${name}; link to an existing heading or give one that id`,
        ...(suggestion !== undefined ? {data: {suggestion}} : {}),
        // Fixed only when one id is that close: a choice between several is the writer's.
        ...(suggestion !== undefined && closeCandidates(fragment, known) === 1 ? fragmentFix(written, fragment, suggestion) : {}),
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
