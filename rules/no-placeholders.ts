/**
 * # no-placeholders
 *
 * Default: **warn**. Writing placeholders left in prose: `TODO`, `FIXME`, `TK`, `XXX`,
 * "lorem ipsum", and links with empty targets (`[text]()`, `[text](#)`).
 *
 * ```md
 * The new parser is TK times faster. See [the raw data]() for details.
 * ```
 *
 * ```
 * 6:19  warning  Placeholder "TK" left in the text; finish the sentence or remove it  no-placeholders
 * 6:40  warning  Link "the raw data" has an empty target (); fill in where it should lead or remove the link  no-placeholders
 * ```
 *
 * | option | default | meaning |
 * | --- | --- | --- |
 * | `words` | `["TODO", "FIXME", "TK", "XXX", "lorem ipsum"]` | placeholders to flag. An entry in capitals matches only in capitals, as a whole word (`TODO`, not `todo` or `TODOs`); any other entry matches in any case |
 * | `emptyLinks` | `true` | flag links with an empty target |
 *
 * Left alone: code (fenced, indented, inline, or inline HTML `<code>`/`<kbd>`/`<samp>`/`<var>`, as in
 * `<code>has<i>XXX</i></code>`, and the paragraphs a `<code>` or `<pre>` opened in block HTML holds
 * until its closing tag in a later HTML block, or a highlighter's listing pasted as HTML: a `<div>` of
 * token spans coloured by inline styles, or, where the raw HTML is shown, one whose class names a code block;
 * src/text/highlighter-listings.ts), HTML and comments (MDX `{/* TODO *\/}` too, even where two of them on following lines would pair as emphasis), URLs
 * (`https://example.org/TODO`), file names (`TODO.md`), shortcodes and template code, link reference definitions
 * (with those a tag in the destination makes, where Jekyll or Eleventy renders it first: `[part 1]: {% post_url … %}`
 * at a block's start and the definition lines under it). A leftover is
 * a note to self in running prose; a mention is not, so also left alone: the word quoted, emphasised
 * or as link text (`"FIXME"`, `*TODO*`); a filler phrase written as a name mid-sentence (`all you Lorem Ipsum
 * fans`); the word as a thing after a determiner, a preposition or a
 * pointer (`a TODO list`, `each TODO item`, `(see FIXME)` about a comment in the code above, `places labeled XXX`) or as
 * the subject of a sentence or the kind of note it names (`TODO comments are removed`, `leave TODO messages`), the object of a verb that removes or
 * resolves it (`remove no longer needed TODO`, a changelog's commit subject; or its participle after
 * the word, ending its phrase: `TODO removed, custom fields added`, `FIXME resolved`; not an adjective
 * before a noun, `TODO deleted accounts still show up` is a note) or a kind of thing (`another TODO item`, `TODO List` in
 * Title Case ending its phrase, `TODO List the options` and `TODO Note: explain the flag` being notes,
 * `Add TODO list support`, `a simple TODO app`, `a TODO MVC clone`; in Chinese, Japanese or Korean before such a noun or
 * after "each": `TODO リスト`, `TODO のリスト`, `TODO 应用`, `各 TODO`), or as a thing someone has
 * (`my December TODO.`: a possessive and at most one word, not a verb, before it, the phrase ending there), or inside a short
 * quoted phrase (`my "long TODO" list`) or opening a quotation (`the last item is "TODO: pick a name."`), CJK corner
 * brackets and title marks quoting as curly quotes do (`「TODO」`, `『FIXME』`, `《TODO 清单》`, `「TODO：…」`; an
 * unclosed `「TODO` is no quotation); a heading that is the word alone over the list it names (`# TODO
 * (maybe?)` over the items still to do; over nothing it is still a leftover), or a short label
 * ending in a colon with the word last, right over a list (`Essential TODO:` over a checklist;
 * `TODO: write this` has words after its colon and is a note); `TODO` after the name of an unticked
 * task of a task list (`- [ ] 3D TODO - spheres, prisms`: a roadmap's open item, the word saying what
 * its empty box says; `- [ ] TODO` alone, a note opened in a task, `- [ ] TODO: fix this` or
 * `(TODO: add the link)`, another word, `- [ ] FIXME on Windows`, a ticked `- [x] Docs TODO` and a
 * plain list's `- Learn more - TODO` are still reported, and filler in any item); two different words listed together
 * (`Show TODO, FIXME, etc.`, `TODO or XXX`: the markers named; in any language one short word or one or two Chinese,
 * Japanese or Korean characters between them, a conjunction's shape: `TODO und FIXME Notizen`, `Примітки TODO та FIXME`,
 * `TODO 和 FIXME 注释`, a word in the Latin script being a language's "and" or "or" as CLDR writes it; `TODO, TODO` is no
 * list of kinds, `TODO: add FIXME`, `TODO fix FIXME` and `TODO a FIXME` notes); `TODO`
 * as a task state an outliner names, listed beside another of the states org-mode and Logseq write in capitals
 * (`TODO/DONE`, `TODO、DOING、DONE`, `TODO, LATER or NOW`), or before a word for the feature (`multiple TODO pages`,
 * `the TODO state`, `TODO status`: `TODO finish the intro` and `TODO: write this` are notes); a
 * filler phrase as one item of a list of short names of kinds of filler (`Lorem ipsum, dummy
 * content, placeholder HTML.`; `Lorem ipsum, dolor sit amet` runs on in filler and is reported) or
 * before a noun for the kind of text (`the best lorem ipsum generator`, `lorem ipsum text`); every use of a word on a page that tells
 * its reader to replace it (`Replace each *TODO* with your answer`: a template) or whose title names
 * it (`title: Generate Lorem Ipsum With a Shortcode`: the page is about it); a block quote the paragraph
 * before introduces as an example (`add a comment, example:` over `> Closing ([discussion](#))`): a
 * sample its reader writes; every placeholder and
 * empty link of a **template page**, one that names itself a template (file name or title) and tells
 * its reader to copy it (`Make a copy of this template`; src/text/template-page.ts); `TODO` alone in a table
 * cell of a column whose other cells are states (`Y`, `✅`, `Done`, `N/A`: a requirements matrix's
 * to-do); `XXX` alone in a table cell of a column that holds numbers (a digit pattern beside `5XX`), and any run of X that
 * hides characters in the shape of what it hides: glued to an `@` (`XXX@XXX`, a redacted address),
 * in a token of X runs, digits and separators (`XXX:4821`), or a group of a number written in groups
 * (`(XXX) XXX-XXXX`, `555 XXX 1234`) — `XXX fix this` stands among words and is a note; `XXX` joined by a
 * possessive particle into Chinese, Japanese or Korean prose (`Go 语言的 XXX 功能`, `XXX 的问题`): "such-and-such", a
 * stand-in noun (`XXX：补充` at a line's start stays a note), and in any language written with spaces
 * between the lower-case noun it names one of and the negation or auxiliary of its verb (`Language server
 * XXX does not start`, `сервер XXX не запускається`: any server, a metavariable; `is XXX times faster`,
 * `takes XXX seconds`, `Price: XXX` and `XXX check these` are reported); a word glued to the
 * punctuation of a statement a paragraph's line writes out, unfenced (an SQL query, `from [XXX])`, `len(x)<XXX)`;
 * a command after a shell prompt, `$ ssh XXX@host`): a slot where a value goes (src/text/statement-slots.ts); and text a code block on
 * the page also holds (a sample's rendered output, `Lorem ipsum…` under the tag that makes it).
 *
 * **Specimen pages.** A leftover is a note in running prose among real content. A page that is
 * filler by design — a style demo, a theme's sample page — shows filler paragraphs (lorem ipsum:
 * 8 words or more, one in four of them or more of its pseudo-Latin, `Lorem ipsum dolor sit amet…`,
 * Bootstrap's `Anim pariatur cliche…`; src/text/filler.ts, the detector the spelling rule shares)
 * under one heading after another. On a page with three such paragraphs or more, or where they are
 * half its paragraphs, those paragraphs and links with empty targets (`[a link](#)`) are its content
 * and are left alone; a `TODO` in its prose is still reported. Filler the page shows in raw HTML
 * samples (a table of type sizes) counts toward the three. One filler paragraph in a real page
 * is a leftover, and reported, once per paragraph (each is a place to delete). A page whose front
 * matter calls it a sample, a demo, a dummy or a specimen (`title: Sample 7 Topic`, `Series demo
 * 2`, `summary: This is just a sample topic`) shows filler on purpose: its `lorem ipsum` is left
 * alone, its `TODO` is not; a page about a demo (`Demo day recap`) is not one. A page that shows
 * the heading levels one after the other (four or more, each one level deeper with nothing
 * between: `##` to `#####`) is a style page too, and its `[…](#)` links are left alone.
 *
 * **Filler the page shows, named.** Where a page shows filler on purpose — a specimen's filler
 * paragraphs, or a code sample with a line of filler (`<p>Lorem ipsum dolor sit amet, …</p>` in a
 * component) — its prose can name that filler in any language: `Lorem ipsum` in a sentence that is
 * not filler itself (`anstelle des Lorem ipsum Platzhalters`, `testo lorem ipsum gratuito`) is a
 * mention, left alone. A filler paragraph among real prose is still a leftover, and so is the phrase
 * running on in the filler's words (`Lorem ipsum dolor sit amet.` in a sentence), on a page that
 * shows no filler, or whose code only holds the words (`// lorem ipsum`).
 *
 * **Script-handled `#` links.** A link to `#` that an attribute list right after it, as the site's
 * converter reads one (MkDocs' attr_list `{: … }` or `{ … }`, kramdown's `{: … }`, markdown-it-attrs'
 * `{ … }`), gives a class, an id, a control's `role` (`button`), an event handler (`onclick=…`) or a
 * `data-` attribute is a button the page's script handles (`[copy](#){: .copy-button }`), `#` on
 * purpose; one given only a `target`, a title or a theme's button style (Material's `.md-button`, `.btn`),
 * or the same list where the converter reads none, is
 * still reported.
 *
 * **Back-to-top `#` links.** A bare `#` goes to the top of the page (the HTML standard's indicated
 * part for an empty fragment; single-page routers scroll to 0,0 too): it is a placeholder only where
 * nothing says it is meant. The same link text, the link alone in its paragraph (marks beside it, no
 * words), closing two sections or more — its section's last block before the next heading, a rule or
 * a comment between — (`[🔝 Back to contents](#)` under each part of a guide) is the page's own
 * navigation, in any language, and left alone, with its other uses alone in a paragraph (above the
 * credit the page ends with) (src/text/top-links.ts). A `#` link in a sentence, one
 * standing alone once, repeated within one section, or the same in each section's list or opening
 * each section (`- [Download](#)` under each product) is still reported.
 *
 * **Forge templates.** The files GitHub fills a new pull request, issue or discussion with
 * (`pull_request_template.md` in the top folder, `docs/` or `.github/`, and the files of
 * `PULL_REQUEST_TEMPLATE/`, `ISSUE_TEMPLATE/`, `DISCUSSION_TEMPLATE/` there) are read as
 * repository documents, like a README, when the site does not build them; each is a template its
 * author fills in, so its `- TODO` and `[issue]()` are slots, left alone. A site that builds one as a
 * page (Eleventy reading the whole repository) publishes it, and it is read as any page. A page the
 * site's config names as the template to copy (a setting whose name says `template` holding the page's
 * path or a URL ending in it: `new_component_template_link: …/blob/main/src/_components/template.md`)
 * is a template too: its placeholders are slots.
 *
 * **Not told apart.** A `FIXME:` in running prose that states an open problem of the code a page
 * documents (a compiler guide's "FIXME: we need to continue to support …") is written exactly like a
 * note to self about the page: nothing in its structure, only its meaning, says which it is. It is
 * reported; a site that publishes such notes on purpose can say so with a `postlint-disable-next-line
 * no-placeholders` comment or by leaving `FIXME` out of `words`.
 *
 * ## Examples
 *
 * Fails:
 *
 * ```md example
 * The benchmark numbers are TK.
 * See [the docs]() for more.
 * ```
 *
 * ```text output
 * 1:27  warning  Placeholder "TK" left in the text; finish the sentence or remove it  no-placeholders
 * 2:5  warning  Link "the docs" has an empty target (); fill in where it should lead or remove the link  no-placeholders
 * ```
 *
 * Passes:
 *
 * ````md example
 * ```python
 * # TODO: this comment is code, not prose
 * ```
 * ````
 *
 * ```text output
 * no findings
 * ```
 */
