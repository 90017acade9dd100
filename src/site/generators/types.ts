/**
 * One site generator as postlint models it: everything postlint knows about Hugo, Jekyll, MkDocs…
 * lives in one object of this shape (as an ESLint `Language` object holds one language), and
 * nothing outside `src/site/generators/` asks which generator a site uses.
 *
 * A `SiteInfo` is plain data (it crosses worker threads and goes into the cache); the module that
 * reads it is found by name with `generatorOf(site)`.
 */
import type {FileTag} from './jekyll-file-tags.js';
import type {FrontMatterReading} from '../../front-matter-language.js';
import type {FrontMatter} from '../../frontmatter.js';
import type {Root} from 'mdast';
import type {FileFacts, IdPrefixFact, IncludeFact, IncludeKind, LinkKind} from '../../facts.js';
import type {Span} from '../../types.js';
import type {IndentedBlockKind} from '../../text/indented-blocks.js';
import type {ContainerSyntax} from '../../text/container-fences.js';
import type {SpanAttributeSyntax} from '../../text/span-attributes.js';
import type {FlavorName} from '../slug/types.js';
import type {Reading} from '../guard.js';

/** A site: the folder its generator config sits in, and that config's data. */
export interface SiteInfo {
  root: string;
  /** Name of the generator module (`hugo`, `jekyll`, …, `unknown` for a generator postlint does not model). */
  generator: string;
  /** For `unknown`: what the site seems to be built with (`hexo`, `zola`, `nextjs`), for messages only. */
  product?: string;
  /** The generator config file the site was detected from. */
  configFile?: string;
  /** Every file the config was read from when it is spread over several (Hugo's config directory). */
  configFiles?: string[];
  /** For a site with no config file: the signals it was told by (`_posts/`, `a Gemfile naming jekyll`), for --verbose. */
  inferredFrom?: string[];
  /** What postlint could not read of the site's config and what it did instead, for --verbose. */
  notes?: string[];
  /** What postlint could not read of the site that changes which files it checks, said once a run as a notice. */
  warnings?: string[];
  /** Parsed generator config (`{}` when unreadable). */
  config: Record<string, unknown>;
}

/**
 * A detected site and how sure the marker is: a generator's own config file beats a generic one
 * (`config.toml`); any config file beats a build run a package.json script names with no config
 * file (`"og": "eleventy --input=og"` beside `astro.config.mjs` is a side build, not the site);
 * all of them beat a site inferred from folders with no config file, which also yields to any
 * site found in a folder above it.
 */
export interface Detection {
  site: SiteInfo;
  strength: 'marker' | 'generic' | 'script' | 'inferred';
}

export type PageFrontMatter = Omit<FrontMatter, 'error'> | undefined;

/** The heading-id flavor of one site, and where postlint learned it (for --verbose). */
export interface FlavorChoice {
  name: FlavorName;
  /** Generator options the flavor's slugger takes (kramdown's auto_id_prefix, …). */
  options: Record<string, unknown>;
  /** The site config file the choice comes from (none for the default or postlint's own config). */
  from?: string;
  /** Which setting decided it, in words. */
  reason: string;
}

/** Why a page would be left out of a production build. */
export interface PublishProblem {
  kind: 'draft' | 'scheduled' | 'expired';
  /** Why, in words: `draft: true`, `published: false`, `scheduled for …`. */
  reason: string;
  /** Where to point: the front-matter field, or the file's first line. */
  span: Span;
  /** Scheduled or expired instants are warnings; drafts are the rule's severity. */
  warning: boolean;
  /**
   * The file is no page in waiting but one the site keeps beside its pages (a project's README in
   * an mdBook's src/): not a draft to report, though a link to it still reaches no page.
   */
  notAPage?: true;
  /**
   * The words of `reason` that move with the clock while the state stands: the time left before a
   * scheduled post goes live, said within a day of it (` (in 7 h 2 min)`). Findings quote them; the
   * caches re-word stored findings by them (src/time-left.ts) instead of running the rules again.
   */
  timeLeft?: string;
}

/**
 * A link written in the generator's own syntax, found in the page's text in phase 1 (`{{< ref >}}`,
 * `{% link %}`, `{{ site.baseurl }}/x`). Group 1, 2 or 3 of `pattern` holds the target as written.
 */
export interface LinkSyntax {
  /** The syntax's name (`ref`, `relref`, `figure`, `link`, `post_url`, `baseurl`); kept on the link fact. */
  name: string;
  /** Global, multiline where it needs to be. Matched on text nodes (shortcodes) or the whole source (`source: true`). */
  pattern: RegExp;
  /** What the target names: a page by its source path, a file, or a page URL. */
  names: 'source' | 'post' | 'file' | 'url';
  /** A target that names nothing fails the build (Hugo REF_NOT_FOUND, Jekyll's link tag): always reported. */
  failsBuild: boolean;
}

/**
 * The ids a plugin's tag writes into a page from the site's data files (`Generator.tagIds`): known
 * (`ids`), the ones it may write when a filter postlint does not run picks among them (`maybe`), or
 * unknown. `why` says what writes them, in words.
 */
export type TagIds = {ids: string[]; why: string} | {maybe: string[]; why: string} | {unknown: string};

/** A page made by a template (see `Generator.templatePages`). */
export interface TemplatePage {
  path: string;
  url?: string;
  /** Tested against a normalized URL (url-map.ts): lower case, no trailing `/`, no `index.html`. */
  pattern?: RegExp;
  /** What makes the URL, in words (for "unverifiable" reasons). */
  why: string;
}

/**
 * Where a file that is no page of its own is shown (`Generator.shownIn`): inside one page whose
 * template code writes it (a Jekyll collection without `output` that a page loops over), or
 * somewhere only the build knows.
 */
export type ShownIn =
  | {
      /** The page's source file (a template postlint does not parse, or a page of the run) and its URL. */
      page: string;
      url: string | undefined;
      /** Ids that page writes (its own, its layouts', one for each document it shows), with what writes each. */
      ids: Map<string, string>;
      /** Ids written partly from data: a fragment that fits one is unverifiable. */
      maybe: Array<{test: RegExp; why: string}>;
      /** Why the page's ids are not all known (an id written from data), if so. */
      unknownIds?: string;
      /** Those ids are unknown because a theme's templates (not in the checkout) render the page: a near miss is named. */
      byTheme?: boolean;
      /** In words, for messages. */
      why: string;
    }
  | {unknown: string};

