/**
 * # no-empty-sections
 *
 * Default: **warn**. A heading followed by no content before the next heading of the same or a
 * higher level, or the end of the file. A section whose only content is subsections that are all
 * empty is empty too — the seed post's "Notes", whose only content is a list item holding an empty
 * heading:
 *
 * ```md
 * ## Notes
 *
 * - ### coroutines
 *
 * ## Further reading
 * ```
 *
 * ```
 * 19:1  warning  Section "Notes" is empty: its only content is the empty subsection "coroutines"; write it or remove the heading  no-empty-sections
 * 21:3  warning  Section "coroutines" is empty: no content follows its heading before the next heading, "Further reading" (line 23); write it or remove the heading  no-empty-sections
 * ```
 *
 * Content is anything a reader sees: text, lists with text, code, tables, images, block quotes,
 * footnotes, HTML blocks, MDX components and shortcodes (`{{< figure … >}}`, `{% include … %}`),
 * which a generator fills in, and in an MkDocs site a heading that is an mkdocstrings block
 * (`#### ::: pkg.Class`: the plugin writes its section), and a thematic break (`---` under a
 * heading makes a titled divider), and a list whose items open with a heading and go on
 * (`- #### type` then its description: the reader sees the bullets under the section's heading;
 * an item that is only a heading adds nothing). Comments, link reference definitions and kramdown attribute lists
 * (`{: #id}`) are not. A heading with no text is left to `no-empty-headings`.
 *
 * **Left alone**, since a reader misses nothing there: a heading that carries a link (`## See [the
 * API guide](api.md) first`, `## [1.4.1](…compare…)`, a call to action written as a reference
 * link, `## [See the demo][1]`: it leads the reader on); and, when another
 * heading follows at once, a release with no notes (`## 1.4.1` then `## 1.4.0`, `## [Unreleased]`,
 * `## hexo-util 2.1.0`: generated changelogs), a release whose notes follow at its own level
 * (`## v6.19.0 Summary` then `## New Feature`), a part of a release's notes with no entries
 * (`### CLI` under `## 1.8.0`), API signatures sharing the description after the last
 * (`` ### `parse(code)` `` then `` ### `parseExpression(code)` ``), and a group's name written at the
 * level of two or more members that follow (`### Examples` then `### Use a secret` and `### Use an
 * identity`, with content). Headings inside a paired shortcode or block tag whose body a template
 * transforms (`{% codeExample %}…{% endcodeExample %}` on Eleventy or Jekyll, where a `---` between
 * samples makes a setext heading; Hugo's `{{< name >}}…{{< /name >}}`) are not the page's sections: the
 * shortcode is content. Control flow (`{% if %}`) and Hugo's `{{% name %}}` keep their headings.
 * Also a ladder of four heading levels or more, each one level deeper
 * right after the one above (`## Heading 2` … `###### Heading 6`): a style page showing the levels. A
 * numbered section (`## 2.1 Install`) is no release.
 *
 * **Generated files** are left alone: a file that says a program wrote it, by Go's convention
 * (a `Code generated … DO NOT EDIT.` line in an HTML comment or a front-matter comment before the
 * page's text, go.dev/s/generatedcode) or by spf13/cobra's tag at its end (`###### Auto generated
 * by spf13/cobra on 2-Jan-2006`, which every command page of cobra's Markdown docs ends with). Its
 * structure is the program's, and an edit there is lost at the next generation; its links are
 * still checked.
 *
 * **Headings that are the content** are left alone too, whatever follows them: a step of a numbered
 * procedure next to the step before or after it (`### 4. Repeat steps 2 and 3 for every member`
 * then `### 5. Finish`: the heading is the instruction); a run of two or more sibling headings that
 * name code, each empty or sharing the text under the last (`#### .renderer_classes`,
 * `#### .parser_classes`; `### MinimumChecker`, `### MaximumChecker`, then what both do); a list of
 * two or more items that are each a heading alone (`1. ### Drive failure`, `2. ### Intrusion`: the
 * list is the content); a heading that repeats a line of the code sample above it in its section
 * (`### Title <Badge text="beta" />` after the sample that writes it: the sample rendered); a heading
 * written as a statement: an exclamation (`## Get started! 🎬`, `## Thanks for reading!`), a
 * sentence of three words or more ending in `.`, or a notice in capitals (`### NO LONGER UNDER ACTIVE
 * DEVELOPMENT`); a heading that states a result, a label with a number after its colon
 * (`#### Candidate Score: -3`, `### Rating: 4/5`, `### Coverage: 87%`); and, on a
 * Docsy site, the last section of a section's `_index` page, which the theme's list layout follows
 * with the section's pages (unless the page says `no_list: true`); on a Jekyll site with the Just
 * the Docs theme, the last section of a parent page (`has_children: true`) in one of the theme's
 * layouts, which ends it with a "Table of contents" of its children (unless `has_toc: false`); on an MkDocs site with Material's
 * blog plugin (`blog` or `material/blog`), the last section of the blog's index page, under which the
 * plugin lists the posts. A run of topics in words
 * (`### Validation errors`, `### Adding items`, nothing under them) is still reported: those are
 * sections not yet written, and so is a lone numbered heading (`## 3. Notes`) or one name alone.
 * In MDX (and `.md` pages Docusaurus reads as MDX), a component tag whose JavaScript attributes
 * hold lines Markdown would read as blocks (a template literal with `---` or `# …` in it) is one
 * element, not headings. The emptiness is
 * computed once per file and shared with `no-broken-anchors`, which warns about links into empty
 * sections.
 *
 * | option | default | meaning |
 * | --- | --- | --- |
 * | `allow` | `[]` | heading texts (any case) whose sections may be empty, such as a placeholder a theme fills (`"Comments"`) |
 *
 * ## Examples
 *
 * Fails:
 *
 * ```md example
 * ## Notes
 *
 * ## Further reading
 *
 * - [A book](https://example.org/book)
 * ```
 *
 * ```text output
 * 1:1  warning  Section "Notes" is empty: no content follows its heading before the next heading, "Further reading" (line 3); write it or remove the heading  no-empty-sections
 * ```
 *
 * Passes:
 *
 * ```md example
 * ## Gallery
 *
 * {{< figure src="cat.jpg" >}}
 * ```
 *
 * ```text output
 * no findings
 * ```
 */