import type {Heading, Link, Nodes, Root, Table, TableCell, Text} from 'mdast';
import {showsHeadingLadder} from '../src/text/heading-ladder.js';
import {htmlBlockCodeSpans, htmlCodeSpans, inSpansInOrder} from '../src/text/html-code-spans.js';
import {blankTemplateCode} from '../src/text/template-code-spans.js';
import {sampleQuotes, templatePage, templateSlots} from '../src/text/template-page.js';
import {eachOfTypes, siblingBefore} from '../src/node-index.js';
import {walk, walkType} from '../src/walk.js';
import {toString} from 'mdast-util-to-string';
import {location} from 'vfile-location';
import {defineRule, option} from '../src/rule-kit.js';
import {generatorOf} from '../src/site/generators/index.js';
import {configNamedTemplate, unbuiltForgeTemplate} from '../src/site/forge-template.js';
import type {SiteInfo} from '../src/site/detect.js';
import {fillerPhrase, isFiller, runsOnAsFiller} from '../src/text/filler.js';
import {escapeRegExp} from '../src/links/patterns.js';
import {masksCharacters} from '../src/text/masks.js';
import {quotedOriginalSpans} from '../src/text/quoted-original.js';
import {statementSlots} from '../src/text/statement-slots.js';
import {highlighterListingSpans} from '../src/text/highlighter-listings.js';
import {mergeSpans} from '../src/spelling/spans.js';
import {rawHtmlShown} from '../src/spelling/raw-html.js';
import {blankRenderedDefinitions} from '../src/spelling/prose.js';
import {rendersTemplatesFirst} from '../src/spelling/raw-html.js';
import {attributeListAt, marksScriptHook} from '../src/text/span-attributes.js';
import {foreignListConnector} from '../src/text/list-connectors.js';
import {englishFunctionWords} from '../src/text/english-function-words.js';
import {repeatedTopLinks} from '../src/text/top-links.js';