/** The includes a page's layout makes from its front matter (`Generator.layoutIncludes`). */
export interface LayoutIncludes {
  includes: IncludeFact[];
  /**
   * A layout that includes the items of a front-matter list in a way postlint does not read: why, and where those files
   * are: the listed files themselves when the loop names them (only their conversion is unknown), else the folder's
   * files of the path's fixed text (`shape`: `widgets/{{ w }}.html` starts with `<folder>/widgets/`, ends with `.html`), else all.
   */
  unread?: {reason: string; folder: string; files?: string[]; shape?: {prefix: string; suffix: string}};
}

/** Which of a site's templates render a page, as its generator finds them. */
export interface TemplateModel {
  /** Every folder of the site's templates: all of them count for a page whose layouts are unknown. */
  folders: string[];
  /** The templates that render the page (its layout and its parents, Hugo's shortcodes); undefined when only the build knows. */
  layouts?: string[];
  /** The template files one template's text pulls in (partials, includes, a parent layout). */
  references(text: string, file: string): string[];
  /**
   * Why the page's own layout is not in the checkout (a theme's, which only the build has), in
   * words, if so: the ids it writes are unknown.
   */
  elsewhere?: string;
  /** What one template pulls in that is not in the checkout (a theme's include), in words, if anything. */
  pullsElsewhere?(text: string, file: string): string | undefined;
  /** The ids the templates outside the checkout write, when postlint knows them (a theme it has learned). */
  themeIds?: {ids: readonly string[]; patterns?: ReadonlyArray<{test: RegExp; written: string}>; from: string};
  /**
   * How the layouts place the page's body, for what they print after it (src/site/layout-after-content.ts):
   * the output expression that prints it (`{{ content }}`), whether postlint reads a layout's template
   * language, and a layout's own layout, which gets its output as its body. Unset: not known.
   */
  body?: {names: RegExp; readable(file: string, text: string): boolean; parent(text: string, file: string): string | undefined};
}

/** A file a page's layout writes into the page (`Generator.layoutFiles`), or why one cannot be named. */
export type LayoutFile = {path: string; as: 'markdown' | 'html'; by: string; /** Why its ids may not be the page's: the layout writes it for some pages only (`{{ if … }}`). */ only?: string} | {reason: string};

/** A link's target reduced to what resolution needs. */
export interface LinkRequest {
  /** Decoded path, no query, no fragment (for a syntax link: its argument without fragment). */
  path: string;
  /** Written from the site root (`/images/x.png`), after the site's base path is removed. */
  siteRoot: boolean;
  /** Ends with `/`: a folder or a pretty page URL. */
  folder: boolean;
  kind: LinkKind;
  /** The generator syntax the link is written in (`ref`, `link`, …), when it is one. */
  syntax?: string;
  /**
   * A site-root link written without the site's base path: that path (`/docs`). A generator that
   * serves nothing outside its base and leaves links as written (Astro) may call such a link broken.
   */
  outsideBase?: string;
  /** An HTML link's tag and attribute (`a href`): LinkFact.element. */
  element?: string;
}

/** Where one link leads, decided once by the site index through the generator. */
export type Resolution =
  /**
   * The file (a folder's index file for a folder link). `redirect`: the link reaches it through a
   * redirect page (a Hugo alias), which may drop a fragment: why a fragment on it is not judged.
   */
  | {status: 'found'; path: string; redirect?: string}
  /**
   * Exists only with different letter case; `real` is the name on disk. `url`: the link names a
   * page by its URL, which is this one in other letter case (`real` is the page's file).
   */
  | {status: 'case'; path: string; real: string; url?: string}
  /**
   * Nothing there; `roots` are the folders a site-root path was looked for in; `failsBuild` for syntaxes that stop the build;
   * `outsideBase`: a link written without the site's base path, which names a page or file (`path`) only below it (`served`).
   * `extensionless`: a page's URL written without the extension the generator gives it (mdBook's `/a/b` for `/a/b.html`):
   * no file is there, but the page is, at `url` (from `page`, its source); some hosts serve `b.html` for `b`, others do not.
   * `notServed`: the link names a source file (`file`, from the site folder) the built site serves nothing at that URL for
   * (`why`: the config moves it, to `served`, or leaves it out).
   */
  | {status: 'missing'; path: string; roots?: string[]; failsBuild?: boolean; outsideBase?: {base: string; config: string; served: string}; pageUrl?: {looked: string; page: string}; extensionless?: {url: string; page: string}; notServed?: {file: string; why: string; served?: string}}
  /** A folder with no index file. */
  | {status: 'no-index'; path: string}
  /**
   * Postlint cannot know (a URL the generator's templates make, an unmodelled generator): never "broken".
   * `siteWide`: the reason holds for every such path of the site (code the build runs, a host other
   * deploys fill), so the rule says it once per site as a notice; `counted` names what the notice
   * counts (site-root links to a file the checkout lacks, unless it says otherwise).
   */
  | {status: 'unverifiable'; reason: string; siteWide?: true; counted?: {one: string; many: string}};

/** File-system and run knowledge the index lends a generator while it resolves one link. */
export interface ResolveContext {
  site: SiteInfo | undefined;
  /** The linking file. */
  from: string;
  /** Static roots for site-root paths (the generator's, or postlint's `staticRoots` option). */
  roots: string[];
  /** Facts of a file in the run. */
  facts(path: string): FileFacts | undefined;
  /** Every file in the run. */
  files(): Iterable<string>;
  /** The first candidate that exists with exactly this spelling (not a folder). */
  firstExisting(candidates: string[]): string | undefined;
  /** The exact file, or a folder's index file, or a no-index verdict. */
  findExact(absolute: string, folder: boolean): Resolution | undefined;
  /** The path as spelled on disk, matched without regard to case. */
  realPath(absolute: string): string | undefined;
  isDirectory(path: string): boolean;
  /** A file's front matter (read from disk when it is not in the run). */
  frontMatterOf(path: string): PageFrontMatter;
  /** Renewed when the pages or their front matter change: what is derived from every page is keyed by it. */
  epoch?: object;
}

/** Where a page gets its title from, in the generator's order. */
/** A front-matter value's type, as the front-matter rule names it. */
export type FieldType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'date';

