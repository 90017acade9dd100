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
import type {LinkFact} from '../src/facts.js';
import {defineRule, option} from '../src/rule-kit.js';
import {closest} from '../src/config.js';
import {describeChoice} from '../src/site/flavor.js';
import {distance} from 'fastest-levenshtein';
import type {SiteFix} from '../src/fix.js';

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

export default defineRule({
  meta: {
    id: 'no-broken-anchors',
    description: 'Links whose #fragment matches no heading or id in the target page',
    severity: 'error',
    messages: {
      emptySection: 'Link to "{{fragment}}" links to an empty section: heading "{{heading}}" ({{file}}:{{line}}) has no content; write the section or link elsewhere',
      templateId: 'Link to "{{fragment}}" cannot be checked: that id is made by a template, not by {{file}}',
      unverifiable: 'Link to "{{fragment}}" cannot be checked: {{file}} {{reason}}',
      caseDiffers: 'Link to "{{fragment}}" matches no heading in {{file}}: ids are case-sensitive; use "#{{suggestion}}"',
      didYouMean: 'Link to "{{fragment}}" matches no heading in {{file}}; did you mean "#{{suggestion}}"?',
      noHeading: 'Link to "{{fragment}}" matches no heading in {{file}}; link to an existing heading or give one that id',
    },
    options: {
      generated: option.strings(['TableOfContents', 'markdown-toc'], 'Ids that templates add; links to them are not reported.'),
      showUnverifiable: option.boolean(false, 'Report links to template ids as warnings (data.unverifiable).'),
      emptySections: option.boolean(true, 'Warn when a link leads to a heading whose section is empty.'),
    },
    fixable: 'a fragment with exactly one close id (or the same id in other letter case)',
  },
  site({index, targets, options, report, settings}) {
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
        const at = {file, place: link};
        const shown = `#${fragment.written}`;
        if (verdict.status === 'ok') {
          const heading = verdict.target.heading;
          if (opts.emptySections && heading?.empty) {
            report({...at, messageId: 'emptySection', data: {fragment: shown, heading: heading.text.trim(), file: name, line: heading.line}, severity: 'warn'});
          }
          continue;
        }
        if (opts.generated.includes(fragment.decoded)) {
          if (opts.showUnverifiable) report({...at, messageId: 'templateId', data: {fragment: shown, file: name}, severity: 'warn', details: {unverifiable: true}});
          continue;
        }
        if (verdict.status === 'unverifiable') {
          if (opts.showUnverifiable) {
            report({...at, messageId: 'unverifiable', data: {fragment: shown, file: name, reason: verdict.reason}, severity: 'warn', details: {unverifiable: true, reason: verdict.reason}});
          }
          continue;
        }
        const known = verdict.known;
        // Fixes edit the link's own text: only for links written as paths (a generator syntax is the writer's).
        const fixFor = (id: string): {fix?: SiteFix} => (link.kind === 'shortcode' ? {} : fragmentFix(fragment.written, fragment.decoded, id));
        const sameLetters = known.find((candidate) => candidate.toLowerCase() === fragment.decoded.toLowerCase());
        if (sameLetters !== undefined) {
          report({...at, messageId: 'caseDiffers', data: {fragment: shown, file: name, suggestion: sameLetters}, details: {suggestion: sameLetters}, ...fixFor(sameLetters)});
          continue;
        }
        const suggestion = closest(fragment.decoded, known) ?? sharedStem(fragment.decoded, known);
        if (suggestion === undefined) {
          report({...at, messageId: 'noHeading', data: {fragment: shown, file: name}});
          continue;
        }
        // Fixed only when one id is that close: a choice between several is the writer's.
        report({...at, messageId: 'didYouMean', data: {fragment: shown, file: name, suggestion}, details: {suggestion}, ...(closeCandidates(fragment.decoded, known) === 1 ? fixFor(suggestion) : {})});
      }
    }
  },
});