export default defineRule({
  meta: {
    id: 'no-placeholders',
    // A draft may be unfinished: no-drafts reports it, no-unpublished-links the links into it.
    leavesDraftsAlone: true,
    description: 'Leftover placeholders in prose (TODO, FIXME, TK, XXX, lorem ipsum) and links with empty targets',
    severity: 'warn',
    messages: {
      emptyLink: 'Link "{{text}}" has an empty target {{target}}; fill in where it should lead or remove the link',
      placeholder: 'Placeholder "{{word}}" left in the text; finish the sentence or remove it',
    },
    options: {words: option.strings(['TODO', 'FIXME', 'TK', 'XXX', 'lorem ipsum']), emptyLinks: option.boolean(true)},
  },
  file({tree, text: source, path, site, frontMatter, bareUrls, options, report}) {
    // Template code and MDX comments are masked in the whole source: a comment's `*/}` and `{/*` can pair as emphasis across nodes.
    // Template code in prose ({{< … >}}, {{% … %}}, {% … %}, {{ … }}) and MDX comments ({/* … */}) are not prose.
    // So are definitions whose destination is a tag the generator renders first (`[part 1]: {% post_url … %}`) and the lines under them: never shown.
    const prose = blankTemplateCode(rendersTemplatesFirst(site, frontMatter?.data) ? blankRenderedDefinitions(source) : source);
    const place = location(source);
    const words = wordMatcher(options.words);
    // Most pages hold none of the words anywhere: then only links are judged, and what words need is not worked out.
    const matcher = words && words.loose.some((loose) => loose.test(prose)) ? words.whole : undefined;
    const slots = matcher ? templateSlots(tree, matcher) : new Set<string>();
    // A page that is a template its reader copies (src/text/template-page.ts): each placeholder in it, and each empty link, is a slot.
    const template = templatePage(tree, path, frontMatter?.data, unbuiltForgeTemplate(path, site, frontMatter), configNamedTemplate(path, site)) !== undefined;
    // A page whose title names the word is about it ("Generate Lorem Ipsum With a Shortcode"): each use is a mention.
    if (matcher) for (const word of titleSubjects(tree, frontMatter?.data, matcher)) slots.add(word);
    const masks = new Set<TableCell>();
    const samples = matcher ? codeSamples(tree) : [];
    // A specimen page (a style demo, a layout sample) is filler by design: its filler and its `#` links are the content.
    // Filler is told by its pseudo-Latin words (src/text/filler.ts), in a page of any language.
    const filler = matcher ? fillerBlocks(tree) : new Set<Nodes>();
    // A page that calls itself a sample or a demo (`title: Sample 7 Topic`, `Series demo 2`) shows filler on purpose.
    const sample = matcher !== undefined && callsItselfSample(frontMatter?.data);
    // So is a style page that shows the heading levels one after the other (`##` to `######`).
    const specimen = isSpecimen(tree, filler, matcher ? fillerSamples(tree, matcher) : 0) || showsHeadingLadder(tree);
    // Filler the page shows on purpose (a specimen's paragraphs, a code sample's `<p>Lorem ipsum dolor…</p>`) is a thing its prose
    // names in any language (`anstelle des Lorem ipsum Platzhalters`, `testo lorem ipsum gratuito`): there the phrase outside filler is a mention.
    const showsFiller = specimen || samples.some(holdsFiller);
    const titles = words ? listTitles(tree, words.alone) : new Set<Nodes>();
    // A short label naming the list under it ("Essential TODO:" over a checklist): the word is the list's name, a noun.
    if (words) for (const label of listLabels(tree, words.alone)) titles.add(label);
    // An unticked task that names its task (`- [ ] 3D TODO - Ellipsoid, Cube`): the word says what the open box says.
    const openTasks = matcher ? openTaskSpans(tree, matcher) : [];
    // Text inside an inline `<code>` written as HTML is code, as inline code is (`<code>has<i>XXX</i></code>`: a name pattern).
    const htmlCode = matcher ? htmlCodeSpans(tree) : new Set<Nodes>();
    // So is the Markdown a `<code>` or `<pre>` opened in block HTML holds until it closes in a later HTML node (a listing a blank line split).
    // And a highlighter's listing pasted as HTML: a `<div>` of colour-styled token spans, or one whose class names a code block.
    // And the original a translation quotes in a `<details>` block (`<summary>原文</summary>`): the upstream's words, not the writer's (src/text/quoted-original.ts).
    const blockCode = matcher ? mergeSpans([...htmlBlockCodeSpans(tree), ...highlighterListingSpans(tree, source, rawHtmlShown(site)), ...quotedOriginalSpans(source)]) : [];
    const inBlockCode = inSpansInOrder(blockCode);
    // A block quote introduced as an example ("add a comment, example:") is a sample the reader writes:
    // its empty links (`[Zulip](#)`) are theirs to fill in. A placeholder word in it (`> TODO`: the example never written) is still one.
    const linksOnPurpose = new Set<Nodes>();
    for (const quote of sampleQuotes(tree)) walkType(quote, 'link', (link) => void linksOnPurpose.add(link));
    // The same `#` link alone in its paragraph closing section after section goes to the page's top on purpose (src/text/top-links.ts).
    if (options.emptyLinks) for (const link of repeatedTopLinks(tree)) linksOnPurpose.add(link);
    walk(tree, (node, parent) => {
      if (htmlCode.has(node)) return false;
      if (blockCode.length > 0 && inBlockCode(node.position?.start.offset ?? -1)) return false;
      // A heading that is the word alone over the items it names ("# TODO (maybe?)" over a list): a title.
      if (titles.has(node)) return false;
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml' || node.type === 'definition') return false;
      // A table comes before its cells: its masked cells are known when they are reached.
      if (node.type === 'table') maskCells(node, masks);
      if (node.type === 'tableCell' && masks.has(node)) return false;
      if (node.type === 'link' && isBareUrl(node)) return false;
      if (specimen && filler.has(node)) return false;
      if (node.type === 'link' && options.emptyLinks && !specimen && !template && !linksOnPurpose.has(node) && node.position && (node.url.trim() === '' || node.url.trim() === '#') && !listsDrafts(path, site) && !scriptedLink(node, source, site)) {
        report({messageId: 'emptyLink', data: {text: toString(node), target: node.url.trim() === '' ? '()' : '(#)'}, place: node.position});
      }
      // Emphasised, struck or linked, the word is shown to the reader as a word: a mention.
      if (node.type === 'text' && parent && mentionParents.has(parent.type)) return true;
      // Text a code sample on the page also holds is that sample's output, shown on purpose.
      if (node.type === 'text' && node.value.trim().length >= 20 && samples.some((code) => code.includes(node.value.trim()))) return true;
      if (node.type === 'text' && matcher && node.position?.start.offset !== undefined) reportWords(node, prose, matcher, (word, offset, length) => {
        // Inside a URL written as plain text: part of an address, not prose.
        if (bareUrls.some((url) => offset >= url.start && offset < url.end)) return;
        // A page that tells the reader to replace the word is a template: the word is its slot.
        if (template || slots.has(word.toLowerCase().replace(/\s+/g, ' '))) return;
        // Filler (`lorem ipsum`, not `TODO`) on a page that says it is a sample: what the page shows.
        if (sample && fillerPhrase(word)) return;
        // Where the page shows filler, the phrase outside it names that filler; running on in the filler's words (`Lorem ipsum dolor sit amet.`) it is the filler, left over.
        if (showsFiller && fillerPhrase(word) && !(parent !== undefined && filler.has(parent)) && !runsOnAsFiller(prose.slice(offset + length, offset + length + 40))) return;
        if (openTasks.some(([from, to]) => offset >= from && offset < to && taskState(source, from, offset, length, word))) return;
        const start = place.toPoint(offset);
        const end = place.toPoint(offset + length);
        if (start) report({messageId: 'placeholder', data: {word}, place: end ? {start, end} : start});
      });
      return true;
    });
  },
});

/**
 * A link to `#` that the attribute list right after it gives a class, an id, a control's role or a
 * handler (`[copy](#){: .copyMe }`, as the site's converter reads such a list): a button the page's
 * script handles, not a link left to fill in (src/text/span-attributes.ts).
 */