export type TitleSource = 'nav' | 'front-matter' | 'first-heading' | 'file-name' | 'data-files' | 'template';

/** A page as the front-matter checks see it. */
export interface PageInput {
  path: string;
  site: SiteInfo | undefined;
  data: Record<string, unknown>;
  /** The page has a level-1 heading. */
  hasTopHeading: boolean;
}

export interface Generator {
  readonly name: string;
  /** The generator's name as its users write it (`Hugo`, `MkDocs`), for messages and `--init`. */
  readonly title: string;
  /** Folders the generator writes into the site folder (build output, caches), read from its config where it says: never posts. */
  buildOutput(site: SiteInfo): string[];
  /** Words the generator is named by in commands (`hugo server`): known to the speller on its sites. */
  readonly words: readonly string[];

  /** Is `dir` the root of a site of this generator? Only looks at `dir` itself (the index walks up). */
  detect(dir: string): Promise<Detection | undefined>;
  /**
   * Config files that can make a folder outside their own a site's (a Docusaurus docs plugin reading
   * `../../docs`): discovery tells of each folder it walks from the command line and of each such
   * file it walks past, so that `detect` finds them without listing folders of its own; `forget`
   * drops what was told (forgetSites).
   */
  readonly configsElsewhere?: {names: readonly string[]; walked(folder: string): void; seen(configFile: string): void; forget(): void};
  /**
   * Drops what the generator read from a site's files and kept for the run (mdBook's SUMMARY.md, its
   * directives): a file changed (the language server's index) or sites are detected again.
   */
  readonly forgetFileReads?: () => void;

  /**
   * Files beside the config that the model of this site reads (MkDocs `hooks:`): their stamps key
   * the phase-2 cache, so that editing one re-checks every file.
   */
  modelInputs?(site: SiteInfo): string[];
  /**
   * Files beside the config that change how a page of this site itself reads (Hugo's version pins:
   * a front-matter key given twice, hugo-version.ts): their stamps join the page's cache keys (the
   * phase-1 cache and each file's phase-2 key, src/engine.ts), so that editing one reads every page again.
   */
  readingInputs?(site: SiteInfo): string[];
  /** Folders the pages come from (Hugo content/ and mounts, MkDocs docs_dir, …). */
  contentRoots(site: SiteInfo): string[];
  /** Folders site-root paths (`/images/x.png`) are served from, in lookup order. */
  staticRoots(site: SiteInfo): string[];
  /**
   * Is this file a page the site builds? False for repository files the site never builds
   * (a README outside the docs root, `.github/` templates, Hugo archetypes, headless bundles).
   */
  isPage(path: string, site: SiteInfo | undefined, frontMatter: PageFrontMatter): boolean;
  /**
   * Is this file one the generator reads only as part of the pages that import it, never as a page of its own
   * (a Docusaurus `_part.mdx`, left out of the docs by its default `exclude`)? Its `#fragment` links are places
   * on those pages.
   */
  importedOnly?(path: string, site: SiteInfo): boolean;
  /**
   * The generator reads a page that is a symbolic link as a page at the link's own place (its
   * URL and its relative links from there), whatever file the link leads to (MkDocs).
   */
  readonly servesLinkedPages?: boolean;
  /**
   * Why the site keeps this file but never builds or shows it (a Docusaurus version that
   * versions.json does not list), if so: postlint does not check it (--verbose says so).
   */
  unbuilt?(path: string, site: SiteInfo): string | undefined;
  /**
   * Why the generator silently drops a file its author evidently meant as a page (a Jekyll post
   * in `_posts` named with a date Jekyll does not read), if so: front-matter reports it at 1:1.
   */
  dropsMeantPage?(path: string, site: SiteInfo): string | undefined;
  /**
   * Every folder the build reads Markdown from (MkDocs docs_dir, VitePress srcDir, Starlight's
   * `src/` and its collections' bases; a single file the build reads, such as the Markdown an Astro page imports
   * from elsewhere, is an entry of its own), when that is all it reads: a Markdown file outside them
   * that no page includes and no forge shows by itself is never built and not checked
   * (src/site/never-built.ts). Undefined when a plugin or computed setting may read more.
   */
  builtFolders?(site: SiteInfo): string[] | undefined;
  /**
   * Folders mounted into a folder of the content tree, not at its top (Hugo's `module.mounts`
   * `source: handbook`, `target: content/handbook`): their files are the site's pages though no
   * content root holds them, so a licence file there is the site's own and they are built.
   */
  mountedContent?(site: SiteInfo): string[];
  /**
   * Why the build leaves out this file of a built folder (MkDocs `exclude_docs`), if so: like a
   * file outside the built folders, it is not reported on unless a page includes it or a forge
   * shows it by itself (an include-only snippets folder stays checked where its text lands).
   */
  excludedFromBuild?(path: string, site: SiteInfo): string | undefined;
  /**
   * Why the generator reads this page but writes no file for it (Eleventy `permalink: false`), if so:
   * such a page is no draft, has no URL, and a link to it is unverifiable.
   */
  unwritten?(path: string, site: SiteInfo, frontMatter: PageFrontMatter): string | undefined;
  /**
   * Why the generator writes this page as something other than an HTML document (a JSON search
   * index at `url: index.json`, a feed at `permalink: /feed.xml`), if so: no reader opens it as a
   * page, so it needs no page fields (a title).
   */
  writesNoDocument?(path: string, site: SiteInfo, frontMatter: PageFrontMatter): string | undefined;
  /**
   * Does the generator publish page paths in lower case whatever the source's letter case (Hugo,
   * unless `disablePathToLower`)? Then a link's lower-case path names source folders of any case
   * (`/docs/reference/` → `content/docs/Reference/`), as the build-output evidence reads them.
   */
  lowersPaths?(site: SiteInfo): boolean;
  /**
   * Places the generator's own plugins write pages to while it builds, which no checkout holds
   * (mkdocs-gen-files scripts): a link below one is unverifiable, as into a build script's output.
   */
  buildWrites?(site: SiteInfo): Array<{path: string; script: string; via: string; page?: boolean}>;
  /**
   * The front-matter data as the generator reads it, for generators that read keys their own way
   * (Hugo reads keys without regard to case: `Title:` is `title`). Keys only; values as parsed.
   */
  frontMatterKeys?(key: string): string;
  /**
   * What the layout writes after the page's own content (Docsy: a section page's list of its
   * pages), in words, if anything: the page's last section is not empty to a reader.
   */
  writesAfterContent?(path: string, site: SiteInfo | undefined, frontMatter: PageFrontMatter): string | undefined;
  /**
   * Do the page's layouts print its front-matter title where the reader sees it (a heading)? false when
   * every template that renders the page is read and none does (the page's first heading is then its
   * title); undefined when only the build knows, or the generator prints the title itself.
   */
  layoutPrintsTitle?(path: string, site: SiteInfo, frontMatter: PageFrontMatter): boolean | undefined;
  /**
   * Does the site's Markdown converter leave out a footnote definition nothing references? goldmark's
   * footnote extension removes it from the list (extension/footnote.go, `index < 0`), kramdown's HTML
   * converter lists only the footnotes a marker used (converter/html.rb footnote_content), and
   * mdast-util-to-hast writes only the called ones (remark-gfm: Docusaurus, Astro). Unset: the
   * definition counts as shown (Python-Markdown lists every definition; pulldown-cmark writes it in place).
   */
  dropsUnreferencedFootnotes?(site: SiteInfo): boolean;
  /** Does the site convert its Markdown with kramdown (Jekyll's default), whose `{::comment}` the reader never sees? */
  convertsWithKramdown?(site: SiteInfo): boolean;
  /**
   * Pages the run does not read (Eleventy's `.njk`/`.html`/`.11ty.js` templates), each with its URL,
   * or the pattern of the URLs its template code writes, or neither when only a build can tell:
   * link targets for site-root and page URLs.
   */
  templatePages?(site: SiteInfo): TemplatePage[];
  /**
   * Other URLs that serve a page (jekyll-redirect-from's `redirect_from`): a link to one reaches
   * the page. Read with the page's URL (url-map.ts).
   */
  alsoServedAt?(path: string, site: SiteInfo, frontMatter: PageFrontMatter): string[];
  /**
   * Includes a page's layout makes from its front matter (a Jekyll layout's loop that includes each file of
   * `page.sections`): read as the page's own includes. Undefined when its layouts make none postlint can read.
   */
  layoutIncludes?(path: string, site: SiteInfo, frontMatter: PageFrontMatter): LayoutIncludes | undefined;
  /** Where a file the site builds into no page of its own is shown (see `ShownIn`); undefined when nowhere postlint knows. */
  shownIn?(path: string, site: SiteInfo, frontMatter: PageFrontMatter): ShownIn | undefined;
  /** The URL path a page is served at (`/posts/hello/`), below the base URL; undefined when only templates know. */
  pageUrl(path: string, site: SiteInfo, frontMatter: PageFrontMatter): string | undefined;
  /**
   * The URLs a page may be served at when template code in its own permalink writes its URL (an
   * Eleventy page's `permalink: "notes/{{ item.name | slugify }}/"`): a pattern of the literal parts,
   * so a link outside it is still a miss (url-map.ts); undefined when nothing bounds the URL.
   */
  pageUrlPattern?(path: string, site: SiteInfo, frontMatter: PageFrontMatter): TemplatePage | undefined;
  /**
   * The site's base URL (`baseURL`, `url` + `baseurl`, `site_url`): absolute links under it are internal, and its
   * path (`/blog`) is removed from site-root links. May be a path alone when the site names no host.
   */
  baseUrl(site: SiteInfo): string | undefined;
  /**
   * The GitHub repository (`owner/name`) the site's config says it is published from, and where it says
   * so (Jekyll's `repository:`, which jekyll-github-metadata reads): a `<owner>.github.io` repository is a
   * GitHub Pages user site, whose host serves the owner's other repositories too (gh-pages-user-site.ts).
   */
  githubRepository?(site: SiteInfo): {repository: string; from: string} | undefined;

