/**
 * # no-empty-sections
 *
 * Default: **warn**. A heading followed by no content before the next heading of the same or a
 * higher level, or the end of the file. One problem, one finding: a section whose only content is
 * empty subsections is reported at the innermost of them, where the writing is missing — the seed
 * post's "Notes", whose only content is a list item holding an empty heading, gets one finding, on
 * that heading (writing it fills "Notes" too):
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
 * 21:3  warning  Section "coroutines" is empty: no content follows its heading before the next heading, "Further reading" (line 23); write it or remove the heading  no-empty-sections
 * ```
 *
 * A link to the empty section from its own page is the same problem: `no-broken-anchors` leaves it to
 * this finding, which ends by naming the link's line (`; the link on line 13 leads to it`), so removing
 * the heading does not leave a link to nothing behind. A heading that is itself a placeholder
 * (`## TODO` over nothing: a stub page's only heading) is one problem too, an unwritten section
 * marked as such: `no-placeholders` reports the word and this rule says nothing more there (with
 * `no-placeholders` off, or the word a mention it leaves alone, the empty section is reported here).
 *
 * Content is anything a reader sees: text, lists with text, code, tables, images, block quotes,
 * footnotes, HTML blocks, MDX components and shortcodes (`{{< figure … >}}`, `{% include … %}`),
 * which a generator fills in, and on VitePress an include comment (`<!-- @include: parts/options.inc -->`, any
 * file) whose pasted text shows something before a heading of the section's level (a missing file, or text that
 * opens with such a heading, fills nothing; src/site/include-fills.ts), and in an MkDocs site a heading that is an mkdocstrings block
 * (`#### ::: pkg.Class`: the plugin writes its section), and a list whose items open with a heading and go on
 * (`- #### type` then its description: the reader sees the bullets under the section's heading;
 * an item that is only a heading adds nothing). An image is content even with no alt text and its
 * attribute list after it (`![](shot.png){:width="60%"}`: the list sizes the image). Comments, link
 * reference definitions, kramdown attribute lists alone (`{: #id}`) and thematic breaks are not (a
 * heading over only a `---` rule, the divider ending its part, shows a title and a line, nothing
 * written; a `---` under a line of text is that text's setext heading, not a rule). Where the generator runs Liquid or Nunjucks over the Markdown first (Jekyll,
 * Eleventy), a paragraph of only template tags is what the tags write: content when one writes
 * (`{% include 'table.html' %}`, `{% render %}`, `{{ notes }}`, even beside markdown-it-attrs, whose
 * `{ … }` block it is not), nothing when they only set or comment (`{% assign %}`, `{% set x = 1 %}`).
 * A heading with no text is left to `no-empty-headings`.
 *
 * **Left alone**, since a reader misses nothing there: a heading that carries a link (`## See [the
 * API guide](api.md) first`, `## [1.4.1](…compare…)`, a call to action written as a reference
 * link, `## [See the demo][1]`: it leads the reader on); and, when another
 * heading follows at once, a release with no notes (`## 1.4.1` then `## 1.4.0`, `## [Unreleased]`,
 * `## hexo-util 2.1.0`: generated changelogs), a release whose notes follow at its own level
 * (`## v6.19.0 Summary` then `## New Feature`), a part of a release's notes with no entries
 * (`### CLI` under `## 1.8.0`), API signatures sharing the description after the last
 * (`` ### `parse(code)` `` then `` ### `parseExpression(code)` ``), and a group's name written at the
 * level of two or more members that follow it at once (`### Examples` then `### Use a secret` and `### Use an
 * identity`, with content; an unwritten sibling ends the members, so `## Metrics` over nothing, one written
 * section, then an empty `## Experimental` is no group's name (an empty sibling whose title opens like the member
 * before it, `## Deploy with a certificate` after `## Deploy with a secret`, is a member left unwritten, reported alone); not a title a sibling heading has too, `## Derivation outputs` over nothing
 * after the section of that name: a copy left behind), and sibling headings sharing one body: a run at one
 * level with nothing between them, the last followed by text about the sections above that says where their
 * content is, a link or words of sameness (`### 1.1 Wash the jars`, `### 1.2 Boil the brine`, then `The above
 * sections are the same as in the jam guide.`; "as shown above" mid-sentence, or `The steps above raise dust`,
 * is not enough). Headings inside a paired shortcode or block tag whose body a template
 * transforms (`{% codeExample %}…{% endcodeExample %}` on Eleventy or Jekyll, where a `---` between
 * samples makes a setext heading; Hugo's `{{< name >}}…{{< /name >}}`) are not the page's sections: the
 * shortcode is content. Control flow (`{% if %}`) and Hugo's `{{% name %}}` keep their headings.
 * Also a ladder of four heading levels or more, each one level deeper
 * right after the one above (`## Heading 2` … `###### Heading 6`): a style page showing the levels. A
 * numbered section (`## 2.1 Install`) is no release. Nor, when the heading introduces the one right
 * after it (src/text/heading-over-heading.ts): a kicker, a small heading on the line right above a
 * heading that outranks it (`#### Grown without glass` then `## Winter greens`: the eyebrow over a
 * title; with a blank line between, `### Sowing dates` then `## Summer fruit`, a subsection left
 * empty, still reported); a name for parts numbered from one that follow at its level (`## Rule by
 * rule`, then `## 1. Dry it first` and `## 2. Roll, do not fold`; unnumbered siblings are sections);
 * and a page's title, the level-1 heading that opens a page no front matter titles (mdBook, MkDocs
 * and Docusaurus take it as the title) or whose front-matter title its layouts never print (an Eleventy page
 * whose layouts, all read, name no `title` where the reader sees it: `<title>`, `<head>`, attributes and
 * comments are not seen; src/site/generators/eleventy-title-shown.ts), over sections at level 1 too (`# Tentpole support policy`
 * then `# Introduction`; a page that is only its title, or a titled page's first heading, is judged
 * as any section).
 *
 * **Generated files** are left alone: a file that says a program wrote it, by Go's convention
 * (a `Code generated … DO NOT EDIT.` line, go.dev/s/generatedcode, as the whole text of an HTML
 * comment before the page's text or as a `# ` comment line before the front matter's first key;
 * gomarkdoc's `<!-- Code generated by gomarkdoc. DO NOT EDIT -->`, its period left out as the tool
 * writes it) or by spf13/cobra's tag at its end (`###### Auto generated
 * by spf13/cobra on 2-Jan-2006`, which every command page of cobra's Markdown docs ends with, or
 * a translation of it: the page's last heading, level 6, naming `spf13/cobra` and a date, as in
 * `###### 由 spf13/cobra 于 2026-01-14 自动生成`). Its structure is the program's, and an edit there is lost at the next generation; its links are
 * still checked.
 *
 * **Written at build**: in an mdBook book that runs a preprocessor postlint does not know (one the
 * book writes no `{{#name …}}` directive of: an installed `mdbook-<name>` it does not list, or the book's
 * own code), any chapter's content may come from the preprocessor: a chapter that is its title alone is a
 * stub it fills (a command's chapter filled with its `--help`: such a tool sets the whole chapter), whose empty section is
 * unverifiable, left unreported and counted in one notice for the site naming a page and the preprocessor
 * (src/text/sections-written-at-build.ts). A chapter with text of its own, or an outline of empty sections under its
 * title (`## Bisque`, `## Glaze firing`), is the writer's, still checked,
 * and so is a book running only known preprocessors (mermaid, katex, toc, admonish, …).
 *
 * **Headings used as text** are left alone (src/text/heading-as-text.ts): a run of sibling headings that
 * are items, renames or assignments (`#### old_name => new_name`, `#### set gyro_rate = 400`: two or more
 * in the run; one alone is a section, and so is a direction between words, `### Client -> Server`); a notice (`##### WARNING: tiles may crack-`; `## Notes` alone is a
 * topic); a byline right under the page's title it credits (`#### by ember_hands`; `### By date` under a
 * section mid-page is a topic); a talk's or paper's field and
 * its value (`## Title: Slow glazes`, `## Speaker: …`; `## Option A: Use wood ash` is a section, and so is
 * an API entry whose value is one quoted or code name, `### Event: 'close'`); and a
 * section ended by a paragraph marked as a heading (two sentences, fifteen words or more), which the reader
 * sees under it. Nor a group's title a level off from its members (src/text/heading-misleveled-group.ts):
 * a plural name whose level skips one below the heading above it (`### DEBUG MODES` under `# Debug`), then
 * two or more sections a level up; a list of names (`## Sensors, Relays and Features`) followed at its level
 * by sections, one of them titled with one of those names. A subtitle right under the page's title is
 * still judged as any section: in form it is a first section left unwritten.
 *
 * **Slide decks** are read slide by slide: on a page whose body is a deck (remark.js: `---` slide
 * breaks and two or more slides opening with property lines such as `class: center, middle` or
 * `name: intro`, or `???` presenter notes, or any page an HTML page beside it shows with remark.js,
 * `remark.create({sourceUrl: 'talk.md'})`; Marp: front matter `marp: true`; reveal.js through
 * reveal-hugo: `outputs: ["Reveal"]`), a heading is what its slide shows (a title stacked over two
 * or three heading lines, a slide listing headings), no section awaiting text
 * (src/text/slide-deck.ts). A page with `---` rules and one such line is an article, still read
 * section by section.
 *
 * **Template pages** are left alone too: a page that names itself a template (its file name, as
 * `kep-template.md`, or its title) and tells its reader to copy it (`Make a copy of this template`)
 * is a skeleton whose empty sections (`#### Story 1`, `#### Story 2`) each copy's author fills in
 * (src/text/template-page.ts, the concept no-placeholders shares). A page about templates, or one
 * that only says "copy this file" about a code sample, is not one. So is a template a program of the
 * repository copies and fills (src/text/slot-template.ts): its path names a template (`docs/template/`) and it
 * holds the program's slots, which the generator leaves as written (its title a slot alone, `{{full-name}}`,
 * or three slots in its prose); a doc script appends under its last heading. One sign alone is no template.
 *
 * **Headings that are the content** are left alone too, whatever follows them: a step of a numbered
 * procedure next to the step before or after it (`### 4. Repeat steps 2 and 3 for every member`
 * then `### 5. Finish`: the heading is the instruction), or a step, numbered or not, that tells the
 * reader to do again what the page has just shown (`#### Repeat the above as necessary`, `### Repeat
 * these steps for each node`; `## Repeat` alone or `## Repeat events` is a topic, still reported); a run of two or more sibling headings that
 * name code, each empty or sharing the text under the last (`#### .renderer_classes`,
 * `#### .parser_classes`; `### MinimumChecker`, `### MaximumChecker`, then what both do); a list of
 * two or more items that are each a heading alone (`1. ### Drive failure`, `2. ### Intrusion`: the
 * list is the content); a heading that repeats a line of the code sample above it in its section
 * (`### Title <Badge text="beta" />` after the sample that writes it: the sample rendered); a heading
 * written as a statement: an exclamation (`## Get started! 🎬`, `## Thanks for reading!`), a
 * sentence of three words or more ending in `.`, or a notice in capitals (`### NO LONGER UNDER ACTIVE
 * DEVELOPMENT`); a heading that states a result, a label with a number after its colon
 * (`#### Candidate Score: -3`, `### Rating: 4/5`, `### Coverage: 87%`); a heading that says it is a
 * heading of its own level (`#### A level-4 heading`, `## Heading 2`: a specimen a demo page shows;
 * `## Heading styles`, or a level other than its own, is still a section); and, on a
 * Docsy site, the last section of a section's `_index` page, which the theme's list layout follows
 * with the section's pages (unless the page says `no_list: true`); on a Jekyll site with the Just
 * the Docs theme, the last section of a parent page (`has_children: true`) in one of the theme's
 * layouts, which ends it with a "Table of contents" of its children (unless `has_toc: false`); on an MkDocs site with Material's
 * blog plugin (`blog` or `material/blog`), the last section of the blog's index page, under which the
 * plugin lists the posts. And the last section of a page with footnotes, its own or those of a file
 * the generator pastes into it before converting (Jekyll's `{% include essays/tides.md %}`): every
 * converter lists a page's footnotes after the rest of it (kramdown appends them to the document), so
 * a closing `## Footnotes` is filled at build. An empty section before the last is still reported;
 * so is one filled only by a footnote nothing calls, where the converter leaves such a note out
 * (goldmark, kramdown, remark-gfm; Python-Markdown and pulldown-cmark show it).
 * A sign-off written as the page's last heading, nothing after it, after sections with content:
 * a valediction that never titles a section (`### FIN`, `## The End`, `## Happy coding!`), a closed
 * set of phrases that close a piece, not topics; or a remark trailing off into what comes after the
 * page (`# To be continued...`, `## Stay tuned…`, `## More in the next part...`: a phrase saying the piece
 * goes on elsewhere, then an ellipsis; `## Next steps...` or `## More to come...` is a topic left unwritten). A short topic left unwritten at a page's end (`## Summary`, `## Next steps`, `## What's
 * next?`), a heading that also titles sections (`## Thanks`, `## Enjoy`, `## End`), a remark that
 * announces its own text as still to come (`## Coming soon...`), an ellipsis remark with a heading
 * after it, and a page that is only its heading are still reported.
 * Questions put to the reader are the content too (src/text/question-list.ts): a run of two or more empty sibling
 * headings that each end in a question mark, under a section named as the reader's questions (`## Review questions`,
 * `## Exercises`, `## 面试相关问题`, `## 練習問題`): the writer leaves the answers to the reader. Under a FAQ
 * (`## FAQ`, `## 常见问题`), under any other title, or one question alone, they await answers and are reported.
 * A run of topics in words
 * (`### Validation errors`, `### Adding items`, nothing under them) is still reported: those are
 * sections not yet written, and so is a lone numbered heading (`## 3. Notes`) or one name alone.
 * In MDX (and `.md` pages Docusaurus reads as MDX), a component tag whose JavaScript attributes
 * hold lines Markdown would read as blocks (a template literal with `---` or `# …` in it) is one
 * element, not headings. What is an empty section is decided in one place
 * (src/text/unwritten-sections.ts) and shared with `no-broken-anchors`, which warns about a link into
 * an empty section exactly when this rule reports that section (or one inside it): a link to a heading
 * left alone here (a reference entry's heading that links to itself, a release, a step) lands right.
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
import type {HeadingFact} from '../src/facts.js';
import {defineRule, option} from '../src/rule-kit.js';
import {unwrittenSections} from '../src/text/unwritten-sections.js';
import {SectionsWrittenAtBuild} from '../src/text/sections-written-at-build.js';

export default defineRule({
  meta: {
    id: 'no-empty-sections',
    // A draft may be unfinished: no-drafts reports it, no-unpublished-links the links into it.
    leavesDraftsAlone: true,
    // A heading that is a placeholder (`## TODO`) over nothing is one problem: no-placeholders says it (src/same-problem.ts).
    yieldsTo: ['no-placeholders'],
    description: 'Headings followed by no content before the next heading of the same or a higher level',
    severity: 'warn',
    messages: {
      beforeHeading: 'Section {{name}} is empty: no content follows its heading before the next heading, "{{next}}" (line {{line}}); write it or remove the heading',
      beforeEnd: 'Section {{name}} is empty: no content follows its heading before the end of {{file}}; write it or remove the heading',
    },
    options: {allow: option.strings([])},
  },
  site({index, targets, options, report, notice}) {
    // Pages whose text a step of the build may write (an mdBook preprocessor postlint does not know): unverifiable, said once a site.
    const heldBack = new SectionsWrittenAtBuild(index);
    for (const path of targets) {
      const allowed = new Set((options(path)?.allow ?? []).map((text) => text.trim().toLowerCase()));
      // What is an unwritten section is decided in one place, shared with no-broken-anchors' links into them (src/text/unwritten-sections.ts).
      const sections = unwrittenSections(index, path, allowed);
      if (heldBack.holdsBack(path, sections.length)) continue;
      for (const {heading, next} of sections) {
        // A placeholder reported inside the heading (`## TODO`) is this problem said better: this finding yields to it.
        const within = {line: heading.line, column: heading.column, endLine: heading.endLine ?? heading.line, endColumn: heading.endColumn ?? heading.column + 1};
        report({file: path, ...emptyMessage(heading, next, basename(path)), place: heading, details: {sameProblemWithin: within}});
      }
    }
    for (const said of heldBack.notices('no-empty-sections')) notice?.(said);
  },
});

function emptyMessage(heading: HeadingFact, next: HeadingFact | undefined, file: string): {messageId: 'beforeHeading' | 'beforeEnd'; data: Record<string, string | number>} {
  const name = `"${heading.text.trim()}"`;
  return next
    ? {messageId: 'beforeHeading', data: {name, next: next.text.trim(), line: next.line}}
    : {messageId: 'beforeEnd', data: {name, file}};
}