function scriptedLink(link: Link, source: string, site: SiteInfo | undefined): boolean {
  const syntax = site ? generatorOf(site).spanAttributes?.(site) : undefined;
  const end = link.position?.end.offset;
  if (syntax === undefined || end === undefined) return false;
  const list = attributeListAt(source, end, syntax);
  return list !== undefined && marksScriptHook(list);
}

/** Filler blocks that make a page a specimen, whatever else it holds (a style demo: one under each kind of heading). */
const specimenBlocks = 3;

/** Paragraphs of filler text (src/text/filler.ts: `Lorem ipsum dolor sit amet, consectetur…`), with the placeholder in them or not. */
function fillerBlocks(tree: Root): Set<Nodes> {
  const blocks = new Set<Nodes>();
  walkType(tree, 'paragraph', (node) => {
    if (isFiller(toString(node))) blocks.add(node);
  });
  return blocks;
}

/**
 * Raw HTML blocks whose text holds a placeholder (`<td …>Lorem ipsum dolor sit amet…</td>` in a
 * table of type sizes): a sample of the page's style, filler it shows. The rule reads no HTML;
 * these only tell a style page from a real one.
 */
function fillerSamples(tree: Root, matchers: RegExp[]): number {
  let count = 0;
  // Not inside a paragraph or heading: block HTML, or HTML in a table cell.
  eachOfTypes(tree, ['paragraph', 'heading', 'html'], (node) => {
    if (node.type !== 'html') return false;
    // `[^<>]`: a tag never closed (`<!-- x` repeated) is scanned only to the next `<`, so the pass stays linear.
    const text = node.value.replace(/<[^<>]*>/g, ' ');
    if (matchers.some((matcher) => new RegExp(matcher.source, matcher.flags.replace('g', '')).test(text))) count++;
    return false;
  });
  return count;
}

/**
 * A page whose front matter calls it a sample, a demo, a dummy or a specimen, in its title
 * (`Sample 7 Topic (Product 1)`, `Series demo 2`, `Sample post`) or its summary or description
 * (`This is just a sample topic...`): a theme's or a template's sample content, whose filler is
 * what it shows. Its notes to self (`TODO`) are still notes. The word must name the page: before
 * a number or a kind of page (`sample topic`, `demo 2`), or alone. A page about a demo (`Demo day
 * recap`, `How to run a product demo`) is a real page, its leftover filler a leftover.
 */
function callsItselfSample(data: Record<string, unknown> | undefined): boolean {
  return ['title', 'summary', 'description'].some((key) => {
    const value = data?.[key];
    return typeof value === 'string' && (namesSample.test(value) || sampleAlone.test(value));
  });
}

/** The sample word before a number or a kind of page (`Sample 7 Topic`, `Series demo 2`, `my sample post`, `a sample layout`). */
const namesSample = /(?<![\p{L}\p{N}-])(?:samples?|demos?|dummy|specimens?)[ \t]+(?:\d+|(?:posts?|pages?|topics?|articles?|entry|entries|documents?|content|layouts?|sites?)(?![\p{L}\p{N}-]))/iu;

/** The sample word as the whole title (`Demo`, `Sample`). */
const sampleAlone = /^\s*(?:samples?|demos?|dummy|specimens?)\s*$/iu;

/**
 * A leftover is a note in running prose among real content. A page whose filler paragraphs are
 * many (three or more) or half its paragraphs is a specimen — a style demo, a theme's sample
 * page — where filler and dummy links are what it shows. One filler paragraph in a real page is
 * still a leftover.
 */
function isSpecimen(tree: Root, filler: ReadonlySet<Nodes>, samples: number): boolean {
  // Filler the page shows in HTML samples (a table of type sizes, a nested list) counts toward it, as its paragraphs do.
  if (filler.size > 0 && filler.size + samples >= specimenBlocks) return true;
  if (filler.size < 2) return false;
  let paragraphs = 0;
  walkType(tree, 'paragraph', () => {
    paragraphs++;
  });
  return filler.size * 2 >= paragraphs;
}

/** Inline nodes whose text the writer shows as a word (`*TODO*`, `**FIXME**`, `[XXX](…)`), not a note to self. */
const mentionParents = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** Placeholder words the page's title (front-matter `title`, else its first heading of level 1) names. */
function titleSubjects(tree: Root, data: Record<string, unknown> | undefined, matchers: RegExp[]): string[] {
  const heading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const title = typeof data?.title === 'string' ? data.title : heading ? toString(heading) : '';
  // The word alone ("# TODO") is no subject: a title of nothing but the placeholder is one itself.
  if (!/\p{L}/u.test(matchers.reduce((rest, matcher) => rest.replace(matcher, ' '), title))) return [];
  return matchers.flatMap((matcher) => [...title.matchAll(matcher)].map((match) => match[0].toLowerCase().replace(/\s+/g, ' ')));
}

/**
 * Headings that are a placeholder word alone, maybe with a remark in parentheses ("TODO",
 * "TODO (maybe?)"), over a section with content: the title of a list of things to do, named
 * by the word, not a leftover. One with nothing under it is still a leftover.
 */
function listTitles(tree: Root, alone: (text: string) => boolean): Set<Nodes> {
  const titles = new Set<Nodes>();
  for (const [i, node] of tree.children.entries()) {
    if (node.type !== 'heading') continue;
    const text = toString(node).replace(/\([^()]*\)/g, '').replace(/[\s:.!?-]+/g, ' ').trim();
    const next = tree.children[i + 1];
    if (!next || next.type === 'heading' || next.type === 'thematicBreak') continue;
    if (alone(text)) titles.add(node);
  }
  return titles;
}

/**
 * Paragraphs that are a short label ending in a colon, the placeholder word its last word (up to
 * three words before it, a remark in parentheses after it: "Essential TODO:", "Optional TODO (may
 * wait):", "TODO:"), right over a list: the label names the list of things to do, as a heading of
 * the word does. A note opened by the word ("TODO: write this") has words after its colon, and a
 * label over no list names nothing: both are still reported.
 */
function listLabels(tree: Root, alone: (text: string) => boolean): Set<Nodes> {
  const labels = new Set<Nodes>();
  // Each list with the paragraph before it.
  eachOfTypes(tree, ['list'], (list, parent) => {
    const block = siblingBefore(list, parent);
    if (block?.type !== 'paragraph') return;
    const text = toString(block).replace(/\([^()]*\)/g, ' ').trim();
    const label = /^((?:[\p{L}-]+[ \t]+){0,3})(\S+?)[ \t]*:$/u.exec(text);
    if (label && alone(label[2]!)) labels.add(block);
  });
  return labels;
}

/**
 * The own paragraphs of unticked GFM task-list items (`- [ ] 3D TODO - Ellipsoid, Cube`) that name
 * a task besides the placeholder word: a roadmap's or checklist's open item, whose word marks the
 * item still to do, as its empty box does, for the reader to see. A note to self is a leftover in
 * running prose; this is the list's content. Still reported: an item that is the word alone
 * (`- [ ] TODO`: the task never named), a ticked item (`- [x] Docs TODO`: done, yet the note
 * stayed), an item of a plain list (`- Learn more - TODO`), and filler (`lorem ipsum`) anywhere;
 * within such a paragraph only the word that is the task's state is left (taskState).
 */
/**
 * Is the word at `offset` in an open task's paragraph (from `from`) the task's state: `TODO` (what the
 * empty box says; `FIXME`, `XXX`, `TK` say something else) after the task's name (`3D TODO`), neither
 * opening a note (`TODO: add the link`, `- [ ] TODO fix this`: the shape of a note to self anywhere)
 * nor inside an aside in parentheses (`Install the CLI (TODO ask Sam)`)?
 */