  /** Heading-id algorithm for the site's pages. */
  slugFlavor(site: SiteInfo | undefined): FlavorChoice;
  /**
   * The id algorithm is a guess (an unmodelled generator): a fragment that matches an id but for
   * letter case or `_`/`-` is not reported.
   */
  readonly looseIds?: boolean;
  /**
   * The build runs a Markdown link's fragment through the heading slugify before writing it
   * (VitePress 2.0.0-alpha.5 and later: `#numberFormats` becomes `#numberformats`): true when it
   * does, a reason in words when it may (the version is unknown), undefined when it does not.
   */
  linkFragmentsSlugified?(site: SiteInfo): true | string | undefined;
  /**
   * False when postlint does not model which files the generator builds for this site (the `unknown` generator, but
   * for an Astro site whose built folders are known): no file is told apart as a repository file. True when absent.
   */
  modelsBuild?(site: SiteInfo): boolean;
  /**
   * The site's own templates that render this page (layouts, partials, includes, shortcodes): the
   * `id`s they write are ids of the page (src/site/template-ids.ts).
   */
  templates?(path: string, site: SiteInfo, frontMatter: PageFrontMatter): TemplateModel | undefined;
  /**
   * Why the page's layout never writes the page's body (an Eleventy redirect layout that never
   * outputs `content`), if so: no finding inside the body is reported, by a rule's file half or its site half (src/hidden-body.ts).
   */
  hidesBody?(path: string, site: SiteInfo, frontMatter: PageFrontMatter): string | undefined;
  /**
   * Ids the generator's own page layout (not in the checkout) writes on this page outside its
   * Markdown, each with what writes it (Starlight's page title, `<h1 id="_top">`); `unknown` in
   * place of that when the site replaces that part of the layout with code that may not write it.
   */
  layoutIds?(path: string, site: SiteInfo, frontMatter: PageFrontMatter): ReadonlyArray<{id: string; by: string} | {id: string; unknown: string}>;
  /**
   * Files the page's own layout writes into the page besides its content (Hugo's `{{ readFile
   * "content/manual/setup.md" | markdownify }}`): their ids are the page's (a Markdown file's as a
   * document of its own, an HTML file's `id` attributes); a reason when it writes a file postlint
   * cannot name (a path computed at build time), which leaves the page's other ids unknown.
   */
  layoutFiles?(path: string, site: SiteInfo, frontMatter: PageFrontMatter): readonly LayoutFile[];
  /**
   * Why the page's text may not be what the build shows, if so: a step of the build postlint does not
   * model may write its content (an mdBook preprocessor it does not know gets every chapter). Its empty
   * sections are then unverifiable (no-empty-sections says so once per site).
   */
  contentUnknown?(path: string, site: SiteInfo): string | undefined;
  /** Why heading ids of this site's pages are not all known (a heading render hook), if so. */
  idsUnknown(site: SiteInfo, path?: string, frontMatter?: PageFrontMatter): string | undefined;
  /**
   * Readings of a link that does not resolve (guard.ts `readings`) that this site's build never
   * makes, if any: the model guard takes no evidence from them (Hugo writes a site-root `/x.md` as
   * it is, or a hook looks it up from the content root, never from the page's folder).
   */
  readingsNever?(site: SiteInfo, link: {siteRoot: boolean; kind: LinkKind}): readonly Reading[];
  /**
   * Why the generator leaves the raw HTML of a Markdown page out of the page it writes (Hugo's
   * Goldmark without `markup.goldmark.renderer.unsafe`), if so: text inside an HTML block is then
   * nothing a reader sees. Undefined: the blocks are written as they are (markdown-it, kramdown,
   * Python-Markdown, pulldown-cmark) and their text is prose (src/spelling/prose.ts).
   */
  rawHtmlOmitted?(site: SiteInfo): string | undefined;