import {basename} from 'node:path';
import type {HeadingFact, LinkFact} from '../src/facts.js';
import {defineRule, option} from '../src/rule-kit.js';
import {hasVisibleText} from '../src/text/visible.js';
import {isContentHeading} from '../src/text/heading-content.js';
import {headingLadder} from '../src/text/heading-ladder.js';

export default defineRule({
  meta: {
    id: 'no-empty-sections',
    // A draft may be unfinished: no-drafts reports it, no-unpublished-links the links into it.
    leavesDraftsAlone: true,
    description: 'Headings followed by no content before the next heading of the same or a higher level',
    severity: 'warn',
    messages: {
      beforeHeading: 'Section {{name}} is empty: no content follows its heading before the next heading, "{{next}}" (line {{line}}); write it or remove the heading',
      beforeEnd: 'Section {{name}} is empty: no content follows its heading before the end of {{file}}; write it or remove the heading',
      emptySubsections: 'Section {{name}} is empty: its only content is the empty {{subsections}} {{names}}; write it or remove the heading',
    },
    options: {allow: option.strings([])},
  },
  site({index, targets, options, report}) {
    for (const path of targets) {
      // Files the site never builds (`.github/` templates, a README outside the docs folder) keep their empty sections on purpose.
      if (!index.isPage(path)) continue;
      // A file a program wrote (cobra's command docs, Go's `Code generated … DO NOT EDIT.`): its sections are the program's, not the editors'.
      if (index.facts(path)?.generated !== undefined) continue;
      const headings = index.facts(path)?.headings ?? [];
      const links = index.facts(path)?.links ?? [];
      const allowed = new Set((options(path)?.allow ?? []).map((text) => text.trim().toLowerCase()));
      // A style page's ladder of heading levels (`##` to `######`, one after the other) shows the levels: it is the content.
      const ladder = headingLadder(headings, (above) => above.empty);
      for (const [i, heading] of headings.entries()) {
        if (ladder.has(heading)) continue;
        // A heading with no text is no-empty-headings' finding; saying it twice helps nobody.
        if (!heading.empty || !hasVisibleText(heading.text) || allowed.has(heading.text.trim().toLowerCase())) continue;
        const {nested, next} = subsections(headings, i);
        // A heading that carries a link leads the reader on ("See [the API guide](api.md) first"): it is content itself.
        if (heading.linked === true || carriesLink(heading, links)) continue;
        // Headings that are the content: a demo of the code sample above, an entry of a list of headings, a statement, a step of a numbered procedure, a list of API names.
        if (isContentHeading(headings, i)) continue;
        // The last section of a page whose layout writes more after the content (Docsy's list of a section's pages).
        if (!next && index.writesAfterContent(path) !== undefined) continue;
        if (nested.length === 0 && next && leadsOn(headings, i, next)) continue;
        report({file: path, ...emptyMessage(heading, nested, next, basename(path)), place: heading});
      }
    }
  },
});