function taskState(source: string, from: number, offset: number, length: number, word: string): boolean {
  if (!/^to-?do$/i.test(word)) return false;
  const before = source.slice(from, offset);
  if (!/[\p{L}\p{N}]{2}/u.test(before) || /^[ \t]*:/.test(source.slice(offset + length, offset + length + 8))) return false;
  return before.split('(').length <= before.split(')').length;
}

function openTaskSpans(tree: Root, matchers: RegExp[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  walkType(tree, 'listItem', (item) => {
    if (item.checked !== false) return;
    for (const child of item.children) {
      const from = child.position?.start.offset;
      const to = child.position?.end.offset;
      if (child.type !== 'paragraph' || from === undefined || to === undefined) continue;
      let rest = toString(child);
      for (const matcher of matchers) rest = rest.replace(new RegExp(matcher.source, matcher.flags.includes('g') ? matcher.flags : `${matcher.flags}g`), ' ');
      // The task itself: a word of two letters or digits or more besides the placeholder.
      if (/[\p{L}\p{N}]{2}/u.test(rest)) spans.push([from, to]);
    }
  });
  return spans;
}

/**
 * Table cells whose whole text is a run of X (`XXX`) in a column that also holds digits (`404`,
 * `5XX`, `1.2.x`): there the X stands for any digit of a number pattern, not for a missing value. And
 * cells that are `TODO` alone in a column whose other cells are all states (`Y`, `✅`, `Done`, `N/A`):
 * there `TODO` is a state too.
 */
function maskCells(table: Table, cells: Set<TableCell>): void {
  const columns = new Map<number, TableCell[]>();
  for (const row of table.children) for (const [i, cell] of row.children.entries()) columns.set(i, [...(columns.get(i) ?? []), cell]);
  for (const column of columns.values()) {
    if (column.some((cell) => /\d/.test(toString(cell)))) for (const cell of column) if (/^\s*X{2,}\s*$/.test(toString(cell))) cells.add(cell);
    // A table's body, under its head row: `TODO` alone in a cell is a value among the column's states.
    const body = column.slice(1).map((cell) => ({cell, text: toString(cell).trim()}));
    const others = body.filter(({text}) => text !== '' && text !== 'TODO');
    if (others.length > 0 && others.every(({text}) => stateValue.test(text))) for (const {cell, text} of body) if (text === 'TODO') cells.add(cell);
  }
}

/**
 * The values a status column of a table holds: yes/no, marks and emoji, done, n/a. `TODO` alone in a
 * cell of such a column is one more state ("not done yet", a requirements matrix's To-do); in a column
 * of sentences or names it is a value left unwritten: reported.
 */
const stateValue = /^(?:y|n|yes|no|done|n\/a|na|ok|partial|planned|wip|[-—–✓✔✗✘✅❌⭕🚧]\uFE0F?|:[a-z_]+:)$/iu;

/** The code blocks of the page (where a page shows the source of what it renders next: `{% blockquote %}Lorem ipsum…`). */
function codeSamples(tree: Root): string[] {
  const samples: string[] = [];
  walkType(tree, 'code', (node) => {
    samples.push(node.value);
  });
  return samples;
}

/**
 * A code sample that shows filler text: a line of it (tags and code around it dropped) is filler, as a
 * paragraph is (src/text/filler.ts: `<p>Lorem ipsum dolor sit amet, consectetur…</p>` in a component).
 * A sample that only holds the words (`// TODO lorem ipsum`) shows none.
 */
function holdsFiller(code: string): boolean {
  return code.split('\n').some((line) => isFiller(line.replace(/<[^<>]*>/g, ' ')));
}

/** An autolink or a bare URL shows its own address; words inside it are not prose. */
function isBareUrl(node: Link): boolean {
  return toString(node) === node.url || `mailto:${toString(node)}` === node.url;
}

/**
 * One pattern for capitalised words (case matters), one for the rest (case does not); each whole-word only, and loose;
 * and whether a text is one of the words alone.
 */
function wordMatcher(words: string[]): {whole: RegExp[]; loose: RegExp[]; alone: (text: string) => boolean} | undefined {
  const escape = (word: string): string => escapeRegExp(word.trim()).replace(/\s+/g, '\\s+');
  const isCapitals = (w: string): boolean => w === w.toUpperCase() && /\p{Lu}/u.test(w);
  const listed = words.filter((w) => w.trim() !== '');
  // Whole words only: not inside a longer word, identifier or path.
  const whole = (alternatives: string[], flags: string): RegExp[] =>
    alternatives.length === 0 ? [] : [new RegExp(`(?<![\\p{L}\\p{N}_/.-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])`, flags)];
  // The same words anywhere, whole or not: every match in any part of the text is one of these too.
  const loose = (alternatives: string[], flags: string): RegExp[] => (alternatives.length === 0 ? [] : [new RegExp(`(?:${alternatives.join('|')})`, flags)]);
  const capitals = listed.filter(isCapitals).map(escape);
  const others = listed.filter((w) => !isCapitals(w)).map(escape);
  const matchers = [...whole(capitals, 'gu'), ...whole(others, 'giu')];
  if (matchers.length === 0) return undefined;
  const looseMatchers = [...loose(capitals, 'u'), ...loose(others, 'iu')];
  // The word alone (a title, a list's label): each anchored pattern made on first need and tried only where its
  // loose one, compiled for every page anyway, finds the word; most headings hold none, and compiling the
  // anchored Unicode patterns costs ~3 ms of CPU a thread.
  let anchored: RegExp[] | undefined;
  const alone = (text: string): boolean =>
    looseMatchers.some((looseMatcher, i) => looseMatcher.test(text) && (anchored ??= matchers.map((matcher) => new RegExp(`^(?:${matcher.source})$`, matcher.flags.replace('g', ''))))[i]!.test(text));
  return {whole: matchers, loose: looseMatchers, alone};
}

/**
 * Words before a placeholder that make it a thing being talked about: a determiner or a
 * preposition ("a TODO list", "each TODO item", "the FIXME", "for TODO comments"), a pointer to
 * it ("(see FIXME)" about a comment in the code above, "marked as TODO"), or a word
 * that says what state the thing is in ("old FIXME comments"). Placeholders joined by "and",
 * "or" or a comma share the words before the first ("the TODO and FIXME comments").
 */
const namedAsThing = /(?:^|[^\p{L}])(?:a|an|another|other|one|the|this|that|these|those|each|every|any|no|some|all|both|such|which|what|my|your|our|their|its|his|her|of|for|with|without|about|from|in|into|on|by|see|as|like|called|named|marked|labeled|labelled|tagged|denoted|old|stale|remaining|leftover|open)\s+$/iu;
const joined = /^\s*(?:,|and|or|&|\/)\s*$/iu;
/**
 * What joins two marker words in any language, told by its shape: one lower-case word of four letters
 * at most between spaces (`und`, `e`, `oder`, `и`, `та`, `або`), or one or two Chinese, Japanese or
 * Korean characters, spaced or not (`和`, `と`, `或者`, `및`). A note to self puts its words after the
 * marker, more than one and no colon before a conjunction (`TODO: add FIXME`, `TODO 补充示例 FIXME`).
 * A word in the Latin script must be a language's own "and" or "or" besides (list-connectors.ts):
 * an English note's one word between them is a verb or an article (`TODO fix FIXME`, `TODO a FIXME`).
 */
const connective = /^(?:[ \t]+(\p{Ll}{1,4})[ \t]+|[ \t]*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Hangul}]{1,2}[ \t]*)$/u;