  /**
   * Front-matter fields besides `title` and `description` whose text the generator shows readers
   * (Docusaurus's `sidebar_label`, the doc's entry in the sidebar): read as prose by spelling and
   * brand-casing (src/spelling/prose.ts).
   */
  shownFields?: readonly string[];

  /**
   * Templates of the site that the build writes out as one of the host's files (a Hugo output
   * format whose `baseName` is `_redirects`, from `layouts/index.redirects`): the file's name in the
   * output, the template's path, and its text with what the generator can work out filled in
   * (variables bound to site parameters). Their rules are read as far as that text lets postlint
   * (hosting-redirects.ts); a line template code still fills in only makes links it may answer unverifiable.
   */
  hostFileTemplates?(site: SiteInfo): Array<{name: string; path: string; text: string}>;
  /**
   * Folders the build copies as they are to the top of its output, when they are not static roots
   * (an Astro site without Starlight: `public/`, served through its routes): a host's `_redirects`
   * there is in the folder the host publishes (hosting-redirects.ts).
   */
  copiedToOutput?(site: SiteInfo): string[];
  /** The generator's own link syntaxes (found in phase 1; resolved by `resolveSyntax`). */
  readonly linkSyntaxes: readonly LinkSyntax[];
  /** Include syntaxes the generator expands (their files' ids are on the page); `generated`: plugin blocks (`::: pkg.Class`) that write a section. */
  readonly inserts: readonly IncludeKind[];
  /**
   * Kinds of `inserts` whose file's text is pasted into the page before it is parsed
   * (pymdownx.snippets, mdBook `{{#include}}`): relative links in a file only included resolve
   * from each page it is pasted into. Not VitePress (it rebases `./` links to the included file)
   * nor MDX imports (a partial is compiled as its own module, links read from its own place).
   */
  readonly pastes?: readonly IncludeKind[];
  /** The generator runs Liquid or Nunjucks over a page before Markdown (Jekyll, Eleventy): their capture and raw blocks are template text. */
  readonly liquid?: boolean;
  /**
   * The generator fills `{{ name }}` in a page's text at build, without Liquid (VitePress: each page is a Vue component,
   * its text's `{{ }}` Vue's interpolation): a page's `{{slot}}`s are no program's to fill (src/text/slot-template.ts).
   */
  readonly interpolatesText?: boolean;
  /**
   * Paired template tags the site defines whose body its own code turns into something else before
   * Markdown runs (Eleventy's `addPairedShortcode`, eleventy-shortcodes.ts): links written in the
   * body are no links postlint can judge. Read only on pages whose templates run.
   */
  opaqueBodyTags?(site: SiteInfo): readonly string[];
  /**
   * Why a link to `url` written between the tags of the site's shortcode `name` (opened as `call`) is not the page's link
   * as written: the shortcode's template transforms the text (Hugo: hugo-shortcode-inner.ts); undefined when it
   * writes it whole. Set: the generator's shortcode pairs are found in every page.
   */
  shortcodeInnerReason?(name: string, call: string, site: SiteInfo, url: string): string | undefined;
  /** Does the generator run its templates over this Markdown page before Markdown (front matter `data`)? Unset: whenever `liquid` is. */
  runsTemplates?(site: SiteInfo, data: Record<string, unknown> | undefined): boolean;
  /**
   * The template engine that renders this Markdown page before Markdown (front matter `data`), where
   * it is one the generator chooses per site or page (Eleventy: `liquid`, `njk`, …): what it removes
   * from the text (Nunjucks' `{# … #}`) the converter never sees. False for none; undefined when not known.
   */
  markdownTemplateEngine?(site: SiteInfo, data: Record<string, unknown> | undefined): string | false | undefined;
  /** The generator reads `.md` pages as MDX too (Docusaurus, whose `markdown.format` is `mdx` unless the config says otherwise). */
  readsMdAsMdx?(site: SiteInfo): boolean;
  /**
   * The generator compiles MDX with MDX 1 (Docusaurus 2), whose JSX blocks end at a blank line as
   * CommonMark's HTML does and where indentation makes code; otherwise MDX 2 or later, where a line
   * of JSX tags is a block of its own and indentation makes no code (src/mdx-jsx-flow.ts).
   */
  mdx1?(site: SiteInfo): boolean;
  /**
   * Why the MDX version is not known (no Docusaurus version found): a page is read as MDX 3, and where
   * its MDX 1 reading has other headings, the ids that differ are unverifiable.
   */
  mdxUnknown?(site: SiteInfo): string | undefined;
  /**
   * The generator reads front matter with gray-matter, which takes the rest of the file as the
   * block when no closing `---` follows (`if (closeIndex === -1) closeIndex = len`): a page that
   * opens front matter and never closes it has those fields and no body (VitePress, Docusaurus, Eleventy).
   */
  readonly frontMatterToEnd?: boolean;
  /**
   * The front-matter languages a `---<language>` fence may name (gray-matter's engines, with those
   * the site's config registers) and how postlint reads each; undefined when the generator's reader
   * takes no language (a `---json` line is then Markdown).
   */
  frontMatterEngines?(site: SiteInfo | undefined): Readonly<Record<string, FrontMatterReading>>;
  /**
   * Front matter is where Hugo's page lexer finds it (src/front-matter-hugo-intro.ts): past blank
   * space, a `{` JSON object to the matching `}`, a `---`/`+++` block, or `#+KEY: value` Org lines.
   */
  readonly introFrontMatter?: boolean;
  /** A heading ending in an MDX comment holding `#id` takes that id (Docusaurus). */
  readonly commentHeadingIds?: boolean;
  /**
   * The delimiters of a heading's attribute block when the site changes them (VitePress
   * `markdown.attrs` `leftDelimiter`/`rightDelimiter`: `## Title %{#id}%`), or false when the site
   * turns such blocks off; undefined for the usual `{#id}`. `remark-heading-id`: only that
   * plugin's block, ` {#id}` ending the heading's last text, whose id runs to the closing brace.
   * `docusaurus`: Docusaurus's parseMarkdownHeadingId on the last text (`{#i18n.load}`, no `}` inside).
   */
  headingAttributes?(site: SiteInfo): {left: string; right: string} | 'remark-heading-id' | 'docusaurus' | false | undefined;
  /**
   * A line that is only a block attribute list (`{: .class}`) is a block of its own (kramdown), so
   * indented lines right after it are code, not the rest of a paragraph.
   */
  blockAttributeLines?(site: SiteInfo): boolean;
  /**
   * The `:::` containers the site's parser reads (remark-directive's, markdown-it-container's), whose closing fence
   * ends the block before it: src/text/container-fences.ts. Undefined where `:::` is text.
   */
  containers?(site: SiteInfo): ContainerSyntax | undefined;
  /** Blocks whose indented body the generator parses as Markdown (MkDocs admonitions, details, tabs): text/indented-blocks.ts. */
  indentedBlocks?(site: SiteInfo): readonly IndentedBlockKind[];
  /**
   * Block tags whose body the site renders as a Markdown document of its own (a Jekyll plugin's
   * `Liquid::Block` that hands its body to the Markdown converter: `{% tab %}…{% endtab %}`): the
   * body starts and ends its own blocks, so the tags are read as lines that end the block before them.
   */
  ownMarkdownBlocks?(site: SiteInfo): readonly string[];
  /**
   * Paired shortcodes whose template writes their inner text as code (Hugo: highlighted, fenced or in a
   * `<pre>`, read from the template, hugo-code-shortcodes.ts): their body is read as a fence.
   */
  codeShortcodes?(site: SiteInfo): ReadonlySet<string>;
  /**
   * The site's Liquid tags that write out another file's text where they stand (a Jekyll plugin's
   * `include_absolute`, jekyll-remote-include's `remote_include`): src/site/generators/jekyll-file-tags.ts.
   */
  fileTags?(site: SiteInfo): readonly FileTag[];
  /**
   * The Markdown plugins of the site's own code (not packages) its build runs over pages, named for
   * messages: each may rewrite any link destination (replace a `{@name@}` variable, say), which only
   * running it tells. Empty or undefined when there is none.
   */
  ownMarkdownPlugins?(site: SiteInfo): readonly string[];
  /** The names the site's own data gives the language codes its pages declare (Jekyll `_data/languages.yml`: `ba: {name: Bosanski}`), by lower-case code. */
  languageNames?(site: SiteInfo): ReadonlyMap<string, string>;
  /**
   * What the site's preprocessors postlint models do to a page's text before it is rendered
   * (mdBook: mdbook-admonish, mdbook-cmdrun): the text to parse (same length, same lines), the
   * ids they write; undefined when they leave the page as written. `parse` reads Markdown as the
   * page's parser does.
   */
  preprocessPage?(site: SiteInfo): ((text: string, parse: (text: string) => Root, path: string) => PreprocessedPage | undefined) | undefined;
  /**
   * What the site's Markdown reads otherwise than GFM does in one file, where postlint models it (see
   * `MarkdownDialect`); `{}` for a file the site's converter never renders (read as GFM, as a forge shows it).
   */
  markdownDialect?(site: SiteInfo, path: string): MarkdownDialect;
  /** Inline attribute lists give spans ids (`**x**{ #id }`: kramdown, Python-Markdown attr_list). */
  readonly spanIds?: boolean;
  /**
   * How the site's converter reads an attribute list right after a span or link (`[x](#){: .copy }`):
   * kramdown's `{:…}`, attr_list's `{:…}` or `{…}`, markdown-it-attrs' `{…}` (src/text/span-attributes.ts);
   * undefined where none is read.
   */
  spanAttributes?(site: SiteInfo): SpanAttributeSyntax | undefined;
  /**
   * The heading attribute block is markdown-it-attrs' (VitePress; Eleventy with the plugin), read by
   * its own grammar (src/text/markdown-it-attrs.ts): `#id` runs to the next space, dots included
   * (`{ #lit-3.0 }`), spaces inside the braces are skipped, the last id wins.
   */
  attrsGrammar?(site: SiteInfo | undefined): boolean;
  /**
   * The files a folder URL (`/`, `/docs/`) is served from, in the order the generator prefers
   * them; unset: postlint's common order (`index.md`, `_index.md`, `README.md`, …, `index.html`).
   */
  readonly folderIndexNames?: readonly string[];
  /**
   * A paragraph that is only an attribute block without a colon (`{ #test.js }` on its own line)
   * gives the page that id (markdown-it-attrs puts it on that paragraph); kramdown needs `{:`.
   */
  attributeParagraphs?(site: SiteInfo | undefined): boolean;
  /** Resolve a site-root path (`/docs/x/`, base path already removed). */
  resolveSiteRoot(request: LinkRequest, context: ResolveContext): Resolution;
  /**
   * Resolve a relative path the plain file lookup did not find (page URLs relative to the page's
   * own URL, docs by id, …); undefined to fall through to "missing".
   */
  resolveRelative(request: LinkRequest, context: ResolveContext): Resolution | undefined;
  /**
   * Does the generator leave this relative link as written, for the browser to resolve against the
   * page's URL (VitePress: a link to a file it does not import, served from `public/`)? Then a path
   * the file beside the page lacks is looked for as the site-root path the browser asks for.
   */
  readFromPageUrl?(request: LinkRequest, site: SiteInfo): boolean;
  /**
   * Resolve a relative link as the build looks it up among its own files, before the file beside the
   * linking file is tried (mkdocs-static-i18n reads `x.md` as `x.<language>.md` first); undefined to fall through.
   */
  resolveFileLink?(request: LinkRequest, context: ResolveContext): Resolution | undefined;
  /**
   * Resolve a relative page URL (`../b/`, `.`) from the page's own URL before the file beside the
   * linking file is tried: for generators that serve pages as folders and leave such links to the browser.
   */
  resolvePageUrl?(request: LinkRequest, context: ResolveContext): Resolution | undefined;
  /** The same page in the linking page's language (Hugo `index.fr.md` → `other.fr.md`), when the generator has translations by file name. */
  translationOf?(from: string, found: string, context: ResolveContext): string | undefined;
  /**
   * The file an include of one of `inserts` names (`{{< include >}}`, `{% include %}`, a snippet),
   * as the generator finds it; undefined when it cannot be found (a theme's include). Kinds the
   * generator does not list are read relative to the including page; `markdown-shortcode`,
   * `html-shortcode`, `generated` and `component` never reach it (what they write only the build knows).
   */
  resolveInclude?(include: {path: string; kind: IncludeKind}, context: ResolveContext): string | undefined;
  /**
   * The text a comment include (kind `vitepress`) pastes from the file it resolved to, as the include plugin
   * prepares it (VitePress strips a Markdown file's front matter); undefined where the generator pastes none.
   */
  pastedText?(included: string, text: string): string | undefined;
  /**
   * The file a `markdown-shortcode` or `html-shortcode` include writes out as it is, when its template reads one (Hugo
   * `readFile`, `resources.Get … .Content`): its `id`s are the page's; `reason` when the path cannot
   * be followed. Undefined: the shortcode's output is unknown.
   */
  shortcodeFile?(include: IncludeFact, page: string, site: SiteInfo): {path: string} | {reason: string} | undefined;
  /**
   * The URL the site's own template writes for the value of a `names: 'file'` syntax (a Hugo site's
   * `figure` shortcode piping `src` through `relURL`: a site-root path); `reason` when it cannot be
   * followed; `file` when the template finds the value as a resource of the build (Hugo's embedded
   * `figure`: `resources.Get` from the assets folder) and writes that resource's URL; undefined: the value
   * is read as written, like an image's source. `from` is the page the syntax is written on.
   */
  syntaxUrl?(syntax: string, value: string, site: SiteInfo, from: string): {url: string} | {reason: string} | {file: string} | undefined;
  /**
   * The ids a `bibliography` include (a plugin's tag, found in phase 1 where `inserts` lists it)
   * writes into the page, read from the site's files (jekyll-scholar's `{% bibliography %}`: each
   * BibTeX entry's key); undefined when the tag writes none (the plugin is not on).
   */
  tagIds?(include: IncludeFact, page: string, site: SiteInfo, frontMatter: PageFrontMatter): TagIds | undefined;
  /**
   * The ids a self-closed MDX component of a known package writes into the page (none, or its literal
   * `id` prop); undefined when its output is not known (the site's own component, another package's).
   */
  componentIds?(include: IncludeFact): {ids: string[]} | undefined;
  /** Resolve a link in one of `linkSyntaxes`. */
  resolveSyntax(request: LinkRequest, context: ResolveContext): Resolution;