/**
 * Is the empty section headings[i], directly followed by `next`, one a reader misses nothing in?
 * - A release (`## 1.4.1`): release notes with nothing to say, or written flat, the release's
 *   sections following at its own level (`## v6.19.0 Summary`, then `## New Feature`).
 * - A part of a release's notes (`### JavaScript APIs` under `## 1.8.0`): no changes of that kind.
 * - An API signature followed by another (`### parse(code)`, `### parseExpression(code)`): the
 *   description after the last serves them all.
 * - A group's name at the level of its members (`### Examples`, then `### Use a secret` and
 *   `### Use an identity`): a title written flat, the plural naming the two or more that follow.
 */
function leadsOn(headings: HeadingFact[], i: number, next: HeadingFact): boolean {
  const heading = headings[i]!;
  if (isRelease(heading.text)) return true;
  const parent = headings.slice(0, i).reverse().find((h) => h.depth < heading.depth);
  if (parent && isRelease(parent.text)) return true;
  if (next.depth !== heading.depth) return false;
  if (isSignature(heading.raw) && isSignature(next.raw)) return true;
  return isGroupName(heading.text) && members(headings, i) >= 2;
}

/** The sections with content that follow headings[i] at its own level, before a higher heading. */
function members(headings: HeadingFact[], i: number): number {
  const depth = headings[i]!.depth;
  let count = 0;
  for (const h of headings.slice(i + 1)) {
    if (h.depth < depth) break;
    if (h.depth === depth && !h.empty) count++;
  }
  return count;
}

/** A heading that is code alone (`` `babelParser.parse(code)` ``) or a call (`parse(code, options)`). */
function isSignature(raw: string): boolean {
  const text = raw.trim();
  return /^`[^`]+`$/.test(text) || /^[\p{L}_$][\w$.]*\s*\(.*\)$/u.test(text);
}

/** Up to three words, the last a plural (`Examples`, `More guides`): the name of a group. */
function isGroupName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 3 && /^\p{L}+[^s]s$/u.test(words.at(-1)!) && words.every((word) => /^\p{L}+$/u.test(word));
}

/** Does a link start inside the heading? */
function carriesLink(heading: HeadingFact, links: readonly LinkFact[]): boolean {
  return links.some((link) => {
    if (link.kind === 'definition') return false;
    const after = link.line > heading.line || (link.line === heading.line && link.column >= heading.column);
    const before = link.line < (heading.endLine ?? heading.line) || (link.line === (heading.endLine ?? heading.line) && link.column < (heading.endColumn ?? Infinity));
    return after && before;
  });
}

/**
 * A heading that names a release: a version of three parts, or of two with a `v` or alone
 * (`1.4.0`, `v2.0`, `v2.0.0-beta.1 (2024-05-01)`, `[0.3.1] - 2023-12-24`), maybe after the name
 * of what is released (`hexo-util 2.1.0`), or Keep a Changelog's `[Unreleased]`. A numbered
 * section (`2.1 Install`) is no release: two parts followed by words.
 */
const release = /^(?:[\p{L}@][\w@/.-]*\s+)?\[?(?:v?\d+\.\d+\.\d+(?:[-+.][\w.]+)?(?=\]|\s|$)(?:\]?\s.*)?|(?:v\d+(?:\.\d+)*(?:[-+][\w.]+)?|\d+\.\d+|unreleased)\]?(?:\s*[-–—/:(,]\s*.*|\s+\d.*)?)\]?$/iu;

function isRelease(text: string): boolean {
  return release.test(text.trim());
}

/** The headings nested under headings[i] (all empty, since headings[i] is), and the heading that ends the section. */
function subsections(headings: HeadingFact[], i: number): {nested: HeadingFact[]; next?: HeadingFact} {
  const own = headings[i]!;
  const nested: HeadingFact[] = [];
  for (const next of headings.slice(i + 1)) {
    if (next.depth <= own.depth) return {nested, next};
    nested.push(next);
  }
  return {nested};
}

function emptyMessage(heading: HeadingFact, nested: HeadingFact[], next: HeadingFact | undefined, file: string): {messageId: 'beforeHeading' | 'beforeEnd' | 'emptySubsections'; data: Record<string, string | number>} {
  const name = `"${heading.text.trim()}"`;
  if (nested.length === 0) {
    return next
      ? {messageId: 'beforeHeading', data: {name, next: next.text.trim(), line: next.line}}
      : {messageId: 'beforeEnd', data: {name, file}};
  }
  const names = nested.map((h) => `"${h.text.trim()}"`).join(', ');
  return {messageId: 'emptySubsections', data: {name, subsections: nested.length > 1 ? 'subsections' : 'subsection', names}};
}