function connects(between: string): boolean {
  const match = connective.exec(between);
  if (!match) return false;
  const word = match[1];
  return word === undefined || !/^\p{sc=Latin}+$/u.test(word) || foreignListConnector(word);
}

/** What lies between two marker words joins them as a list: English's joints (`joined`) or any language's conjunction. */
function joinsMarkers(between: string): boolean {
  return joined.test(between) || connects(between);
}
/** The pointer words of namedAsThing: what follows them may be the mention ("labeled TODO until…") or a note opened by a colon. */
const pointedAt = /(?:^|[^\p{L}])(?:called|named|marked|labeled|labelled|tagged|denoted)\s+$/iu;
/** A colon and words after the word: the shape of a note ("labeled TODO: replace with the final chart"), not of a name. */
const noteAfter = /^[ \t]*:[ \t]*\p{L}+[ \t]+\p{L}/u;

/**
 * A verb that does something to the placeholder as a thing in the code or text, with up to three
 * words of its own between ("remove no longer needed TODO", "resolve FIXME"; not across "and" or
 * "then", which open a clause): a commit subject or a changelog entry about a note, not a note left.
 */
const actedOn = /(?:^|[^\p{L}])(?:[Rr]emov(?:e|es|ed|ing)|[Dd]elet(?:e|es|ed|ing)|[Rr]esolv(?:e|es|ed|ing)|[Aa]ddress(?:es|ed|ing)?)(?:[ \t]+(?!(?:and|or|but|then|so|to)(?![\p{L}]))\p{Ll}[\p{Ll}-]*){0,3}[ \t]+$/u;

/**
 * The same act said after the word, in the passive: its participle right after it, ending the
 * phrase ("TODO removed, custom fields added", "FIXME resolved.", "TODO removed and …"), a
 * before-and-after note or a changelog entry about the note. The note itself says what is left to
 * do ("TODO remove the cache", "TODO: resolved?" is still a note: a colon opens it), and a
 * participle before a noun is an adjective in it ("TODO deleted accounts still show up").
 */
const removedAfter = /^[ \t]+(?:removed|deleted|resolved|addressed|dropped|cleared)(?=[ \t]*(?:[,.;)]|\r?\n|$|(?:and|or)(?![\p{L}\p{N}_-])))/u;

/**
 * The word inside a noun phrase, naming a kind of thing: after an article or quantifier and one or two
 * words ("a simple TODO app", "each new FIXME item") with a word after it that the phrase is about, or
 * followed by a name in capitals ("TODO MVC"). A note to self ends the phrase or opens a clause
 * ("TODO: …", "the build fails TODO").
 */
function modifiesNoun(before: string, after: string): boolean {
  if (/^\s+\p{Lu}{2,}(?![\p{L}:])/u.test(after) && !/^\s+\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(after)) return true;
  return inNounPhrase.test(before) && /^[ \t]+\p{L}[\p{L}-]*(?![\p{L}:])/u.test(after) && !/^[ \t]+(?:is|are|was|were|and|or|but|then|so)\b/u.test(after);
}

// Articles and quantifiers only: they open a noun phrase. `This`, `the` or `our` may open a clause
// instead ("This makes builds TK times faster": there the word is a leftover).
const inNounPhrase = /(?:^|[^\p{L}])(?:a|an|another|each|every)(?:[ \t]+\p{Ll}[\p{L}-]*){1,2}[ \t]+$/iu;

/**
 * Words after a placeholder that make it a kind of thing ("TODO items", "FIXME comments", "the
 * TODO list"), or ("TODO comments are kept",
 * "FIXME is a marker"): the writer says something about the word, rather than leaving it.
 */
const subjectOf = /^(?:\s+(?:items?|lists?|comments?|markers?|notes?|messages?|reminders?|entries|entry|tags?|tasks?|keywords?|pages|states?|status|statuses|feature|queries)(?![\p{L}])|(?:\s+\p{Ll}+)?\s+(?:is|are|was|were|can|could|should|will|would|must|may|might|get|gets|have|has|mark|marks|stand|stands|mean|means)(?![\p{L}]))/u;

/**
 * The task states of outliners and org-mode, written in capitals: org-mode's default `TODO`/`DONE`
 * and Logseq's workflow markers (its docs' `TODO` → `DOING` → `DONE` and `LATER` → `NOW` → `DONE`
 * flavours, with `WAITING`, `WAIT`, `CANCELED`, `CANCELLED`, `IN-PROGRESS`). The placeholder listed
 * beside one of them (`TODO/DONE`, `TODO、DOING、DONE`, `TODO, LATER or NOW`) names that state, the
 * feature the text is about; a note to self is one word, not a list of states.
 */
const taskStateWord = '(?:DONE|DOING|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS)(?![\\p{L}\\p{N}_-])';
const stateSeparator = '[ \\t]*(?:[,/|\u3001\uFF0C]|->|\u2192|and|or)[ \\t]*';
const stateAfter = new RegExp(`^${stateSeparator}${taskStateWord}`, 'u');
const stateBefore = new RegExp(`(?<![\\p{L}\\p{N}_-])${taskStateWord}${stateSeparator}$`, 'u');

function listedWithStates(raw: string, start: number, end: number): boolean {
  return stateAfter.test(raw.slice(end, end + 20)) || stateBefore.test(raw.slice(Math.max(0, start - 20), start));
}

/**
 * The kind noun in Title Case, ending its phrase ("写下今天的 TODO List。", "# TODO List", "a TODO List."):
 * the name of the to-do list, as a product or a heading capitalizes it. Followed by a word it may be
 * a note whose first word is a verb ("TODO List the options here"), which is still reported; so is one
 * whose colon or dash opens the note's text on its line ("TODO Note: explain the flag", "TODO Item - check
 * the codes"): a label ending its line ("TODO List:" over the list) is the name.
 */
const titledKind = /^[ \t]+(?:Items?|Lists?|Comments?|Notes?|Tasks?|Entries)(?=[ \t]*(?:$|\r?\n|[:：\-–—][ \t]*(?:$|\r?\n)|[^\p{L}\p{N}\s:：\-–—]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]))/u;

/**
 * The same in Chinese, Japanese or Korean prose: the word right before a noun for the kind of thing it
 * is, maybe joined by the particle の ("TODO リスト", "TODO のリスト", "TODO アプリケーション", "TODO 列表",
 * "TODO 应用", "TODO 목록"), or before any noun after の, which makes the word a noun ("TODO のチェック"),
 * or after a word for "each" ("各 TODO"). Only things the word names, as in the English list: a note's
 * own words ("TODO 补全示例", "TODO 提示", "TODO 메시지") or a colon ("TODO: ここを書く") stay a note.
 */
const cjkKindAfter = new RegExp(
  `^[ \\t]*(?:の[ \\t]*)?(?:${['リスト', 'アプリケーション', 'アプリ', 'アイテム', 'タスク', 'エントリ', '項目', '一覧', '列表', '清单', '清單', '应用', '應用', '事项', '事項', '条目', '條目', '项目', '任务', '任務', '목록', '리스트', '앱', '항목'].join('|')})|^[ \\t]*の[ \\t]*[\\p{sc=Katakana}\\p{sc=Han}]`,
  'u',
);
// No space need come before the word for "each": these scripts do not put spaces between words.
const cjkEachBefore = /(?:各|每个|每個|每|すべての|全ての|각)[ \t]*$/u;

/**
 * `XXX` as "such-and-such", a stand-in noun in Chinese, Japanese or Korean prose: joined to the
 * sentence by a possessive particle on either side (`Go 语言的 XXX 功能`, "the XXX feature of Go";
 * `XXX 的问题`, "XXX's problem"; `XXX の設定`). A particle ties the word into the sentence as a noun; a
 * note to self stands apart, at a line's start or before a colon (`XXX：补充`, `XXX: fill in`):
 * reported. Only `XXX`: TODO and FIXME say what is left to do, never "such-and-such".
 */