  /** Why a page is left out of a production build (none for generators without drafts: MkDocs, VitePress). */
  publishState(path: string, frontMatter: PageFrontMatter, site: SiteInfo | undefined, now: Date): PublishProblem[];
  /** The site's time zone for dates written without an offset. */
  timeZone(site: SiteInfo | undefined): string | undefined;

  /** Where a page title comes from, in order. */
  readonly titleSources: readonly TitleSource[];
  /**
   * Front-matter fields this page needs for the generator to build it as meant (a blog post's
   * date…). `fieldFrom` may still excuse one the generator takes from elsewhere.
   */
  requiredFields(page: PageInput): string[];
  /** Does the generator take `field` from somewhere else than front matter for this page? Says where, if so. */
  fieldFrom(field: string, page: PageInput): string | undefined;
  /** Can the generator read this front-matter date value? */
  readsDate(value: unknown): boolean;
  /**
   * How the site's YAML reader takes a top-level key given twice, when it keeps the last one
   * without a word (Ruby's Psych, PyYAML, Hugo before v0.152: hugo-version.ts); undefined or unset:
   * it refuses the block (js-yaml in gray-matter, today's Hugo).
   */
  keepsLastRepeatedKey?(site: SiteInfo | undefined): string | undefined;
  /**
   * What the generator does with a page whose front matter its reader refuses, when it still builds
   * it (without its fields) rather than stopping: Jekyll warns ("YAML Exception reading …") and goes
   * on unless `strict_front_matter` is set (lib/jekyll/convertible.rb `read_yaml`). Undefined or unset:
   * the build stops, or postlint does not know that it goes on.
   */
  buildsDespiteFrontMatterError?(site: SiteInfo | undefined): string | undefined;
  /**
   * How the site's YAML reader takes a tab that starts a line inside a flow collection (`tags: [`
   * then a tab and an item), when it skips it as white space: libyaml (Ruby's Psych, PyYAML's
   * CSafeLoader) and its Go port go-yaml, goccy/go-yaml, js-yaml all do, though YAML 1.2 wants the
   * line indented past the key first. Undefined or unset: postlint does not know the reader, and
   * the block stays the error the `yaml` package reports.
   */
  readsTabsInFlow?(site: SiteInfo | undefined): string | undefined;
  /**
   * How the site's YAML reader takes a line inside a flow collection indented no deeper than its key
   * (`tags: [a, b,` continued at column 0), when it reads it as part of the collection: libyaml
   * (Ruby's Psych, PyYAML in both its loaders) checks indentation only in block context. js-yaml
   * refuses a plain scalar continued there and the `yaml` package any such line. Undefined or unset:
   * the block stays the error the `yaml` package reports.
   */
  readsFlowAtAnyIndent?(site: SiteInfo | undefined): string | undefined;
  /**
   * What the site's YAML reader makes of an unquoted value that YAML 1.1 reads as a boolean (`yes`,
   * `off`): the test of one word, true or false for a boolean, undefined for text (src/front-matter-yaml11.ts).
   * Undefined or unset: the reader takes YAML 1.2's core schema (js-yaml, goccy/go-yaml), all text.
   */
  yamlBoolean?(site: SiteInfo | undefined): ((word: string) => boolean | undefined) | undefined;
  /**
   * Why a list field left empty (`tags:` with no value, YAML null) is no error to this generator,
   * if it is not: it reads it as an empty list (Eleventy's `tags`, a Hugo taxonomy), or does not read the field itself.
   */
  emptyList?(field: string, site: SiteInfo | undefined): string | undefined;
  /**
   * Which Markdown images (`![alt](path)`) the generator's bundler reads from the source files when
   * the site is built, never asked of the host, if any, and why (Docusaurus turns each into a bundler
   * `require`; VitePress and Astro a relative one into an import; a missing file stops the build):
   * the host's redirects and rewrites cannot answer them. `siteRoot`: a `/x.png` one too.
   */
  readonly imagesAtBuild?: {readonly reason: string; readonly siteRoot: boolean};
  /**
   * The front-matter keys the generator itself (or the site's own schema it reads: an Astro content
   * collection's zod schema) gives a type, for a page at `path`: Jekyll's `published` is a boolean,
   * Hugo's a boolean or a date. A key neither defines (Eleventy passes every key to the templates) has
   * no type to be wrong against; the user's `types` option may still give one.
   */
  fieldTypes?(path: string, site: SiteInfo | undefined): Readonly<Record<string, readonly FieldType[]>>;
  /**
   * Of the keys `fieldTypes` types a date, those whose value must be a YAML timestamp as written (an
   * Astro schema's plain `z.date()` takes a Date, and a quoted date is a string to the YAML reader):
   * a date string there is the wrong type, though the generator reads the text as a date elsewhere.
   */
  timestampOnly?(path: string, site: SiteInfo | undefined): readonly string[];
  /**
   * Of the keys `fieldTypes` types a date, those the generator turns into a date with JavaScript's
   * `new Date(value)` (an Astro schema's `z.coerce.date()`): any text V8 reads as a date is one there.
   */
  coercedDates?(path: string, site: SiteInfo | undefined): readonly string[];
  /**
   * Why the generator never reads this front-matter key of the page at `path`, if it does not (an Astro
   * collection's zod object schema strips a key it does not name): then no value there can be unreadable.
   */
  strippedKey?(field: string, path: string, site: SiteInfo | undefined): string | undefined;
  /**
   * Does the generator read this front-matter field as a date (Hugo reads `published` as an alias
   * of publishDate)? Then a date there is no wrong type, whatever type the user's options give it.
   */
  readsAsDate?(field: string, site: SiteInfo | undefined): boolean;
  /**
   * Does the generator cast this value of the field to a boolean itself (Hugo reads `draft = "false"`
   * with cast.ToBool)? Then a string there is no wrong type where the user's options want a boolean.
   */
  castsToBoolean?(field: string, value: unknown): boolean;
  /**
   * Does the generator take this number or boolean in this field as its text (Hugo's cast.ToString of
   * `title`; Jekyll's Liquid and Eleventy's template engines print any scalar: `{{ page.title }}` of
   * `title: 404` is "404"; Docusaurus's front-matter Joi turns a number, not a boolean, into its text)?
   * How, in words, or undefined. The rule still asks that the text is the text written (`1.10` is
   * "1.1", `yes` to a YAML 1.1 reader "true").
   */
  printsScalarAsText?(field: string, value: number | boolean): string | undefined;
  /**
   * Does the generator read a key with no value (`title:`, YAML null) as the key left out, in words, or
   * undefined? Jekyll's Liquid: `page.title` is nil either way, and Jekyll's defaults (`||=`) fill it alike.
   * Then a null there is no wrong type: the field is missing, which matters only where it is required.
   */
  readsNullAsAbsent?(field: string): string | undefined;
  /** Where the generator takes a field left empty (`title:`, `title: ''`) from instead, if it does (a Hugo section's title from its folder). */
  emptyFieldFrom?(field: string, page: PageInput): string | undefined;
  /** The language a page is written in, as the generator says by where it lives or its name (Hugo languages, locale folders) or by the site's language. */
  language?(path: string, site: SiteInfo): string | undefined;
  /** Is this file a table of contents where `[Title]()` lists a page not written yet (mdBook's draft chapters in SUMMARY.md)? */
  listsDrafts?(path: string, site: SiteInfo): boolean;
  /**
   * Why an empty level-1 heading is a page's way to go without a title, when the site's theme adds
   * the page title as a level-1 heading only to pages whose content has none (Material for MkDocs'
   * `partials/content.html`: `{% if "\x3ch1" not in page.content %}`): the empty `#` renders an
   * empty `<h1>` and the reader sees no title at all.
   */
  untitledByEmptyHeading?(site: SiteInfo): string | undefined;
}

