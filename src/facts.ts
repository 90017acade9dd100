import {coversSectionsAbove} from './text/shared-body.js';
import {walkType} from './walk.js';
import {templateTagParagraph} from './text/template-tags.js';
import {basename, dirname, relative} from 'node:path';
import type {Heading, Html, Nodes, Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {hugoShortcodePairs, inRange, namedTagRanges, pairedTagRanges} from './paired-tags.js';
import {rewrittenCaptures, type RewrittenCapture} from './text/liquid-captures.js';
import {generatedBy} from './text/generated-marker.js';
import {templatePage} from './text/template-page.js';
import {slotTemplate} from './text/slot-template.js';
import {slideDeck, type RemarkShows} from './text/slide-deck.js';
import {assembledByTemplate, liquidTokens} from './text/liquid-code.js';
import {toString} from 'mdast-util-to-string';
import {location} from 'vfile-location';
import type {Span} from './types.js';
import type {FrontMatter} from './frontmatter.js';
import {readControl, type ControlDirective} from './control.js';
import {generatorOf} from './site/generators/index.js';
import {configNamedTemplate, unbuiltForgeTemplate} from './site/forge-template.js';
import {allContributorsLines, contributionFragment} from './text/all-contributors.js';
import type {LinkSyntax} from './site/generators/types.js';
import {escapeRegExp} from './links/patterns.js';
import {nearestDeclaredRange} from './site/generators/package-version.js';
import {attrsAtEnd, attrsOnly, defaultDelimiters, withoutBlock, type AttrsDelimiters} from './text/markdown-it-attrs.js';
import {withoutTrailingSpaces} from './text/trailing-spaces.js';
import {shortcodeArguments} from './text/shortcode-arguments.js';
import {htmlAttributes} from './text/html-start-tags.js';
import {importedNames, type ImportedName} from './text/mdx-imports.js';
import {selfResolvingProps} from './site/own-components.js';
import {jsxTagProps, type TagProps} from './text/jsx-props.js';

/**
 * Facts are what phase 2 knows of a file once its tree is dropped: plain data, small,
 * structured-clone safe (they cross worker boundaries and go into the cache).
 */
export interface HeadingFact extends Span {
  depth: number;
  /** Rendered plain text (what most sluggers receive), custom-id suffix removed. */
  text: string;
  /** Raw source of the heading content (kramdown slugs the source, not the rendering). */
  raw: string;
  /** An explicit id (`{#id}`, `{: #id}`, `{ id="x" }`), which replaces the automatic one. */
  customId?: string;
  /** The attribute block cut from `text` (`" {#id}"`): generators without that syntax keep it in the text and the id. */
  attributes?: string;
  /** `text` without image alt text, when the heading has an image (most renderers leave alt text out of the id). */
  imageless?: string;
  /** No content before the next heading of the same or a higher level. */
  empty: boolean;
  /** The heading repeats a line of the code sample above it in its section: it is that sample rendered (a demo), not a section. */
  sample?: true;
  /**
   * The section holds nothing but comments that paste a file in before the page is read (VitePress's
   * `<!-- @include: part.inc -->`): it is empty unless what they paste fills it. Indexes into `includes`.
   */
  filledBy?: number[];
  /** An entry of a list whose every item is a heading alone (`1. ### Drive failure`, `2. ### Intrusion`): the list is the content. */
  listed?: true;
  /** The heading holds a link, inline or by a reference that is defined (`## [See the demo][1]`): it leads the reader on. */
  linked?: true;
  /** An MDX heading with an expression (`## Options for {props.name}`) or a component read as text: its text, and so its id, only the build knows. */
  computed?: true;
  /** The page shows nothing before this heading: it opens the page (where no front matter titles it, the page's title). */
  opensPage?: true;
  /** The section's first paragraph speaks of the sections above it and says where their content is ("The above sections are the same as …"): sibling headings right before it share this body (src/text/shared-body.ts). */
  coversAbove?: true;
}

/**
 * A heading written as raw HTML (`<h2>Text</h2>`) with no id: no Markdown renderer ids it, but a
 * script of the site may (AnchorJS ids such headings from their text in the browser).
 */
export interface HtmlHeadingFact extends Span {
  depth: number;
  /** The text a reader sees: tags left out, entities decoded (with `markdown="1"`, Markdown code and emphasis marks left out too). */
  text: string;
}

export type AnchorKind = 'html' | 'footnote' | 'attribute';

export interface AnchorFact extends Span {
  /** The id; for a footnote, its label as written (each flavor renders it its own way). */
  id: string;
  kind: AnchorKind;
  /** Footnotes: 1-based order of the definition in the file. */
  order?: number;
  /** Footnotes: the label as mdast normalizes it, to match the calls (`footnoteCalls`). */
  identifier?: string;
}

/**
 * Ids a tool writes on the page that postlint cannot list (an mdBook preprocessor's): a fragment
 * starting with `prefix` (every fragment, for `''`) that names no known id is unverifiable.
 */
export interface IdPrefixFact extends Span {
  prefix: string;
  reason: string;
}

export type LinkKind = 'link' | 'image' | 'definition' | 'html' | 'shortcode' | 'autolink' | 'frontmatter';

export interface LinkFact extends Span {
  url: string;
  kind: LinkKind;
  /** For `shortcode` links: the generator syntax it is written in (`ref`, `figure`, `link`, `post_url`, …). */
  syntax?: string;
  /** An absolute URL under the site's own base URL: a link to the site itself, resolved like a site-root link, never requested. */
  internal?: true;
  /** A tool that writes this link in a fixed form of its own on every update (`all-contributors`): not the editor's to fix. */
  madeBy?: string;
  /** Written in the body of a site's own paired shortcode (its name), which the shortcode's code turns into what it likes (a code sample): no link postlint can judge. */
  inTagBody?: string;
  /** Written in a Liquid `{% capture %}` the page outputs through a filter that edits it (this use, as written): a template of links (src/text/liquid-captures.ts). */
  inRewrittenCapture?: string;
  /** Written between the tags of Hugo shortcode pairs (`{{% fixlinks %}}`), outermost first: their templates decide what the text becomes (hugo-shortcode-inner.ts). */
  inShortcodes?: Array<{name: string; call: string}>;
  /**
   * An inline link right after a bracketed text the parser left as text (`[text][label](P2C)`,
   * `[BIP360][](P2MR)`), on a page the generator pastes files into: the label (`label`, `BIP360`)
   * makes a reference link if a pasted file defines it, and then `(P2C)` is text and this is no
   * link (src/site/pasted-labels.ts).
   */
  pastedLabel?: string;
  /**
   * An HTML link's tag and attribute, lower case (`a href`, `img src`): a bundler imports some of
   * them from the source files (Vue's asset URLs) and leaves the rest for the browser to resolve
   * against the page's URL.
   */
  element?: string;
}

/** A definition-list term (`term` above `: definition`); Hugo can give terms ids like headings. */
export interface TermFact extends Span {
  /** Rendered plain text of the term line. */
  text: string;
}

/**
 * A content tab (pymdownx.tabbed `=== "Title"`). Its id is made in phase 2, where heading ids are
 * known: `__tabbed_<set>_<tab>`, or with the extension's `slugify` the title's slug, after the slug
 * of the heading over its set when `combine_header_slug` is on (src/site/tab-ids.ts).
 */
export interface TabFact extends Span {
  /** The title as a reader sees it (code marks, emphasis marks and tags left out). */
  title: string;
  /** Sets counted through the page, tabs within their set, from 1. */
  set: number;
  tab: number;
  /**
   * The heading pymdownx's get_parent_header_slug finds for the set: the last heading before it
   * among the children of its container (a tab's body, an admonition, a list item, the page), else
   * of the container around that, and so on up. An index into the page's headings.
   */
  under?: number;
}

export type IncludeKind = 'hugo' | 'liquid' | 'liquid-relative' | 'mdx' | 'snippet' | 'markdown-shortcode' | 'html-shortcode' | 'generated' | 'mdbook' | 'vitepress' | 'component' | 'include-markdown' | 'bibliography' | 'tag-file';

export interface IncludeFact extends Span {
  path: string;
  kind: IncludeKind;
  /** A `{{% shortcode arg %}}`'s first argument, unquoted (a shortcode that reads the file it names). */
  argument?: string;
  /** A shortcode's named arguments (`{{< readfile file="x.html" >}}`), unquoted: Hugo's `.Get "file"`. */
  named?: Record<string, string>;
  /** Only the text between these markers is pasted (mkdocs-include-markdown-plugin's `start`/`end`). */
  part?: {start?: string; end?: string};
  /** Added to the depth of the pasted `#` headings (mkdocs-include-markdown-plugin's `heading-offset`): past 6 a line is no heading. */
  headingOffset?: number;
  /** The included text is converted by itself (a layout's `markdownify` of each part), not with the page's: its ids are its own, numbered apart; its links are still read on the page. */
  convertedAlone?: true;
  /** The pasted text's relative URLs are rewritten to lead where they led from the included file (include-markdown's `rewrite-relative-urls`): its links are read from there. */
  keepsLinks?: true;
  /** A component's import: the module and the name it exports it by (`Code` of `@astrojs/starlight/components`). */
  imported?: ImportedName;
  /** A component's props as written on its tag (undefined when the tag is not read to its end). */
  props?: TagProps;
  /** A `tag-file` include's tag, and what defines it in words (a site plugin's file, a gem). */
  tag?: {name: string; by: string};
  /** Only a part of the file is pasted, a `#region` or a `{3,}` line range (VitePress). */
  selects?: true;
}

export interface FileFacts {
  path: string;
  /** Files pulled into the rendered page (include shortcodes, Liquid includes, MDX imports, snippets). */
  includes?: IncludeFact[];
  /** The footnotes the text calls (`[^note]`), by identifier (mdast's, normalized), absent when none. */
  footnoteCalls?: string[];
  /** Definition-list terms in document order (absent when the file has none). */
  terms?: TermFact[];
  frontMatter?: Omit<FrontMatter, 'error'>;
  headings: HeadingFact[];
  /** Raw HTML headings without an id (absent when the file has none). */
  htmlHeadings?: HtmlHeadingFact[];
  anchors: AnchorFact[];
  /** Ids written by a tool that postlint knows only by their start (absent when there are none). */
  idPrefixes?: IdPrefixFact[];
  /** Content tabs, whose ids phase 2 makes (absent when there are none). */
  tabs?: TabFact[];
  links: LinkFact[];
  control: ControlDirective[];
  /** What says a program wrote the file (`spf13/cobra`, Go's `Code generated … DO NOT EDIT.`), when it does (src/text/generated-marker.ts). */
  generated?: string;
  /** Why the file is a template its reader copies and fills in, when it is one (src/text/template-page.ts). */
  template?: string;
}

const otherContentBlocks = new Set<string>(['math', 'mdxJsxFlowElement', 'mdxFlowExpression']);
/** A trailing attribute block on a heading line: `{#id}`, `{#id .class}`, `{: #id }`, `{ id="x" }`, `{.class}`. */
const customIdPattern = /[ \t]*\{:?[ \t]*((?:(?:#[^\s{}#.="']+|\.[^\s{}#.="']+|[A-Za-z_:][\w:.-]*=(?:"[^"]*"|'[^']*'|[^\s{}"']+)|-)[ \t]*)+)\}[ \t]*$/;
const attributeTokenPattern = /#([^\s{}#.="']+)|(?:^|\s)id=(?:"([^"]*)"|'([^']*)'|([^\s{}"']+))/g;
/** A kramdown block attribute list: `{: #id .class key="v"}` (also `{:#id}`). */
const ialPattern = /^\{:[ \t]*([^{}]*)\}$/;

export function extractFacts(tree: Root, file: VFile, frontMatter: FrontMatter | undefined, path: string, remarkShows?: RemarkShows): FileFacts {
  const source = String(file.value);
  const place = location(source);
  const at = (offset: number): Span => {
    const point = place.toPoint(offset);
    return {line: point?.line ?? 1, column: point?.column ?? 1};
  };
  const facts: FileFacts = {
    path,
    headings: [],
    anchors: [],
    links: [],
    control: [],
  };
  if (frontMatter) {
    const {error: _ignored, ...rest} = frontMatter;
    facts.frontMatter = rest;
  }
  // A file a program wrote (cobra's docs, Go's `Code generated` line): the structure rules leave it alone.
  const writtenBy = generatedBy(tree);
  if (writtenBy !== undefined) facts.generated = writtenBy;
  // A template its reader copies (a KEP's skeleton): its empty sections are slots for each copy's author.
  const template = templatePage(tree, path, frontMatter?.data, unbuiltForgeTemplate(path, file.data.site, frontMatter), configNamedTemplate(path, file.data.site));
  if (template !== undefined) facts.template = template;

  // Document order: headings and "content" events, flattened through containers, give section emptiness.
  const events: Array<{heading?: HeadingFact; content?: true; footnote?: string; pastes?: number}> = [];
  // Footnote definitions so far (a counter, not a count of the anchors per definition: linear in their number).
  let footnoteOrder = 0;

  const generator = generatorOf(file.data.site);
  // The site's heading attribute block (`{#id}`, or `%{#id}%` when its config changes the delimiters).
  // markdown-it-attrs (VitePress, Eleventy with the plugin) has a grammar of its own (src/text/markdown-it-attrs.ts);
  // kramdown's and attr_list's ids stop at `.` (a class).
  const attrsGrammar = generator.attrsGrammar?.(file.data.site) === true;
  const attributeBlock = attributePattern(file.data.site ? generator.headingAttributes?.(file.data.site) : undefined, attrsGrammar);
  // Plugins that write a section from code (`::: pkg.Class`), where the generator has them.
  const generated = generator.inserts.includes('generated');
  // Comments that paste a file's text in before the page is read (VitePress's `<!-- @include: -->`).
  const commentIncludes = generator.inserts.includes('vitepress');
  // Inline attribute lists (`**locale**{ #mkdocs-locale }`) give ids to spans in kramdown and in MkDocs' attr_list.
  const spanIds = generator.spanIds === true;
  const attributeParagraphs = generator.attributeParagraphs?.(file.data.site) === true;
  // markdown-it-attrs' own delimiters (`{{#id}}` with `leftDelimiter: '{{'`) in paragraphs too.
  const paragraphDelimiters = typeof attributeBlock === 'object' && 'attrs' in attributeBlock ? attributeBlock.attrs : defaultDelimiters;
  let inHeading = false;
  // Inside a `<script>` or `<style>` opened by an earlier HTML node: its text is no markup.
  const rawText: RawText = {};
  const usedDefinitions = referencedIdentifiers(tree);
  // Lines of the code samples since the last heading that is not a demo: a heading that repeats one shows it rendered.
  let sampleLines = new Set<string>();
  let listedHeadings = new Set<Nodes>();
  let definedIdentifiers: Set<string> | undefined;
  // Read on the text as written: a block tag made a comment for the parser (jekyll-block-tags.ts) still pairs.
  const paired = pairedTagRanges(file.data.writtenText ?? source, {liquid: generator.liquid === true});
  const outputLines = file.data.preprocessedIds?.outputLines ? new Set(file.data.preprocessedIds.outputLines) : undefined;
  // Hugo's Goldmark writes `<!-- raw HTML omitted -->` for a page's raw HTML (unless `unsafe`): its links reach no reader.
  // Not inside a `{{< shortcode >}}`, whose inner text goes to the shortcode's template as it is.
  const site = file.data.site;
  // Whether this page's template tags are run (Eleventy: not with `markdownTemplateEngine: false` or `templateEngineOverride: md`).
  const runsTemplates = generator.liquid === true && (site === undefined || generator.runsTemplates?.(site, frontMatter?.data) !== false);
  // A template a program of the repository copies and fills (`{{full-name}}` slots, in a `template/` folder): its empty sections are the program's (src/text/slot-template.ts).
  if (facts.template === undefined) {
    // The path within the site: the folders above it (a checkout named `site-template`) are not the page's to name.
    // Slots the generator fills at build (Liquid's, VitePress's Vue interpolation) are no program's.
    const filled = slotTemplate(tree, site ? relative(site.root, path) : basename(path), runsTemplates || generator.interpolatesText === true);
    if (filled !== undefined) facts.template = filled;
  }
  const htmlOmitted = site !== undefined && generator.rawHtmlOmitted?.(site) !== undefined && generator.isPage(path, site, frontMatter);
  // MDX components imported from a package (`import {CldImage} from 'astro-cloudinary'`): a bare name in their `src` is the package's to read (packageValue).
  const foreignComponents = file.data.mdx === true ? packageComponents(source, site?.root ?? dirname(path)) : undefined;
  // The site's own components that read a bare name in `src`/`href` themselves (src/site/own-components.ts): `ArticlePhoto src`.
  const ownProps = file.data.mdx === true ? selfResolvingProps(source, path, site?.root ?? dirname(path)) : undefined;
  // Where Liquid runs first, a link in a tag's code, not whole inside one of its strings, is assembled by the code (src/text/liquid-code.ts).
  const liquid = runsTemplates ? liquidTokens(source) : [];
  // `written`: the text expected at `start` (an HTML node's value drops a container's indent: offsets there may drift, and then nothing is dropped).
  const assembled = (start: number, end: number, written?: string): boolean => liquid.length > 0 && (written === undefined || source.startsWith(written, start)) && assembledByTemplate(liquid, start, end);
  const visit = (node: Nodes, inPhrasing: boolean): void => {
    switch (node.type) {
      case 'heading': {
        const fact = headingFact(node, source, generator.commentHeadingIds === true, attributeBlock);
        if (listedHeadings.has(node)) fact.listed = true;
        if (holdsLink(node, definedIdentifiers ??= definedLabels(tree))) fact.linked = true;
        if (file.data.mdx === true && mdxComputed(node, fact)) fact.computed = true;
        const line = node.position ? source.slice(node.position.start.offset, node.position.end.offset).trim() : '';
        if (line !== '' && (sampleLines.has(line) || showsSampleComponent(line, sampleLines))) fact.sample = true;
        else sampleLines = new Set();
        facts.headings.push(fact);
        // A heading Markdown reads inside a paired shortcode is the template's output, not a section: content of the one around it.
        if (inRange(paired, node.position?.start.offset ?? -1)) events.push({content: true});
        else events.push({heading: fact});
        if (fact.customId) facts.anchors.push({id: fact.customId, kind: 'attribute', line: fact.line, column: fact.column});
        // `#### ::: pkg.Class` is an mkdocstrings block under a heading: the plugin writes its section.
        if (generated && generatedBlock.test(fact.text)) events.push({content: true});
        break;
      }
      case 'paragraph': {
        // A kramdown attribute list on its own line ({: #id}) is markup, not content.
        const text = toString(node).trim();
        // The first text under a heading that speaks of the sections above it: the empty siblings right before share it (src/text/shared-body.ts).
        const previous = events.at(-1);
        if (previous?.heading && coversSectionsAbove(text, () => holdsLink(node, definedIdentifiers ??= definedLabels(tree)))) previous.heading.coversAbove = true;
        // Template tags the generator runs before Markdown (Liquid, Nunjucks): what they write is content, else nothing is.
        const tags = runsTemplates ? templateTagParagraph(text) : undefined;
        if (tags !== undefined) {
          if (tags === 'writes') events.push({content: true});
          break;
        }
        // An image with no alt text has no text either: `![](shot.png){:width="60%"}` reads as its attribute list
        // alone, but the list is the image's (kramdown's span IAL, markdown-it-attrs' attributes after an inline
        // element) and the paragraph shows the image: content.
        const image = hasVisibleInline(node);
        const ial = image ? null : ialPattern.exec(text);
        // Where template tags run before Markdown, `{% … %}` and `{{ … }}` are theirs: markdown-it never sees them as an attribute block.
        const bare = !ial && !image && attributeParagraphs && !(runsTemplates && /^\{[%{]/.test(text)) ? attrsOnly(text, paragraphDelimiters) : undefined;
        if (bare) {
          // markdown-it-attrs: the id is the (now empty) paragraph's, next to the heading or block above.
          if (bare.id !== undefined && node.position) facts.anchors.push({id: bare.id, kind: 'attribute', ...at(node.position.start.offset!)});
        } else if (ial) {
          const id = attributeId(ial[1]!);
          const previous = events.at(-1)?.heading;
          // It applies to the block right above it (no blank line between).
          const adjacent = previous && node.position && node.position.start.line === (previous.endLine ?? previous.line) + 1;
          if (id !== undefined && previous && adjacent && !previous.customId) {
            previous.customId = id;
            facts.anchors.push({id, kind: 'attribute', line: previous.line, column: previous.column});
          } else if (id && node.position) facts.anchors.push({id, kind: 'attribute', ...at(node.position.start.offset!)});
        } else if (text !== '' || image) {
          // A paragraph whose last line is an attribute list ({: #id}) gets that id.
          const trailing = /\n[ \t]*(\{:[^{}\n]*\})[ \t]*$/.exec(text);
          // An image's own list (`![](shot.png){: #shot}`) gives the image that id.
          const own = trailing?.[1] ?? (image ? text : undefined);
          const id = own !== undefined ? attributeId(ialPattern.exec(own)?.[1] ?? '') : undefined;
          if (id && node.position) facts.anchors.push({id, kind: 'attribute', ...at(node.position.start.offset!)});
          // markdown-it-attrs ("end of block", "list item end"): a block ending the paragraph's last line gives the paragraph (or its list item) its id.
          const last = attributeParagraphs ? node.children.at(-1) : undefined;
          const ending = last?.type === 'text' ? attrsAtEnd(last.value.slice(last.value.lastIndexOf('\n') + 1), paragraphDelimiters) : undefined;
          if (!id && ending?.id !== undefined && node.position) facts.anchors.push({id: ending.id, kind: 'attribute', ...at(node.position.start.offset!)});
          events.push({content: true});
        }
        break;
      }
      case 'html': {
        const control = readControl(node);
        if (control) facts.control.push(control);
        else if (!inPhrasing && !isComment(node.value)) events.push({content: true});
        // A comment that pastes a file in (VitePress's `<!-- @include: -->`) is content when that file's text is (decided with the site, src/site/include-fills.ts).
        else if (!inPhrasing && commentIncludes && node.position?.start.offset !== undefined) {
          for (const match of node.value.matchAll(commentIncludePattern)) events.push({pastes: node.position.start.offset + match.index});
        }
        // A comment a preprocessor replaces by a command's output (mdbook-cmdrun) is content to the reader.
        else if (node.position && outputLines?.has(node.position.start.line)) events.push({content: true});
        break;
      }
      case 'list':
        // A list of two or more headings is a list: it is content, and its headings are its entries.
        if (node.children.length >= 2 && node.children.every((item) => item.children.length === 1 && item.children[0]!.type === 'heading')) {
          events.push({content: true});
          listedHeadings = new Set(node.children.map((item) => item.children[0]!));
        } else if (node.children.some((item) => item.children.length > 1 && item.children[0]!.type === 'heading')) {
          // Items that open with a heading and go on (`- #### type` then its description): the reader
          // sees the list, bullets and all, as the section's content; each item's heading heads its own text.
          events.push({content: true});
        }
        break;
      case 'code':
        for (const line of node.value.split('\n')) if (line.trim() !== '') sampleLines.add(line.trim());
        events.push({content: true});
        break;
      case 'table':
        events.push({content: true});
        break;
      // A thematic break is no content: a heading over only a rule (the divider that ends a part,
      // `### Star Trek` then `---` then `## Games`) shows the reader a title and a line, nothing written.
      case 'footnoteDefinition':
        facts.anchors.push({
          id: node.label ?? node.identifier,
          kind: 'footnote',
          order: ++footnoteOrder,
          identifier: node.identifier,
          line: node.position?.start.line ?? 1,
          column: node.position?.start.column ?? 1,
        });
        events.push({content: true, footnote: node.identifier});
        break;
      default:
        // Blocks from extensions (math, MDX) are content too.
        if (!inPhrasing && otherContentBlocks.has(node.type)) events.push({content: true});
        break;
    }
    if (node.type === 'html' && node.position?.start.offset !== undefined) collectHtml(node, at, facts, rawText, htmlOmitted && !inRange(paired, node.position.start.offset), foreignComponents, ownProps, assembled);
    // A definition is a link only when something references it, and only the first for its label
    // (CommonMark: the first definition wins); any other renders nothing, so no reader meets it.
    const definitionUsed = node.type === 'definition' && usedDefinitions.delete(node.identifier);
    if ((node.type === 'link' || node.type === 'image' || (node.type === 'definition' && definitionUsed)) && node.position && !assembled(node.position.start.offset!, node.position.end.offset!)) {
      const kind = node.type === 'link' && isAutolink(node, source) ? 'autolink' : node.type;
      const label = kind === 'link' ? labelBefore(source, node.position.start.offset, node.position.end.offset) : undefined;
      facts.links.push({url: node.url, kind, ...span(node), ...(label !== undefined ? {pastedLabel: label} : {})});
    }
    if (node.type === 'text' && node.position?.start.offset !== undefined) {
      // A heading's own `{#id}` is its custom id, read above.
      if (spanIds && inPhrasing && !inHeading) collectSpanIds(node, at, facts);
    }
    if ('children' in node) {
      const phrasing = inPhrasing || node.type === 'heading' || node.type === 'paragraph' || node.type === 'table';
      const outerHeading = inHeading;
      inHeading ||= node.type === 'heading';
      const firstInside = events.length;
      for (const child of node.children) visit(child as Nodes, phrasing);
      inHeading = outerHeading;
      // What a footnote definition holds is shown where its note is (or nowhere, if nothing calls it).
      if (node.type === 'footnoteDefinition') for (const event of events.slice(firstInside)) if (!event.heading) event.footnote ??= node.identifier;
    }
  };
  for (const child of tree.children) {
    // An inline `<script>` a paragraph never closes does not run on into the next block.
    rawText.open = undefined;
    visit(child, false);
  }
  // A URL written as plain text is a link only where the Markdown that renders the file links it (not kramdown's).
  const bareUrlsAsText = file.data.site ? generator.markdownDialect?.(file.data.site, path).bareUrlsAsText : undefined;
  for (const bare of bareUrlsAsText === true ? [] : file.data.bareUrls ?? []) {
    const end = at(bare.end);
    facts.links.push({url: bare.url, kind: 'autolink', ...at(bare.start), endLine: end.line, endColumn: end.column});
  }
  const code = codeRanges(tree);
  collectSyntaxLinks(generator.linkSyntaxes, source, at, code, facts);
  markInternal(facts.links, file.data.site ? generator.baseUrl(file.data.site) : undefined);
  markContributorLinks(facts.links, source);
  if (runsTemplates && site !== undefined) markTagBodies(facts.links, namedTagRanges(source, generator.opaqueBodyTags?.(site) ?? []), at);
  if (runsTemplates) markRewrittenCaptures(facts.links, rewrittenCaptures(source), at);
  if (generator.shortcodeInnerReason !== undefined) markShortcodeBodies(facts.links, hugoShortcodePairs(source), at);
  // Tab sets are counted from the text as written (its indents), not the list items the parser read.
  const tabs = contentTabs(file.data.writtenText ?? source, tree, facts.headings);
  if (tabs.length > 0) facts.tabs = tabs;
  for (const block of file.data.blockAttributeIds ?? []) facts.anchors.push({id: block.id, kind: 'attribute', line: block.line, column: block.column});
  // Ids a preprocessor writes (mdbook-admonish): as written, or known by their start only.
  const preprocessed = file.data.preprocessedIds;
  if (preprocessed) {
    for (const written of preprocessed.ids) facts.anchors.push({...written, kind: 'html'});
    if (preprocessed.idPrefixes.length > 0) facts.idPrefixes = preprocessed.idPrefixes;
  }
  // Files a preprocessor pastes in (mkdocs-include-markdown-plugin's directives), in page order with the others.
  const found = findIncludes(source, at, code, generated, generator.inserts.includes('component'), generator.inserts.includes('bibliography'), generator.inserts.includes('html-shortcode'));
  // And the tags that write out another file's text (a Jekyll plugin's), found in the text as written (phase1.ts).
  const added = [...(preprocessed?.includes ?? []), ...(file.data.tagIncludes ?? [])];
  const includes = added.length > 0 ? [...found, ...added].sort((a, b) => a.line - b.line || a.column - b.column) : found;
  if (includes.length > 0) facts.includes = includes;
  // A label only a pasted file can define: none where nothing is pasted into the page.
  const pastes = generator.pastes ?? [];
  if (!includes.some((include) => pastes.includes(include.kind))) for (const link of facts.links) delete link.pastedLabel;
  const terms = definitionTerms(tree, source);
  if (terms.length > 0) facts.terms = terms;
  const called = footnoteCalls(tree);
  if (called.length > 0) facts.footnoteCalls = called;
  // A definition nothing calls is left out by a converter that lists only called footnotes: it fills no
  // section. Where a pasted file could hold the call (Jekyll's include), it may be called: kept.
  if (file.data.site && generator.dropsUnreferencedFootnotes?.(file.data.site) === true && !includes.some((include) => pastes.includes(include.kind))) {
    const calls = new Set(called);
    // Compacted in place (a splice per definition left out would move the rest each time: quadratic).
    let kept = 0;
    for (const event of events) if (event.footnote === undefined || calls.has(event.footnote)) events[kept++] = event;
    events.length = kept;
  }

  // A heading's section is empty when no content comes before a heading of the same or higher level.
  // Comments that paste a file in are noted on the way: what they paste may fill it.
  const includeAt = new Map((includes).map((include, index) => [`${include.line}:${include.column}`, index]));
  for (const [i, event] of events.entries()) {
    const heading = event.heading;
    if (!heading) continue;
    let empty = true;
    const pasting: number[] = [];
    for (let j = i + 1; j < events.length; j++) {
      const next = events[j]!;
      if (next.heading) {
        if (next.heading.depth <= heading.depth) break;
        continue;
      }
      if (next.pastes !== undefined) {
        const place = at(next.pastes);
        const index = includeAt.get(`${place.line}:${place.column}`);
        if (index !== undefined) pasting.push(index);
        continue;
      }
      empty = false;
      break;
    }
    heading.empty = empty;
    if (empty && pasting.length > 0) heading.filledBy = pasting;
    if (i === 0) heading.opensPage = true;
  }
  // A slide deck (remark.js, Marp, reveal-hugo) is read slide by slide: its headings are what the slides show, no section awaits text.
  // A Marp deck's block its YAML reader refused is still the deck's (src/front-matter-marp.ts).
  const deckFields = frontMatter?.marp ? {...frontMatter.data, marp: true} : frontMatter?.data;
  if (slideDeck(tree, deckFields, path, remarkShows) !== undefined) for (const heading of facts.headings) heading.empty = false;
  return facts;
}

/** The start of a comment that pastes a file in (VitePress's include plugin, `includeRE`). */
const commentIncludePattern = /<!--[ \t]*@include:/g;

const includePatterns: Array<{kind: IncludeKind; pattern: RegExp}> = [
  {kind: 'hugo', pattern: /\{\{[<%]-?\s*include\s+(?:"([^"]+)"|'([^']+)'|([^\s>%]+))/g},
  // Other `{{% name %}}` shortcodes: their output is Markdown, headings and all, that only the template knows.
  // `include-html` is such a shortcode too: only the whole names `include`, `ref` and `relref` are not.
  {kind: 'markdown-shortcode', pattern: /\{\{%-?\s*(?!(?:include|ref|relref)(?![\w/.-]))([A-Za-z][\w/.-]*)(?<call>(?:[^}\n]|\}(?!\}))*)/g},
  // `{{< name … >}}` shortcodes: their output is HTML, inserted after Markdown; only one whose template reads a file
  // its arguments name is followed (Generator.shortcodeFile), the others write nothing postlint reads. A call (both
  // kinds) runs to the `}}` that closes it, or to the line's end (each match starts past the last: linear).
  {kind: 'html-shortcode', pattern: /\{\{<-?\s*(?!(?:include|ref|relref)(?![\w/.-]))([A-Za-z][\w/.-]*)(?<call>(?:[^}\n]|\}(?!\}))*)/g},
  {kind: 'liquid-relative', pattern: /(?<!\{)\{%-?\s*include_relative\s+(?:"([^"]+)"|'([^']+)'|([^\s%]+))/g},
  // `include_cached` (jekyll-include-cache) reads its file as `include` does.
  {kind: 'liquid', pattern: /(?<!\{)\{%-?\s*include(?:_cached)?\s+(?:"([^"]+)"|'([^']+)'|([^\s%]+))/g},
  // The import's names as words between whitespace runs (never two runs side by side: linear), stopping at the next `import`.
  {kind: 'mdx', pattern: /^import\s+[\w${},*]+(?:\s+(?!import\b)[\w${},*]+)*?\s+from\s+(?:"([^"]+\.mdx?)"|'([^']+\.mdx?)')/gm},
  {kind: 'snippet', pattern: /^[ \t]*-{1,}8<-{1,}[ \t]+(?:"([^"]+)"|'([^']+)'|(\S+))/gm},
  // mdBook: `{{#include file.md}}`, `{{#include file.rs:anchor}}`, `{{#rustdoc_include …}}`, relative to the page.
  {kind: 'mdbook', pattern: /\{\{#(?:include|rustdoc_include)[ \t]+([^\s:}]+)/g},
  // VitePress: `<!--@include: ./part.md-->`, `@/` from the source folder, an optional `#region` or `{3,10}` line range.
  {kind: 'vitepress', pattern: /<!--[ \t]*@include:[ \t]*([^\s#{}]+?)(?<selects>#[^\s{}]*|(?:#[^\s{}]*)?\{[\d,\s]*\})?[ \t]*-->/g},
];

/**
 * A heading that shows a component tag a code sample above it writes (`### عنوان <Badge type="tip" />`
 * under the sample `### Title <Badge type="tip" />`: the demo, its words translated).
 */
function showsSampleComponent(line: string, sampleLines: ReadonlySet<string>): boolean {
  const tag = /<[A-Z][\w.]*(?:\s[^<>]*)?\/?>/.exec(line)?.[0];
  return tag !== undefined && [...sampleLines].some((sample) => sample.includes(tag));
}

/** Source ranges of code blocks and code spans. */
function codeRanges(tree: Root): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const walk = (node: Nodes): void => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      ranges.push([node.position.start.offset, node.position.end.offset]);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return ranges;
}

/**
 * MkDocs plugins that write a section of the page from code (`::: pkg.Class` for mkdocstrings,
 * `::: mkdocs-click` for a CLI's help), alone on a line or as a heading's text. Only in MkDocs
 * sites: VitePress and Docusaurus write containers the same way (`::: tip`).
 */
const generatedBlock = /^:::[ \t]+[A-Za-z_][\w.:-]*/;
const generatedPattern = /^[ \t]*(?:#{1,6}[ \t]+)?:::[ \t]+([A-Za-z_][\w.:-]*)/gm;

/**
 * A component alone on its line, self-closed (`<PluginPermissions plugin="fs" />`, `<FeaturesList/>`):
 * on generators that render components in Markdown (MDX, Vue) it writes content, headings and
 * all, that only the build knows.
 */
const componentPattern = /^[ \t]*<([A-Z][\w.]*)(?:\s[^<>]*)?\/>[ \t]*$/gm;

/**
 * The names a page binds to a Markdown file by its default import (`import Part from './_part.mdx'`):
 * an imported Markdown file is a component whose output is that file's content (Docusaurus, "MDX and
 * React" › "Importing Markdown", and its `_dogfooding/_pages tests` page: `<PagePartial />`), so
 * `<Part />` writes nothing the import's own include does not already bring.
 * No two whitespace runs touch (a run of spaces with no `from` after it would be split every way: quadratic).
 */
const markdownImportName = /^import\s+([A-Za-z_$][\w$]*)(?:\s*,[^'"\n]*?\s|\s+)from\s+["'][^"'\n]+\.mdx?["']/gm;

/** An MDX expression, `{…}` not escaped (its comments are blanked, a `{#id}` is cut from the heading before). */
const mdxExpression = /(?<!\\)\{[^{}]*\}/;
/**
 * The heading's raw text without its code spans, whose braces are text. The spans are the parser's
 * inlineCode nodes (a lazy backtick regex over the raw text is quadratic on a long run of backticks).
 */
function withoutCodeSpans(node: Heading, raw: string): string {
  const base = node.children[0]?.position?.start.offset;
  if (base === undefined) return raw;
  let kept = '';
  let from = 0;
  walkType(node, 'inlineCode', (code) => {
    const start = (code.position?.start.offset ?? -1) - base;
    if (start < from || start >= raw.length) return;
    kept += raw.slice(from, start);
    from = Math.min(raw.length, code.position!.end.offset! - base);
  });
  return kept + raw.slice(from);
}

/**
 * An MDX heading whose text the build computes: an expression (`{props.name}`), or a component tag
 * that Markdown read as text (`[Promise<Config\>]`: MDX reads a JSX element there, whose output is
 * not the letters written).
 */
function mdxComputed(node: Heading, fact: HeadingFact): boolean {
  if (mdxExpression.test(withoutCodeSpans(node, fact.raw))) return true;
  let tagAsText = false;
  walkType(node, 'text', (text) => {
    tagAsText ||= /<[A-Z][\w.]*/.test(text.value);
  });
  return tagAsText;
}

/** `text{ #id }`, `text{: #id}` right after a span, in running text. */
const spanIdPattern = /\{:?[ \t]*#([A-Za-z][\w:.-]*)(?:[ \t]+[^{}\n]*)?[ \t]*\}/g;

function collectSpanIds(node: Text, at: (offset: number) => Span, facts: FileFacts): void {
  for (const match of node.value.matchAll(spanIdPattern)) {
    // Offsets in a text node's value match the source only where no escape or entity came before; the line is what matters.
    facts.anchors.push({id: match[1]!, kind: 'attribute', ...at(node.position!.start.offset! + match.index)});
  }
}

/** What the page pulls in from other files; found in the source, since they live in text, HTML or code. */
function findIncludes(source: string, at: (offset: number) => Span, code: Array<[number, number]>, generated: boolean, components: boolean, bibliographies: boolean, htmlShortcodes: boolean): IncludeFact[] {
  const found: IncludeFact[] = [];
  const inCode = (offset: number): boolean => code.some(([start, end]) => offset >= start && offset < end);
  const patterns = [
    ...includePatterns.filter(({kind}) => kind !== 'html-shortcode' || htmlShortcodes),
    ...(generated ? [{kind: 'generated' as const, pattern: generatedPattern}] : []),
    ...(components ? [{kind: 'component' as const, pattern: componentPattern}] : []),
  ];
  // Only a component include asks about imports: pages of generators without components skip the scan.
  const imported = components ? new Set([...source.matchAll(markdownImportName)].filter((match) => !inCode(match.index)).map((match) => match[1]!)) : new Set<string>();
  // Which module each component comes from, for the generator to say what a package's component writes (componentIds).
  const bound = components ? importedNames(source, inCode) : new Map<string, ImportedName>();
  for (const {kind, pattern} of patterns) {
    for (const match of source.matchAll(pattern)) {
      // An include shown in a code sample is not pulled in.
      if (inCode(match.index)) continue;
      const path = match[1] ?? match[2] ?? match[3];
      // A component that is an imported Markdown file is known through its import.
      if (kind === 'component' && path !== undefined && imported.has(path)) continue;
      const call = match.groups?.call !== undefined ? shortcodeArguments(match.groups.call) : undefined;
      const argument = call?.positional[0];
      const named = call && Object.keys(call.named).length > 0 ? {named: call.named} : {};
      const component = kind === 'component' && path !== undefined ? componentFacts(bound.get(path), match[0]) : {};
      const selects = match.groups?.selects !== undefined ? {selects: true as const} : {};
      if (path && !/\{\{|\{%/.test(path)) found.push({path, kind, ...at(match.index), ...(argument !== undefined && argument !== '' ? {argument} : {}), ...named, ...component, ...selects});
    }
  }
  // jekyll-scholar's `{% bibliography --file refs %}`: its arguments, read by the generator (tagIds).
  if (bibliographies) {
    for (const match of source.matchAll(bibliographyTag)) {
      if (!inCode(match.index)) found.push({path: 'bibliography', kind: 'bibliography', argument: (match[1] ?? '').trim(), ...at(match.index)});
    }
  }
  // pymdownx.snippets' block form: file names one a line between two `--8<--` lines (`;` comments one out).
  for (const match of source.matchAll(snippetBlock)) {
    if (inCode(match.index)) continue;
    let offset = match.index + match[0].indexOf('\n') + 1;
    for (const line of match[1]!.split('\n')) {
      const name = line.trim();
      if (name !== '' && !name.startsWith(';')) found.push({path: name.replace(/^(["'])(.*)\1$/, '$2'), kind: 'snippet', ...at(offset + line.indexOf(name))});
      offset += line.length + 1;
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A component tag's import and props (`<Code code={x} lang="ts" />`), where known. */
function componentFacts(imported: ImportedName | undefined, line: string): Pick<IncludeFact, 'imported' | 'props'> {
  if (imported === undefined) return {};
  const props = jsxTagProps(line.trimStart());
  return {imported, ...(props ? {props} : {})};
}

const bibliographyTag = /(?<!\{)\{%-?[ \t]*bibliography(?![\w-])([^%\n]*?)-?%\}/g;

const snippetBlock = /^[ \t]*-{1,}8<-{1,}[ \t]*\r?\n((?:(?![ \t]*-{1,}8<-{1,}[ \t]*$).*\r?\n){1,100})[ \t]*-{1,}8<-{1,}[ \t]*$/gm;

const tabLine = /^([ \t]*)===(?:\+|\+!|!\+|!)?[ \t]+["'](.*?)["'][ \t]*$/;

/**
 * Content tabs (pymdownx.tabbed `=== "Title"`), sets counted through the page; consecutive tabs
 * at one indent form a set, and `===!` starts a new one. Each tab's set heading is found in the
 * tree the parser read, where a tab's body is a list item starting on its first line at the
 * marker's indent (text/indented-blocks.ts).
 */
function contentTabs(source: string, tree: Root, headings: HeadingFact[]): TabFact[] {
  const tabs: TabFact[] = [];
  const bodies = new Map<string, TabFact>();
  let set = 0;
  let tab = 0;
  let indent = -1;
  let fence: string | undefined;
  const lines = source.split('\n');
  for (const [i, line] of lines.entries()) {
    const marker = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker.slice(0, 3);
    if (fence && !marker) continue;
    const match = tabLine.exec(line.replace(/\r$/, ''));
    if (match) {
      if (indent !== match[1]!.length || line.slice(match[1]!.length + 3).startsWith('!') || line.slice(match[1]!.length + 3).startsWith('+!')) {
        set++;
        tab = 0;
        indent = match[1]!.length;
      }
      tab++;
      const fact: TabFact = {title: tabTitleText(match[2]!), set, tab, line: i + 1, column: indent + 1};
      tabs.push(fact);
      let body = i + 1;
      while (body < lines.length && lines[body]!.trim() === '') body++;
      bodies.set(`${body + 1}:${indent + 1}`, fact);
    } else if (line.trim() !== '' && indent >= 0 && (/^[ \t]*/.exec(line)![0].length <= indent)) {
      indent = -1;
    }
  }
  if (tabs.length === 0) return tabs;
  const walk = (node: Nodes, path: Nodes[]): void => {
    if (node.type === 'listItem' && node.position) {
      const fact = bodies.get(`${node.position.start.line}:${node.position.start.column}`);
      if (fact) {
        const heading = setHeading([...path, node]);
        const index = heading?.position ? headings.findIndex((found) => found.line === heading.position!.start.line && found.column === heading.position!.start.column) : -1;
        if (index >= 0) fact.under = index;
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, [...path, node]);
  };
  walk(tree, []);
  // The tabs of one set share its heading (a body that did not parse as an item takes its set's).
  for (const fact of tabs) if (fact.under === undefined) fact.under = tabs.find((other) => other.set === fact.set && other.under !== undefined)?.under;
  return tabs;
}

/** pymdownx's get_parent_header_slug over the tree: the last heading before the path among each ancestor's children, innermost first. */
function setHeading(path: Nodes[]): Heading | undefined {
  for (let k = path.length - 2; k >= 0; k--) {
    const parent = path[k]!;
    if (!('children' in parent)) continue;
    let found: Heading | undefined;
    for (const child of parent.children as Nodes[]) {
      if (child === path[k + 1]) break;
      if (child.type === 'heading') found = child;
    }
    if (found) return found;
  }
  return undefined;
}

/** A tab's title as its label renders it (inline Markdown, then tags stripped): code and emphasis marks, link targets and tags left out. */
function tabTitleText(title: string): string {
  return decodeEntities(
    title
      .replace(/(`+)(.+?)\1/g, '$2')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]*>/g, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(\*|\b_)(.+?)(\*|_\b)/g, '$2'),
  );
}

const definitionLine = /^[ \t]{0,3}:[ \t]/;

/**
 * Terms of definition lists (PHP Markdown Extra syntax, Goldmark's extension): the lines of a
 * paragraph above a `: definition` line, in the same paragraph or the next one. CommonMark reads
 * them as plain paragraphs, so they are found from the source.
 */
function definitionTerms(tree: Root, source: string): TermFact[] {
  const terms: TermFact[] = [];
  const walk = (parent: Nodes): void => {
    if (!('children' in parent)) return;
    const children = parent.children as Nodes[];
    for (const [i, node] of children.entries()) {
      if (node.type !== 'paragraph') {
        if (node.type !== 'heading' && node.type !== 'table' && node.type !== 'code') walk(node);
        continue;
      }
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const lines = source.slice(start, end).split('\n');
      let count = lines.findIndex((line, k) => k > 0 && definitionLine.test(line));
      if (count === -1) {
        const next = children[i + 1];
        const nextStart = next?.type === 'paragraph' ? next.position?.start.offset : undefined;
        const gap = nextStart === undefined ? '' : source.slice(end, nextStart);
        // A blank line may separate a term from its definition, but nothing else.
        if (nextStart === undefined || !/^\s*$/.test(gap) || !definitionLine.test(source.slice(nextStart, nextStart + 2))) continue;
        count = lines.length;
      }
      if (lines.slice(0, count).some((line) => definitionLine.test(line))) continue;
      const texts = lineTexts(node);
      for (let k = 0; k < count; k++) {
        const line = node.position!.start.line + k;
        const text = (texts.get(line) ?? '').trim();
        if (text !== '') terms.push({text, line, column: k === 0 ? node.position!.start.column : 1});
      }
    }
  };
  walk(tree);
  return terms;
}

/** Plain text of a paragraph, line by line (inline HTML left out, as generators slug it). */
function lineTexts(paragraph: Nodes): Map<number, string> {
  const texts = new Map<number, string>();
  const add = (line: number, text: string): void => {
    texts.set(line, (texts.get(line) ?? '') + text);
  };
  const walk = (node: Nodes): void => {
    const line = node.position?.start.line;
    if (line === undefined) return;
    if (node.type === 'text') node.value.split('\n').forEach((part, k) => add(line + k, part));
    else if (node.type === 'inlineCode') add(line, node.value);
    else if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(paragraph);
  return texts;
}

/**
 * The label of a reference a pasted definition may complete, for the inline link at [start, end):
 * written right after a `]` (`[text][label](dest)`: the link's own text is the label;
 * `[BIP360][](dest)`: empty, so the bracketed text before it is, a collapsed reference).
 */
function labelBefore(source: string | undefined, start: number | undefined, end: number | undefined): string | undefined {
  if (source === undefined || start === undefined || end === undefined || start < 1 || source[start - 1] !== ']' || source[start] !== '[') return undefined;
  const close = source.indexOf('](', start);
  if (close === -1 || close >= end) return undefined;
  const own = source.slice(start + 1, close);
  if (own.trim() !== '') return own;
  const open = source.lastIndexOf('[', start - 2);
  const before = open === -1 ? '' : source.slice(open + 1, start - 1);
  // A label may wrap onto the next line, never across a blank one.
  return before.trim() !== '' && !/[[\]]|\n[ \t]*\n/.test(before) ? before : undefined;
}

function span(node: Nodes): Span {
  const p = node.position!;
  return {line: p.start.line, column: p.start.column, endLine: p.end.line, endColumn: p.end.column};
}

// Docusaurus takes a heading id from an MDX comment at its end, `{/ *#my-id* /}` without the spaces (mdx-loader headings plugin).
const commentIdPattern = /[ \t]*\{[ \t]*\/\*[ \t]*#([^\s*]+)[ \t]*\*\/[ \t]*\}[ \t]*$/;

/** The pattern of a heading's trailing attribute block: `{#id .class}` (and kramdown's `{:#id}`), or one with the site's own delimiters; none when turned off. */
/**
 * remark-heading-id's block (imcuttle/remark-heading-id index.js): the heading's last child is
 * text that, trailing spaces dropped, ends in ` {#id}`; the id is everything between `{#` and the
 * final `}` (`{#@TypeSpec.Http.route}` keeps its dots and `@`).
 */
const remarkHeadingIdPattern = / \{#([^]+?)\}$/;
/**
 * Docusaurus's own heading id (parseMarkdownHeadingId in @docusaurus/utils markdownUtils.ts, read by
 * the mdx-loader's headings plugin on the heading's last text node): `{#` after optional white space,
 * then any characters but `}` (and no new `{#`) up to the final `}`: `{#i18n.load}`, `{#whats-new-in-5.0}`.
 */
const docusaurusHeadingIdPattern = /\s*\{#((?:.(?!\{#|\}))*.)\}$/;

type TextIdSyntax = 'remark-heading-id' | 'docusaurus';
/** markdown-it-attrs' block with these delimiters, read by its grammar. */
type AttrsSyntax = {attrs: AttrsDelimiters};

function attributePattern(delimiters: {left: string; right: string} | TextIdSyntax | false | undefined, attrsGrammar = false): RegExp | TextIdSyntax | AttrsSyntax | undefined {
  if (delimiters === false || delimiters === 'remark-heading-id' || delimiters === 'docusaurus') return delimiters || undefined;
  if (attrsGrammar) return {attrs: delimiters ?? defaultDelimiters};
  const base = customIdPattern;
  if (delimiters === undefined) return base;
  const body = base.source.slice(base.source.indexOf('[ \\t]*((?:'), base.source.lastIndexOf('\\}'));
  return new RegExp(`[ \\t]*${escapeRegExp(delimiters.left)}${body}${escapeRegExp(delimiters.right)}[ \\t]*$`);
}

function headingFact(node: Heading, source: string, commentIds: boolean, attributeBlock: RegExp | TextIdSyntax | AttrsSyntax | null | undefined = customIdPattern): HeadingFact {
  if (attributeBlock === 'remark-heading-id') return pluginIdHeading(headingFact(node, source, commentIds, null), node, remarkHeadingIdPattern);
  if (attributeBlock === 'docusaurus') return pluginIdHeading(headingFact(node, source, commentIds, null), node, docusaurusHeadingIdPattern);
  if (typeof attributeBlock === 'object' && attributeBlock !== null && 'attrs' in attributeBlock) return attrsHeading(headingFact(node, source, commentIds, null), node, attributeBlock.attrs);
  // Generators slug the rendered text: inline HTML tags are not part of it.
  let text = toString(node, {includeHtml: false});
  let imageless = hasImage(node) ? toString(node, {includeHtml: false, includeImageAlt: false}) : undefined;
  const first = node.children[0];
  const last = node.children.at(-1);
  let raw = first?.position && last?.position ? source.slice(first.position.start.offset, last.position.end.offset) : '';
  let customId: string | undefined;
  // An attribute block is markup, not text, whether or not it holds an id ({.unnumbered}).
  const match = attributeBlock?.exec(text) ?? null;
  let attributes: string | undefined;
  if (match) {
    customId = attributeId(match[1]!);
    attributes = text.slice(match.index);
    text = text.slice(0, match.index);
    if (imageless?.endsWith(attributes)) imageless = imageless.slice(0, -attributes.length);
    const rawMatch = attributeBlock!.exec(raw);
    if (rawMatch) raw = raw.slice(0, rawMatch.index);
  }
  const comment = commentIds && !match ? commentIdPattern.exec(raw) : null;
  if (comment) {
    customId = comment[1]!;
    raw = raw.slice(0, comment.index);
    // In plain Markdown the comment's `*`s may have become emphasis: cut at its brace.
    const textMatch = /[ \t]*\{[ \t]*\/\*?[ \t]*#[^{}]*\}[ \t]*$/.exec(text);
    if (textMatch) text = text.slice(0, textMatch.index);
  }
  return {
    depth: node.depth,
    text,
    raw,
    ...(customId ? {customId} : {}),
    ...(attributes ? {attributes} : {}),
    ...(imageless !== undefined ? {imageless} : {}),
    empty: false,
    ...span(node),
  };
}

/** A heading fact with the id block of its last text node (remark-heading-id's, Docusaurus's) taken out of its text as the plugin does, when the heading has one. */
function pluginIdHeading(fact: HeadingFact, node: Heading, pattern: RegExp): HeadingFact {
  const last = node.children.at(-1);
  if (last?.type !== 'text') return fact;
  const match = pattern.exec(withoutTrailingSpaces(last.value));
  if (!match) return fact;
  const block = last.value.slice(match.index);
  const cut = (text: string): string => (text.endsWith(block) ? text.slice(0, -block.length) : text);
  const rawBlock = /[ \t]*\\?\{#[^]+?\}[ \t]*$/.exec(fact.raw);
  return {
    ...fact,
    text: cut(fact.text),
    raw: rawBlock ? fact.raw.slice(0, rawBlock.index) : fact.raw,
    customId: match[1]!,
    attributes: block,
    ...(fact.imageless !== undefined ? {imageless: cut(fact.imageless)} : {}),
  };
}

/**
 * A heading fact with markdown-it-attrs' block taken from its last text node as the plugin takes
 * it (the block and one space before it), and the id it sets, when the heading ends in one.
 */
function attrsHeading(fact: HeadingFact, node: Heading, delimiters: AttrsDelimiters): HeadingFact {
  const last = node.children.at(-1);
  if (last?.type !== 'text') return fact;
  const found = attrsAtEnd(last.value, delimiters);
  if (!found) return fact;
  const cut = (text: string): string => (text.endsWith(found.block) ? withoutBlock(text, {...found, start: text.length - found.block.length}) : text);
  const rawStart = fact.raw.lastIndexOf(delimiters.left);
  return {
    ...fact,
    text: cut(fact.text),
    raw: rawStart === -1 ? fact.raw : fact.raw.slice(0, rawStart).replace(/[ \t]+$/, ''),
    ...(found.id !== undefined ? {customId: found.id} : {}),
    attributes: fact.text.endsWith(found.block) ? fact.text.slice(cut(fact.text).length) : found.block,
    ...(fact.imageless !== undefined ? {imageless: cut(fact.imageless)} : {}),
  };
}

/** The id in an attribute list's body (`#id`, `id="x"`); the last one wins, as in the generators. */
function attributeId(body: string): string | undefined {
  let id: string | undefined;
  for (const match of body.matchAll(attributeTokenPattern)) id = match[1] ?? match[2] ?? match[3] ?? match[4];
  return id;
}

/** The labels the page defines (`[1]: /demo/`): a reference to one of them is a link, to none plain text. */
function definedLabels(tree: Root): Set<string> {
  const labels = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') labels.add(node.identifier);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return labels;
}

/** Does the heading hold a link: an inline one, or a reference to a defined label? */
function holdsLink(node: Nodes, defined: ReadonlySet<string>): boolean {
  if (node.type === 'link' || (node.type === 'linkReference' && defined.has(node.identifier))) return true;
  return 'children' in node && node.children.some((child) => holdsLink(child as Nodes, defined));
}

/**
 * Identifiers that `[text][id]`, `[id][]` and `[id]` (links and images) reference. A definition
 * nothing references renders nothing, so no reader meets its URL. mdast normalizes both sides'
 * `identifier` the CommonMark way (case folded, whitespace collapsed), so they compare as strings.
 */
function referencedIdentifiers(tree: Root): Set<string> {
  const used = new Set<string>();
  const walk = (node: Nodes): void => {
    if (node.type === 'linkReference' || node.type === 'imageReference') used.add(node.identifier);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return used;
}

function hasImage(node: Nodes): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true;
  return 'children' in node && node.children.some((child) => hasImage(child as Nodes));
}

function hasVisibleInline(node: Nodes): boolean {
  if (node.type === 'image') return true;
  if ('children' in node) return node.children.some((child) => hasVisibleInline(child as Nodes));
  return false;
}

function isComment(value: string): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(value);
}

function isAutolink(node: Nodes, source: string): boolean {
  const offset = node.position?.start.offset;
  return offset !== undefined && (source[offset] === '<' || !source.startsWith('[', offset));
}

/**
 * The raw-text elements whose content is no markup (`<script>`, `<style>`, `<textarea>`): an
 * `href =` or `'<a href="' + url + '">'` in their JavaScript or CSS is no link and no id. Held
 * across a page's HTML nodes, since an inline `<script>` in a paragraph opens in one node and
 * closes in a later one.
 */
interface RawText {
  /** The element whose closing tag ends the raw text, while inside one. */
  open?: string;
}

/** Every tag, its quoted attribute values taken whole (a `<script>` written inside one is text, not a tag). */
const anyTag = /<(\/?)([a-z][a-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const rawTextNames = new Set(['script', 'style', 'textarea']);

/** The HTML with the content of raw-text elements blanked (same length: offsets stay), and the state after it. */
function withoutRawText(value: string, raw: RawText): string {
  const blank = (text: string): string => text.replace(/[^\n]/g, ' ');
  let out = '';
  let from = 0;
  while (from < value.length) {
    if (raw.open !== undefined) {
      // Inside the element only its own closing tag counts (its text may hold quotes and `<`).
      const close = new RegExp(`</${raw.open}\\s*>`, 'gi');
      close.lastIndex = from;
      const end = close.exec(value);
      const stop = end ? end.index : value.length;
      out += blank(value.slice(from, stop));
      from = stop;
      if (end) raw.open = undefined;
      continue;
    }
    anyTag.lastIndex = from;
    let opened: RegExpExecArray | null;
    while ((opened = anyTag.exec(value)) && !(opened[1] === '' && rawTextNames.has(opened[2]!.toLowerCase())));
    if (!opened) break;
    // The opening tag's own attributes (`<script src="app.js">`) are markup: kept.
    const after = opened.index + opened[0].length;
    out += value.slice(from, after);
    from = after;
    raw.open = opened[2]!.toLowerCase();
  }
  return out + value.slice(from);
}

const declaredPackages = new Map<string, boolean>();

/** Whether a package.json from `root` up to the project's top lists `pkg` (asked once per root and package: MDX pages import the same few). */
function declaredPackage(root: string, pkg: string): boolean {
  const key = `${root}\0${pkg}`;
  let declared = declaredPackages.get(key);
  if (declared === undefined) declaredPackages.set(key, (declared = nearestDeclaredRange(root, pkg) !== undefined));
  return declared;
}

/**
 * The components an MDX page imports from a package the project depends on (`import {CldImage}
 * from 'astro-cloudinary'` with `astro-cloudinary` in package.json): a `src` or `href` prop of theirs
 * that is a bare name (packageValue) is the package's to read (a Cloudinary public id), not a path;
 * one written as a path or an address is a link, as on any tag (Starlight's `LinkCard`, `next/link`).
 * Astro's own `astro:assets` (`Image`, `Picture`: a local image path), the site's own components
 * (a relative path, or an alias no package.json lists: `@/components/Figure.astro`, Docusaurus'
 * `@site/…` and `@theme/…`) and plain tags are read as before.
 */
function packageComponents(source: string, root: string): Set<string> | undefined {
  let names: Set<string> | undefined;
  // Each `import` line, then its `from '…'` searched for (no two whitespace runs touch: linear on a line of spaces).
  for (const line of source.matchAll(/^import\b[^\n]*/gm)) {
    const from = /\bfrom\s*["']([^"'\n]+)["']/.exec(line[0]);
    if (!from) continue;
    const match = [line[0], line[0].slice(6, from.index), from[1]!] as const;
    const specifier = match[2];
    // The package a bare specifier names (`astro-cloudinary`, `@scope/pkg/sub`); `astro:assets` (a virtual module) names none.
    const pkg = /^(?:@[\w.-]+\/)?[\w.-]+(?=\/|$)/.exec(specifier)?.[0];
    if (pkg === undefined || !declaredPackage(root, pkg)) continue;
    for (const name of match[1]!.split(/[\s,{}]+/).filter((word) => /^[A-Z][\w$]*$/.test(word))) (names ??= new Set()).add(name);
  }
  return names;
}

/**
 * Whether a package component's `src`/`href` value is the package's own name for something, not a
 * path: a bare name (`blog/demo-clip`, a Cloudinary public id) with no file extension, no trailing
 * slash, no scheme, query or fragment. A value written as a path on the site stays a link, whatever
 * the component: root-relative (`<LinkCard href="/guides/setup/">` from `@astrojs/starlight/components`,
 * `<Link href="/about">` from `next/link`), `./`/`../`, a file name (`images/chart.png`), an address.
 */
function packageValue(url: string): boolean {
  return /^[\w-][^\s:?#]*$/.test(url) && !url.endsWith('/') && !/\.[^/.]+$/.test(url);
}

function collectHtml(node: Html, at: (offset: number) => Span, facts: FileFacts, raw: RawText, omitted: boolean, foreign?: ReadonlySet<string>, ownProps?: ReadonlySet<string>, assembled?: (start: number, end: number, written?: string) => boolean): void {
  const base = node.position!.start.offset!;
  const value = withoutRawText(node.value, raw);
  // Only real tags count (src/text/html-start-tags.ts): markup shown as escaped text (`&lt;a href=&quot;x&quot;&gt;`
  // in a `<pre>` listing) or an `href = "…"` in a sample's text is text on the page, no link and no id.
  for (const attribute of htmlAttributes(value)) {
    const name = attribute.name.toLowerCase();
    const url = attribute.value;
    // `href`/`src` ending the name (`data-src` too): a link. Not `:href`, `v-bind:src`, `xlink:href`: a Vue
    // binding, whose value is an expression, not a URL (the browser never sees a `:href` attribute).
    const linkName = /(?:^|[^\w])(?:href|src)$/.exec(name);
    // The generator leaves the HTML out of the page: no reader follows its links (its ids are kept: postlint reads less, never more).
    if (linkName && url !== undefined && !omitted && name[linkName.index] !== ':') {
      const offset = base + attribute.nameIndex + name.length - (name.endsWith('href') ? 4 : 3);
      // A package component's own value (packageComponents): `<CldImage src="blog/demo-clip">`.
      if (foreign && packageValue(url) && foreign.has(attribute.tag)) continue;
      // One of the site's own components that reads the bare name itself (`<ArticlePhoto src="2022-04-06-launch">`).
      if (ownProps && packageValue(url) && ownProps.has(`${attribute.tag} ${name}`)) continue;
      // `src={logo.src}`: a JSX expression (MDX, Astro), whose value only the build knows.
      if (!attribute.quoted && url.startsWith('{')) continue;
      // `{% assign a = '<a href="' | append: url | append: '">' %}`: template code building a string, no tag of the page.
      if (assembled?.(base + attribute.nameIndex, base + attribute.end, attribute.name) === true) continue;
      facts.links.push({url: decodeEntities(url), kind: 'html', element: `${attribute.tag.toLowerCase()} ${name}`, ...at(offset)});
    }
    // Any element's id is a target; `name` only on <a> (a <meta name> is not an anchor).
    if ((name === 'id' || (name === 'name' && attribute.tag.toLowerCase() === 'a')) && url !== undefined) {
      facts.anchors.push({id: decodeEntities(url), kind: 'html', ...at(base + attribute.nameIndex)});
    }
  }
  for (const heading of value.matchAll(htmlHeadingPattern)) {
    const attributes = heading[2]!;
    // One with an id is a target already (above); AnchorJS also leaves one with `data-anchor-id` without an id.
    if (/(?:^|\s)(?:id|data-anchor-id)\s*=/i.test(attributes)) continue;
    let text = decodeEntities(heading[3]!.replace(/<[^>]*>/g, '').replace(/&nbsp;/gi, '\u00A0'));
    // kramdown parses the content of an element marked `markdown="1"` as Markdown.
    if (/(?:^|\s)markdown\s*=\s*["']?(?:1|span|block)\b/i.test(attributes)) text = text.replace(/`+([^`]*?)`+|\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|\b_(.+?)_\b/g, (...parts: string[]) => parts.slice(1, 6).find((part) => part !== undefined) ?? '');
    (facts.htmlHeadings ??= []).push({depth: Number(heading[1]), text, ...at(base + heading.index)});
  }
}

/**
 * `<h2 …>…</h2>` within one HTML node (a heading that spans several nodes is left out). The
 * content stops at the next heading tag, so an unclosed `<h2>` costs one scan to there, not
 * one of the rest of the block (linear, not quadratic, in a block of many).
 */
const htmlHeadingPattern = /<h([1-6])\b((?:[^>"']|"[^"]*"|'[^']*')*)>([^<]*(?:<(?!\/?h[1-6]\b)[^<]*)*)<\/h\1\s*>/gi;

/** Links in the generator's own syntaxes (`{{< ref >}}`, `{% link %}`), found in the source outside code. */
function collectSyntaxLinks(syntaxes: readonly LinkSyntax[], source: string, at: (offset: number) => Span, code: Array<[number, number]>, facts: FileFacts): void {
  if (syntaxes.length === 0) return;
  const inCode = (offset: number): boolean => code.some(([start, end]) => offset >= start && offset < end);
  const comments = htmlComments(source, inCode);
  const found: LinkFact[] = [];
  for (const syntax of syntaxes) {
    for (const match of source.matchAll(syntax.pattern)) {
      if (inCode(match.index)) continue;
      let url = match[1] ?? match[2] ?? match[3] ?? '';
      if (url === '' || /\{\{|\{%/.test(url)) continue;
      // `{% link about.md %}#team`: a fragment written right after the tag belongs to it.
      const after = /^#[^\s)"'<>\]]*/.exec(source.slice(match.index + match[0].length))?.[0];
      if (after && !url.includes('#')) url += after;
      const end = at(match.index + match[0].length + (after?.length ?? 0));
      // The generator runs template code inside an HTML comment too (a `relref` to a missing page still
      // stops a Hugo build), but its output stays in the comment: no reader follows it to a heading.
      if (comments.some(([start, stop]) => match.index >= start && match.index < stop)) url = url.replace(/#.*$/, '');
      if (url === '') continue;
      // `[Name]: {{ site.baseurl }}/x.jpg`: after the template runs, a reference definition; one no text references renders nothing.
      if (unreferencedDefinition(source, match.index)) continue;
      found.push({url, kind: 'shortcode', syntax: syntax.name, ...at(match.index), endLine: end.line, endColumn: end.column});
    }
  }
  facts.links.push(...found.sort((a, b) => a.line - b.line || a.column - b.column));
}

/**
 * Is the template link at `offset` the destination of a reference definition (`[label]: ` before it on
 * its line) whose label no other `[label]` in the page uses? Markdown never reads that line as a
 * definition (a destination with spaces is none), so its references are looked for in the text:
 * `[label]`, `[text][label]`, `![label]`, compared as CommonMark compares labels (case and runs of
 * white space ignored).
 */
function unreferencedDefinition(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const label = /^ {0,3}\[([^\]]+)\]:[ \t]*$/.exec(source.slice(lineStart, offset))?.[1];
  if (label === undefined) return false;
  const key = normalizeLabel(label);
  for (const match of source.matchAll(/\[([^\]\n]+)\]/g)) {
    if (match.index === source.indexOf('[', lineStart)) continue;
    if (normalizeLabel(match[1]!) === key) return false;
  }
  return true;
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Source ranges of HTML comments (`<!-- … -->`) outside code. */
function htmlComments(source: string, inCode: (offset: number) => boolean): Array<[number, number]> {
  if (!source.includes('<!--')) return [];
  const ranges: Array<[number, number]> = [];
  for (const match of source.matchAll(/<!--[\s\S]*?(?:-->|$(?![\s\S]))/g)) if (!inCode(match.index)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** Absolute URLs under the site's base URL are the site's own pages and files. */
function markInternal(links: LinkFact[], base: string | undefined): void {
  const prefix = base ? ownPrefix(base) : undefined;
  if (!prefix) return;
  for (const link of links) {
    const url = link.url.trim();
    if (/^https?:\/\//i.test(url) && ownPrefix(url)?.startsWith(prefix)) link.internal = true;
  }
}

/** Links written inside a site's own paired shortcode's body: what they become is its code's to say. */
function markTagBodies(links: LinkFact[], bodies: ReadonlyArray<{name: string; range: readonly [number, number]}>, at: (offset: number) => Span): void {
  const spans = bodies.map(({name, range}) => ({name, start: at(range[0]), end: at(range[1])}));
  const before = (a: Span, b: Span): boolean => a.line < b.line || (a.line === b.line && a.column < b.column);
  for (const link of links) {
    const body = spans.find(({start, end}) => !before(link, start) && before(link, end));
    if (body) link.inTagBody = body.name;
  }
}

/** Links written in a Liquid capture that the page outputs rewritten: each use makes other links. */
function markRewrittenCaptures(links: LinkFact[], captures: readonly RewrittenCapture[], at: (offset: number) => Span): void {
  if (captures.length === 0) return;
  const spans = captures.map(({range, use}) => ({use, start: at(range[0]), end: at(range[1])}));
  const before = (a: Span, b: Span): boolean => a.line < b.line || (a.line === b.line && a.column < b.column);
  for (const link of links) {
    const capture = spans.find(({start, end}) => !before(link, start) && before(link, end));
    if (capture) link.inRewrittenCapture = capture.use;
  }
}

/** Each link inside Hugo shortcode pairs: the pairs around it, outermost first (each pair finds its links by binary search: no links × pairs scan). */
function markShortcodeBodies(links: LinkFact[], pairs: ReadonlyArray<{name: string; call: string; range: readonly [number, number]}>, at: (offset: number) => Span): void {
  if (pairs.length === 0 || links.length === 0) return;
  const key = (span: Span): number => span.line * 2 ** 32 + span.column;
  const sorted = [...links].sort((a, b) => key(a) - key(b));
  const firstAtOrAfter = (value: number): number => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (key(sorted[mid]!) < value) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  // Pairs come sorted by their start: an outer pair is met before the ones inside it.
  for (const {name, call, range} of pairs) {
    const end = key(at(range[1]));
    for (let i = firstAtOrAfter(key(at(range[0]))); i < sorted.length && key(sorted[i]!) < end; i++) (sorted[i]!.inShortcodes ??= []).push({name, call});
  }
}

/** The emoji links of an all-contributors table to `#<type>-<login>`, which the tool writes and no page defines. */
function markContributorLinks(links: LinkFact[], source: string): void {
  const ranges = allContributorsLines(source);
  if (ranges.length === 0) return;
  for (const link of links) {
    if (contributionFragment.test(link.url) && ranges.some(([first, last]) => link.line > first && link.line < last)) link.madeBy = 'all-contributors';
  }
}

/** `host/path/` of an http(s) URL, lower-cased host, ending in `/` (scheme and `www.` left out). */
function ownPrefix(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    const path = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
    return `${parsed.host.toLowerCase().replace(/^www\./, '')}${path}`;
  } catch {
    return undefined;
  }
}

function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#\d{1,7}|#x[\da-f]{1,6});/gi, (whole, name: string) => {
    // Numeric references (`&#x6d;&#97;…`, an obfuscated mailto:) are characters too.
    if (name.startsWith('#')) {
      const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ({amp: '&', lt: '<', gt: '>', quot: '"'} as Record<string, string>)[name.toLowerCase()] ?? whole;
  });
}

/**
 * The identifiers of the footnotes the text calls (`[^note]`), each once: mdast's identifiers, as a definition's.
 * A `[^note]` in raw HTML counts too: kramdown reads the content of `<div markdown="1">` as Markdown, where
 * CommonMark's HTML block keeps it raw; taken as a call, the note counts as shown, as before the converters
 * that drop uncalled notes were modelled (a call missed would report a filled section as empty).
 */
function footnoteCalls(tree: Root): string[] {
  const calls = new Set<string>();
  walkType(tree, 'footnoteReference', (reference) => void calls.add(reference.identifier));
  walkType(tree, 'html', (html) => {
    if (!html.value.includes('[^')) return;
    // mdast's identifier: micromark's normalizeIdentifier (white space collapsed, case folded), lower-cased.
    for (const call of html.value.matchAll(/\[\^([^\][\s][^\][]{0,998})\]/g)) calls.add(call[1]!.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase().toLowerCase());
  });
  return [...calls];
}