const cjkParticleBefore = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][ \t]*(?:的|の|의)[ \t]*$/u;
const cjkParticleAfter = /^[ \t]*(?:的|の|의)[ \t]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function cjkStandIn(raw: string, start: number, end: number): boolean {
  if (raw.slice(start, end) !== 'XXX' || /^[ \t]*[:：]/u.test(raw.slice(end))) return false;
  const lineBefore = raw.slice(raw.lastIndexOf('\n', start - 1) + 1, start);
  if (lineBefore.trim() === '') return false;
  return cjkParticleBefore.test(lineBefore) || cjkParticleAfter.test(raw.slice(end, end + 10));
}

/**
 * `XXX` as the name of any one of a kind, in a sentence or heading of any language written with spaces:
 * right after the lower-case noun it names one of and before the verb it is the subject of, a negation
 * or an auxiliary (`Language server XXX does not start`, `the package XXX is missing`, `сервер XXX не
 * запускається`, `servidor de lenguaje XXX no se inicia`): a FAQ's "some server X", a metavariable. A
 * leftover stands apart from the sentence (`XXX: fix this`, `XXX check these`, `Price: XXX`) or where a
 * value is still to be written, after a verb or before what it counts (`is XXX times faster`, `takes XXX
 * seconds`, `Ask XXX about`): reported. Only `XXX`, as cjkStandIn.
 */
const nounBefore = /(?:^|[^\p{L}\p{N}_-])(\p{Ll}{3,})[ \t]+$/u;