/** How a site's Markdown differs from GFM in what postlint parses (src/markdown.ts, src/facts.ts). */
export interface MarkdownDialect {
  /**
   * A URL written as plain text (`https://…`, `www.…`) is text and no link (kramdown links only
   * `<https://…>`): it is still not prose, but no link rule reads it.
   */
  bareUrlsAsText?: boolean;
  /** `$$…$$` is math, not text; `singleDollar`: `$…$` too; `blocks: 'kramdown'`: kramdown's math blocks, blank lines and all (src/kramdown-math-block.ts). */
  math?: {singleDollar: boolean; blocks?: 'kramdown'};
  /** `kramdown`: a block HTML element keeps its content raw to its matching end tag, blank lines and all (kramdown's `parse_block_html` off; src/kramdown-html-block.ts). */
  htmlBlocks?: 'kramdown';
  /** `kramdown-gfm`: an ATX heading needs a space and a title after its hashes; hashes alone on a line are text (kramdown's GFM parser: src/kramdown-atx-heading.ts). */
  atxHeadings?: 'kramdown-gfm';
}

/** A page as the site's preprocessors leave it (see `Generator.preprocessPage`). */
export interface PreprocessedPage {
  text: string;
  ids: Array<{id: string; line: number; column: number}>;
  idPrefixes: IdPrefixFact[];
  /** Lines of comments the preprocessor replaces by content (mdbook-cmdrun): a section holding one is not empty. */
  outputLines?: number[];
  /** Files the preprocessor pastes into the page (mkdocs-include-markdown-plugin): their headings are the page's. */
  includes?: IncludeFact[];
}