/** A verb's negation or auxiliary right after the word: English's, and the negations of other languages written with spaces. */
const predicateAfter = /^[ \t]+(?:does|do|did|doesn't|don't|didn't|is|isn't|are|aren't|was|wasn't|were|can|can't|cannot|could|couldn't|will|won't|would|should|has|hasn't|have|not|never|no|non|ne|n'|nicht|не|ні|nie|niet|inte|ikke|não|nu)(?![\p{L}'])|^[ \t]+n['’]\p{L}/u;

/** Words that open a clause rather than name a kind (`because XXX is not set`): the word after them is the clause's own, maybe a leftover. */
const clauseOpeners = new Set(['because', 'when', 'while', 'until', 'unless', 'where', 'since', 'after', 'before', 'then', 'but', 'also', 'still', 'now', 'why', 'how', 'what', 'which', 'who']);

function standInName(raw: string, start: number, end: number): boolean {
  if (raw.slice(start, end) !== 'XXX') return false;
  const noun = nounBefore.exec(raw.slice(Math.max(0, start - 40), start))?.[1];
  if (noun === undefined || englishFunctionWords.has(noun) || linkingVerbs.has(noun) || clauseOpeners.has(noun)) return false;
  return predicateAfter.test(raw.slice(end, end + 20));
}

/**
 * The word as a thing someone has, after a possessive and at most one word of its own ("my December
 * TODO.", "our docs FIXME,"): a noun, the writer's list of things to do, ending its phrase. One word
 * between only, and not a verb ("our build is TK"); followed by more words it is a leftover
 * ("our build TODO times faster").
 */
function owned(before: string): boolean {
  const match = /(?:^|[^\p{L}])(?:my|your|our|their|his|her)[ \t]+(?:(\p{L}[\p{L}-]*)[ \t]+)?$/iu.exec(before);
  return match !== null && (match[1] === undefined || !linkingVerbs.has(match[1].toLowerCase()));
}

const linkingVerbs = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may']);

/**
 * The word inside a short quoted phrase on its line (`my "long TODO" list`, `the “big TODO” board`):
 * the writer names a thing by a phrase, a mention. An opening quote within 30 characters before (an
 * odd number of straight quotes on the line so far) and its close within 30 after, no sentence end between.
 */
function insideQuote(raw: string, start: number, end: number, line: LineQuotes): boolean {
  const before = raw.slice(Math.max(line.lineStart, start - 30), start);
  const after = raw.slice(end, end + 30).split('\n')[0]!;
  const paired = Object.entries(pairedMarks).some(([open, close]) => {
    const inside = `[^${open}${close}.!?\u3002\uFF01\uFF1F]*`;
    return new RegExp(`${open}${inside}$`, 'u').test(before) && new RegExp(`^${inside}${close}`, 'u').test(after);
  });
  const straight = line.straightBefore % 2 === 1 && /"[^".!?]*$/.test(before) && /^[^".!?]*"/.test(after);
  return paired || straight;
}

/**
 * Quote marks whose opening and closing differ, so a phrase between them is known quoted without
 * counting: curly quotes, and the CJK corner brackets (「」, 『』 inside them) and title marks
 * (《》 a work's title, 〈〉 a chapter's), which Chinese and Japanese write where English quotes.
 */
const pairedMarks: Readonly<Record<string, string>> = {
  '\u201C': '\u201D',
  '\u300C': '\u300D',
  '\u300E': '\u300F',
  '\u300A': '\u300B',
  '\u3008': '\u3009',
};

/**
 * The word opens a quotation that closes later on its line or in the next lines of its paragraph
 * (`The last item reads "TODO: come up with a shorter title for this list."`): the writer quotes
 * someone's text, a note among it, rather than leaving one. An opening mark right before the word
 * (a straight `"` only where it is the line's odd one, so an opener), its closing mark after it.
 */
function opensQuotation(raw: string, start: number, line: LineQuotes): boolean {
  const mark = raw[start - 1] ?? '';
  if (mark === '"') {
    // The opening mark is the line's odd one (the count so far, that mark included, is odd).
    return !/[\p{L}\p{N}]/u.test(raw[start - 2] ?? '') && line.straightBefore % 2 === 1 && line.lastStraight >= start;
  }
  if (mark === '\u201C') return !/[\p{L}\p{N}]/u.test(raw[start - 2] ?? '') && line.lastCurly >= start;
  // A CJK bracket opens a quotation wherever it stands (no space before it in CJK prose); its close follows on the
  // paragraph before the same bracket opens again: `「TODO 没闭合，「超时」…` is an unclosed bracket, the later close another quote's.
  const close = pairedMarks[mark];
  if (close === undefined) return false;
  // Read up to the next opening of the same bracket only: a run of unclosed `「TODO` costs each the stretch to the next.
  for (let at = start; at < raw.length; at++) {
    if (raw[at] === close) return true;
    if (raw[at] === mark) return false;
  }
  return false;
}

/**
 * What the quotation checks need to know of a match's line, kept as the text is read once from
 * start to end (matches come in order): so a line of many matches costs one pass, not one per match.
 */
interface LineQuotes {
  lineStart: number;
  /** Straight quotes on the line before the match. */
  straightBefore: number;
  /** The text's last closing marks, to know whether one comes after a match. */
  lastStraight: number;
  lastCurly: number;
}

/** A reader that moves the LineQuotes of `raw` forward to each position asked (never back). */
function lineQuotesOf(raw: string): (position: number) => LineQuotes {
  const line: LineQuotes = {lineStart: 0, straightBefore: 0, lastStraight: raw.lastIndexOf('"'), lastCurly: raw.lastIndexOf('\u201D')};
  let at = 0;
  return (position) => {
    for (; at < position; at++) {
      const char = raw.charCodeAt(at);
      if (char === 10) {
        line.lineStart = at + 1;
        line.straightBefore = 0;
      } else if (char === 34) line.straightBefore++;
    }
    return line;
  };
}

/**
 * A filler phrase written as a name in mid-sentence ("for all you Lorem Ipsum normies out there"):
 * each of its words capitalised, after a lower-case word of the same sentence. Filler left over is
 * pasted as it begins ("Lorem ipsum dolor sit amet…") or, mid-sentence, in lower case ("and lorem ipsum remains").
 */
function namedInCapitals(word: string, before: string): boolean {
  const parts = word.split(/\s+/);
  return parts.length >= 2 && parts.every((part) => /^\p{Lu}\p{Ll}/u.test(part)) && /\p{Ll}[\p{L}'\u2019-]*[ \t]+$/u.test(before);
}

/** A quote mark on each side: the word is quoted ("TODO", ‘FIXME’, 「TODO」), a mention. */
function quoted(before: string | undefined, after: string | undefined): boolean {
  const pairs: Record<string, string> = {'"': '"', "'": "'", '\u2018': '\u2019', '\u00AB': '\u00BB', '\u201E': '\u201C', ...pairedMarks};
  // At the end of a text node (the paragraph's last word, `这里还没写完 TODO`) nothing follows: no closing mark, so no quote.
  const close = before === undefined ? undefined : pairs[before];
  return close !== undefined && close === after;
}

/**
 * Placeholder words listed together ("Show TODO, FIXME, etc.", "TODO/XXX markers", "FIXME or TK"):
 * two different words joined by a comma, `and`, `or`, `&` or `/` name the markers, as a list of
 * them; a note to self leaves one word, and the same word twice ("TODO, TODO") is no list of kinds.
 * In any language (`TODO und FIXME Notizen`, `Note TODO e FIXME`, `Примітки TODO та FIXME`,
 * `TODO 和 FIXME 注释`): one short word between them, the shape a conjunction has (see `connective`).
 */
function listedMarkers(raw: string, hits: readonly RegExpExecArray[]): Set<number> {
  const listed = new Set<number>();
  for (let i = 1; i < hits.length; i++) {
    const [previous, current] = [hits[i - 1]!, hits[i]!];
    const between = raw.slice(previous.index + previous[0].length, current.index);
    if (joinsMarkers(between) && previous[0].toLowerCase() !== current[0].toLowerCase()) {
      listed.add(i - 1);
      listed.add(i);
    }
  }
  return listed;
}

/**
 * A filler phrase named as one item of an enumeration of short names ("Lorem ipsum, dummy content,
 * placeholder HTML."): the sentence lists kinds of filler, a subject the writer talks about, and
 * none of its other items is filler itself. Filler left over runs on in its pseudo-Latin ("Lorem
 * ipsum, dolor sit amet") or stands in a clause ("Lorem Ipsum still opens the banner"): reported.
 */
function enumeratedFiller(raw: string, start: number, end: number): boolean {
  if (!fillerPhrase(raw.slice(start, end))) return false;
  const from = Math.max(raw.slice(0, start).search(/[.!?:;][ \t\n]+[^.!?:;]*$/u), 0);
  const after = raw.slice(end).search(/[.!?;:](?:[ \t\n]|$)/u);
  const sentence = raw.slice(from, after < 0 ? raw.length : end + after).replace(/^[.!?:;\s]+/u, '');
  const items = sentence.split(/[ \t\n]*(?:,|[ \t\n](?:and|or|&)[ \t\n])[ \t\n]*/u).map((item) => item.trim()).filter((item) => item !== '' && item !== 'etc');
  const phrase = raw.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
  if (items.length < 3 || !items.some((item) => item.toLowerCase().replace(/\s+/g, ' ') === phrase)) return false;
  return items.every((item) => item.split(/\s+/).length <= 3 && (item.toLowerCase().replace(/\s+/g, ' ') === phrase || !/\p{L}/u.test(item) || !fillerPhraseWord(item)));
}

/**
 * A filler phrase before an English noun for what makes or holds filler ("the best lorem ipsum
 * generator", "lorem ipsum text", "Lorem Ipsum placeholders"): it names the kind of text, a noun's
 * modifier. Filler left over runs on in pseudo-Latin ("lorem ipsum dolor") or stands in a clause.
 */
const fillerKindAfter = /^[ \t]+(?:generators?|text|texts|placeholders?|paragraphs?|filler|snippets?)(?![\p{L}])/iu;

/** Any word of the item is of the filler's vocabulary (`dolor sit`), not an English name of a kind of filler. */
function fillerPhraseWord(item: string): boolean {
  return (item.match(/\p{L}+/gu) ?? []).some((word) => fillerPhrase(word));
}

function reportWords(node: Text, source: string, matchers: RegExp[], found: (word: string, offset: number, length: number) => void): void {
  const start = node.position!.start.offset!;
  // Search the source (template code already masked), not the value, so positions are exact; escapes make no placeholder.
  const raw = source.slice(start, node.position!.end.offset);
  const hits = matchers.flatMap((matcher) => [...raw.matchAll(matcher)]).sort((a, b) => a.index - b.index);
  let mention = false;
  let previousEnd = -1;
  const lineAt = lineQuotesOf(raw);
  const listed = listedMarkers(raw, hits);
  const slotInStatement = statementSlots(raw);
  for (const [i, match] of hits.entries()) {
    const end = match.index + match[0].length;
    // "the TODO and FIXME comments": a placeholder joined to a mention is one too.
    const chained: boolean = mention && previousEnd >= 0 && joinsMarkers(raw.slice(previousEnd, match.index));
    mention =
      chained ||
      listed.has(i) ||
      enumeratedFiller(raw, match.index, end) ||
      (fillerPhrase(match[0]) && fillerKindAfter.test(raw.slice(end, end + 40))) ||
      (namedAsThing.test(raw.slice(Math.max(0, match.index - 20), match.index)) && !(pointedAt.test(raw.slice(Math.max(0, match.index - 20), match.index)) && noteAfter.test(raw.slice(end, end + 40)))) ||
      actedOn.test(raw.slice(Math.max(0, match.index - 60), match.index)) ||
      removedAfter.test(raw.slice(end, end + 40)) ||
      modifiesNoun(raw.slice(Math.max(0, match.index - 60), match.index), raw.slice(end, end + 40)) ||
      subjectOf.test(raw.slice(end, end + 40)) ||
      listedWithStates(raw, match.index, end) ||
      titledKind.test(raw.slice(end, end + 40)) ||
      cjkKindAfter.test(raw.slice(end, end + 40)) ||
      cjkEachBefore.test(raw.slice(Math.max(0, match.index - 10), match.index)) ||
      cjkStandIn(raw, match.index, end) ||
      standInName(raw, match.index, end) ||
      (owned(raw.slice(Math.max(0, match.index - 40), match.index)) && /^(?:[ \t]*[.,;!?)]|[ \t]*$)/.test(raw.slice(end, end + 40))) ||
      quoted(raw[match.index - 1], raw[end]) ||
      insideQuote(raw, match.index, end, lineAt(match.index)) ||
      namedInCapitals(match[0], raw.slice(Math.max(0, match.index - 40), match.index)) ||
      opensQuotation(raw, match.index, lineAt(match.index)) ||
      masksCharacters(raw, match.index, end) ||
      slotInStatement(match.index, end);
    previousEnd = end;
    if (!mention) found(match[0], start + match.index, match[0].length);
  }
}

/** A table of contents whose `[Title]()` entries are the generator's drafts (mdBook's SUMMARY.md). */
function listsDrafts(path: string, site: SiteInfo | undefined): boolean {
  return site !== undefined && generatorOf(site).listsDrafts?.(path, site) === true;
}
