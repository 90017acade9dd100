/**
 * mdBook (rust-lang/mdBook). `book.toml` marks the book; pages come from its `src` folder
 * (`[book] src`, default `src/`), and only the chapters `SUMMARY.md` lists are built: a Markdown
 * file it does not list is not a page. A chapter `a/b.md` is served at `a/b.html` (`README.md` as
 * `index.html`), and links to `.md` files are rewritten to `.html`, so both name the chapter. The
 * files of `src/` are copied to the book's root. `{{#include file}}` (and `rustdoc_include`) pulls
 * a file into the page. mdBook reads no front matter: it needs no title or date (titles come from
 * SUMMARY.md) and has no drafts beyond SUMMARY's draft chapters, which have no file: a Markdown
 * file SUMMARY.md does not list is reported as not built (a warning) when a chapter links to it (a
 * chapter in waiting); one no chapter links to is a file left behind, no draft (a link to it from an
 * unlisted file is still unpublished). Neither when a preprocessor postlint does not know may add
 * chapters (mdbook-preprocessors.ts), or `[output.html.redirect]` replaces its page (a retired
 * page: never built, no draft).
 */
import {dirname, join, relative, resolve} from 'node:path';
import {decodedPath} from '../../links/normalize.js';
import {caseOrMissing, defaults, get, isBelow, isFile, isObject, languageTag, lookInRoots, readConfig, readText, configFolder} from './common.js';
import {ownPreprocessors, pagePreprocessor, preprocessorChapters, preprocessorContent, preprocessorIds, preprocessorMayMake} from './mdbook-preprocessors.js';
import {summaryDestinations, summaryParents} from './mdbook-summary.js';
import {bookScan, forgetBookScans} from './mdbook-directives.js';
import {bookProject, forgetManifests, projectName} from './mdbook-projects.js';
import {isForgeDocument} from '../forge-documents.js';
import {projectTop} from '../project-top.js';
import type {Detection, Generator, LinkRequest, PublishProblem, ResolveContext, Resolution, SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';

async function detect(dir: string): Promise<Detection | undefined> {
  const file = join(dir, 'book.toml');
  if (!isFile(file)) return undefined;
  const site: SiteInfo = {root: dir, generator: 'mdbook', configFile: file, config: await readConfig(file)};
  // Said once with --verbose: why files SUMMARY.md does not list are not drafts here.
  const chapters = preprocessorChapters(site);
  if (chapters) site.notes = [`SUMMARY.md is not the whole list of chapters: ${chapters}; a file it does not list is not reported as a draft, nor a link to one as unpublished`];
  return {site, strength: 'marker'};
}

function source(site: SiteInfo): string {
  const src = get(site.config, 'book', 'src');
  return resolve(site.root, typeof src === 'string' ? src : 'src');
}

const summaries = new Map<string, Set<string> | undefined>();

/**
 * The chapter files SUMMARY.md links to (absolute paths); undefined when there is no SUMMARY.md
 * (then mdBook cannot build) or it is too complex to parse: postlint does not judge which files are chapters.
 */
export function summaryChapters(site: SiteInfo): Set<string> | undefined {
  return summaryFiles(site, summaries, summaryDestinations);
}

/** The chapter files of `read`'s destinations in the book's SUMMARY.md, once per book folder. */
function summaryFiles(site: SiteInfo, cache: Map<string, Set<string> | undefined>, read: (text: string) => string[] | undefined): Set<string> | undefined {
  const src = source(site);
  if (cache.has(src)) return cache.get(src);
  const text = readText(join(src, 'SUMMARY.md'));
  // Too complex to parse: SUMMARY.md itself is reported so (phase 1), and chapters stay unknown.
  const destinations = text === undefined ? undefined : read(text);
  let chapters: Set<string> | undefined;
  if (destinations !== undefined) {
    chapters = new Set();
    for (const destination of destinations) {
      const target = decodedPath(destination.replace(/#.*$/, ''));
      if (target !== '') chapters.add(resolve(src, target));
    }
  }
  cache.set(src, chapters);
  return chapters;
}

const parentSummaries = new Map<string, Set<string> | undefined>();

/**
 * Whether SUMMARY.md gives the chapter at `path` sub-chapters (mdbook-chapter-list lists them in its
 * place); undefined when that is not known (no SUMMARY.md, or one too complex to parse).
 */
function hasSubChapters(site: SiteInfo, path: string): boolean | undefined {
  return summaryFiles(site, parentSummaries, summaryParents)?.has(path);
}

/** A chapter link's `.html` or `.md` target, as the chapter's source file. */
function chapterSource(absolute: string): string[] {
  if (/\.html?$/i.test(absolute)) {
    const stem = absolute.replace(/\.html?$/i, '');
    return [`${stem}.md`, ...(/(^|[\\/])index$/i.test(stem) ? [join(dirname(stem), 'README.md')] : [])];
  }
  if (/[\\/]$/.test(absolute) || !/\.[^\\/]*$/.test(absolute)) return [join(absolute, 'README.md'), join(absolute, 'index.md')];
  return [];
}

/**
 * The chapter a site-root link names without its `.html` (`/security/policy` for `security/policy.md`):
 * mdBook writes `security/policy.html` and rewrites no site-root link, so the browser asks for
 * `/security/policy`. Hosts that serve `x.html` for `x` (GitHub Pages, Netlify, Cloudflare Pages) find
 * the page; `mdbook serve` (tower-http ServeDir, no extension fallback: mdBook src/cmd/serve.rs) and a
 * plain static server answer its 404 page. The page exists, only the URL's form depends on the host.
 */
function extensionlessChapter(request: LinkRequest, site: SiteInfo, context: ResolveContext): string | undefined {
  if (request.folder || /\.[^/]*$/.test(request.path)) return undefined;
  // The page the host would add `.html` to: a chapter mdBook writes there. `/guide/index` is guide/README.md's
  // page (`index.html`); `/guide/README` is no page at all, since mdBook writes no README.html.
  const html = join(source(site), `${request.path}.html`);
  const file = context.firstExisting(chapterSource(html).filter((candidate) => join(source(site), bookPage(candidate, site)) === html));
  if (file === undefined) return undefined;
  const chapters = summaryChapters(site);
  return !chapters || chapters.has(file) ? file : undefined;
}

/** The path of the page mdBook writes for a file of the book (`/a/b.html`; `README.md` as `index.html`), as redirect keys name it. */
function bookPage(absolute: string, site: SiteInfo): string {
  const rel = toPosix(relative(source(site), absolute));
  return `/${rel.replace(/(?:^|\/)README\.md$/i, (name) => name.replace(/README\.md$/i, 'index.html')).replace(/\.md$/i, '.html')}`;
}

/** Where a redirect of the book sends its page (`destination` as book.toml writes it): the file it names, or undefined for a URL outside the book. */
function redirectTarget(page: string, destination: string, site: SiteInfo): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(destination) || destination.startsWith('//')) return undefined;
  const path = destination.split('#')[0]!;
  // The redirect page sends the browser on from its own place: a relative destination is read from the page's folder.
  return path.startsWith('/') ? join(source(site), path) : resolve(dirname(join(source(site), page)), path);
}

/**
 * Where `[output.html.redirect]` sends a book page (`/a/b.html`): its key is written with or without
 * the leading `/` (`"community/index.html"`), which means nothing to mdBook — mdbook-html's
 * emit_redirects trims it and writes the redirect page at that path below the build folder.
 */
function redirectOf(redirects: Record<string, unknown>, page: string): string | undefined {
  const destination = redirects[page] ?? redirects[page.replace(/^\/+/, '')];
  return typeof destination === 'string' ? destination : undefined;
}

/**
 * A file of the book whose page `[output.html.redirect]` replaces (its `.html` is a key): a
 * retired page, which mdBook never builds — it refuses a redirect from a chapter's own page
 * ("redirect found for existing chapter", mdbook-html's collect_redirects_for_path), so not even a
 * preprocessor makes it one — and no draft. `reaches`: the redirect leads to a chapter of the book
 * or out of it, so a link to the old file still takes its reader somewhere; else `reason` says where
 * it leads instead.
 */
function retired(absolute: string, site: SiteInfo): {page: string; destination: string; reaches: boolean; reason: string} | undefined {
  const redirects = get(site.config, 'output', 'html', 'redirect');
  if (!isObject(redirects) || !inBook(absolute, site) || !/\.md$/i.test(absolute) || summaryChapters(site)?.has(absolute) !== false) return undefined;
  const page = bookPage(absolute, site);
  const destination = redirectOf(redirects, page);
  if (destination === undefined) return undefined;
  const target = redirectTarget(page, destination, site);
  // A chapter SUMMARY.md lists, or a file a preprocessor may add that no redirect retires too (not followed further: redirects may loop).
  const chapters = summaryChapters(site);
  const isChapter = (file: string): boolean => isFile(file) && (chapters?.has(file) !== false || (preprocessorChapters(site) !== undefined && unlisted(file, site) && redirectOf(redirects, bookPage(file, site)) === undefined));
  const reaches = target === undefined || chapterSource(target).some(isChapter);
  return {page, destination, reaches, reason: `it is retired: book.toml redirects its page ${page} to ${destination}, which names no chapter of this book, and mdBook builds no page from it`};
}

/**
 * A page `[output.html.redirect]` makes mdBook write (keys are book paths, `/old/page.html`; the
 * value is where its page sends the browser, hash kept), for a target inside the book: the chapter
 * the redirect reaches, or unverifiable when it leads outside the book. A link written to the old
 * chapter (`old/page.md`, which mdBook writes as `old/page.html`) works.
 */
function redirected(absolute: string, site: SiteInfo, context: ResolveContext): Resolution | undefined {
  const redirects = get(site.config, 'output', 'html', 'redirect');
  if (typeof redirects !== 'object' || redirects === null || !isBelow(absolute, source(site))) return undefined;
  const page = bookPage(absolute, site);
  const destination = redirectOf(redirects as Record<string, unknown>, page);
  if (destination === undefined) return undefined;
  const target = redirectTarget(page, destination, site);
  if (target === undefined) return {status: 'unverifiable', reason: `book.toml redirects ${page} to ${destination}, outside the book`};
  const chapter = context.firstExisting(chapterSource(target));
  return chapter ? {status: 'found', path: chapter} : {status: 'unverifiable', reason: `book.toml redirects ${page} to ${destination}, which names no chapter of this book (another book on the same host?)`};
}

const pointedBy = new Map<string, Set<string>>();

/** What the book points at (absolute): any path its directives name, and its chapters' link targets. */
function pointedPaths(site: SiteInfo): Set<string> {
  const src = source(site);
  let pointed = pointedBy.get(src);
  if (pointed) return pointed;
  const scan = bookScan(src);
  pointed = new Set(scan.directed);
  for (const chapter of summaryChapters(site) ?? []) for (const target of scan.links.get(chapter) ?? []) pointed.add(target);
  pointedBy.set(src, pointed);
  return pointed;
}

/** A Markdown file in the book that mdBook never builds: not a chapter, not the 404 page, not pulled into one. */
function unlisted(path: string, site: SiteInfo): boolean {
  const chapters = summaryChapters(site);
  if (!chapters || !inBook(path, site) || chapters.has(path) || !/\.md$/i.test(path)) return false;
  const notFound = get(site.config, 'output', 'html', 'input-404');
  if (path === join(source(site), 'SUMMARY.md') || path === join(source(site), typeof notFound === 'string' ? notFound : '404.md')) return false;
  return !bookScan(source(site)).included.has(path);
}

/** The project inside the book's src/ that an unlisted file belongs to, if any (mdbook-projects.ts). */
function projectOf(path: string, site: SiteInfo): {folder: string; manifest: string} | undefined {
  return bookProject(path, source(site), summaryChapters(site) ?? new Set(), pointedPaths(site));
}

/**
 * A file SUMMARY.md does not list that a preprocessor of the book may still add as a chapter
 * (mdbook-preprocessors.ts): not the 404 page or an included file, not a retired page (mdBook
 * refuses a redirect from a chapter's page), not a file of a project the book keeps in src/.
 */
function mayBeChapter(absolute: string, site: SiteInfo): boolean {
  return preprocessorChapters(site) !== undefined && unlisted(absolute, site) && !retired(absolute, site) && !projectOf(absolute, site);
}

function inBook(path: string, site: SiteInfo): boolean {
  return isBelow(path, source(site));
}

export const mdbook: Generator = {
  ...defaults,
  ownMarkdownPlugins: ownPreprocessors,
  name: 'mdbook',
  title: 'mdBook',
  buildOutput: (site) => [configFolder((site.config.build ?? {}) as Record<string, unknown>, 'build-dir', 'book')],
  words: ['mdbook', 'rustdoc'],
  language: (_path, site) => languageTag(get(site.config, 'book', 'language')),
  detect,
  contentRoots: (site) => [source(site)],
  // mdBook builds the chapters below `src` only; `{{#include}}` of a file elsewhere is followed by the index.
  builtFolders: (site) => [source(site)],
  staticRoots: (site) => [source(site)],
  isPage(path, site) {
    if (!site || !inBook(path, site) || /[\\/]SUMMARY\.md$/.test(path)) return false;
    const chapters = summaryChapters(site);
    return !chapters || chapters.has(path) || mayBeChapter(resolve(path), site);
  },
  pageUrl(path, site) {
    const rel = toPosix(relative(source(site), path));
    return `/${rel.replace(/(^|\/)README\.md$/i, '$1index.md').replace(/\.md$/i, '.html')}`;
  },
  slugFlavor: (site) => ({
    name: 'mdbook',
    // mdBook 0.5 ids definition-list terms too (output.html.definition-lists, on by default), and slugs no image alt text.
    options: {definitionTermIds: get(site?.config, 'output', 'html', 'definition-lists') !== false, imageAlt: false},
    reason: 'mdBook heading ids (mdbook-html id_from_content)',
    ...(site?.configFile ? {from: site.configFile} : {}),
  }),
  resolveSiteRoot(request: LinkRequest, context: ResolveContext): Resolution {
    const site = context.site!;
    const found = lookInRoots(request, context, [source(site)]);
    // mdBook writes the first chapter a second time as the book's index.html (mdbook-html
    // hbs_renderer.rs: the chapter with no previous one), so the book's root is that chapter.
    const first = found?.status !== 'found' && /^\/(?:index\.html)?$/i.test(request.path) ? context.firstExisting([...(summaryChapters(site) ?? [])]) : undefined;
    if (first) return {status: 'found', path: first};
    if (found) return found;
    const chapter = context.firstExisting(chapterSource(join(source(site), request.path)));
    if (chapter) return {status: 'found', path: chapter};
    const redirect = redirected(join(source(site), request.path), site, context);
    if (redirect) return redirect;
    // The book may be served below a path (`output.html.site-url`) that site-root links include.
    if (typeof get(site.config, 'output', 'html', 'site-url') === 'string') return {status: 'unverifiable', reason: 'the book is served below `output.html.site-url`'};
    const missing = caseOrMissing(request, context, [source(site)]);
    const rewritten = missing.status === 'missing' ? preprocessorMayMake(request, site) : undefined;
    if (rewritten) return {status: 'unverifiable', reason: rewritten};
    const page = missing.status === 'missing' ? extensionlessChapter(request, site, context) : undefined;
    return page && missing.status === 'missing' ? {...missing, extensionless: {url: bookPage(page, site), page}} : missing;
  },
  resolveRelative(request: LinkRequest, context: ResolveContext): Resolution | undefined {
    // `chapter.html` is the chapter written as `chapter.md`; `index.html` is the folder's README.md.
    const absolute = resolve(dirname(context.from), request.path);
    const chapter = context.firstExisting(chapterSource(absolute));
    if (chapter) return {status: 'found', path: chapter};
    // A name that differs only in case is reported as such; anything else a preprocessor may make.
    if (context.realPath(absolute) !== undefined) return undefined;
    // The book's root is `src/`: a link climbing above it leaves the book for whatever the host serves
    // beside it (the Cargo book's `../../reference/x.md` is the Rust Reference, published next to it).
    const site = context.site;
    if (site && inBook(context.from, site) && !inBook(absolute, site)) {
      return {status: 'unverifiable', reason: `it climbs above the book's root (${toPosix(relative(site.root, source(site))) || '.'}/), out of the book to whatever is served beside it`};
    }
    const redirect = context.site ? redirected(absolute, context.site, context) : undefined;
    if (redirect) return redirect;
    const rewritten = context.site && inBook(context.from, context.site) ? preprocessorMayMake(request, context.site) : undefined;
    return rewritten ? {status: 'unverifiable', reason: rewritten} : undefined;
  },
  idsUnknown: (site) => preprocessorIds(site, source(site)),
  // A chapter of the book whose text a preprocessor postlint does not know may replace (its empty sections are unverifiable).
  contentUnknown: (path, site) => (inBook(resolve(path), site) ? preprocessorContent(site, source(site)) : undefined),
  preprocessPage: (site) => pagePreprocessor(site, (path) => hasSubChapters(site, path)),
  inserts: ['mdbook'],
  // The links preprocessor pastes an included file's text into the chapter: its relative links resolve from the chapter.
  pastes: ['mdbook'],
  // `- [Title]()` in SUMMARY.md is a draft chapter: listed, greyed out, no page yet.
  listsDrafts: (path, site) => path === join(source(site), 'SUMMARY.md'),
  publishState(path, frontMatter, site): PublishProblem[] {
    const absolute = resolve(path);
    if (!site) return [];
    const span = frontMatter?.start ?? {line: 1, column: 1};
    // A retired page is no draft; a link to it is a 404 only when its redirect leads nowhere in the book.
    const retirement = retired(absolute, site);
    if (retirement) return retirement.reaches ? [] : [{kind: 'draft', reason: retirement.reason, span, warning: true, notAPage: true}];
    if (!unlisted(absolute, site)) return [];
    const project = projectOf(absolute, site);
    // A file of a project the book keeps in src/ is no chapter in waiting; a link to it still finds no page.
    if (project) return [{kind: 'draft', reason: `it belongs to the project in ${projectName(project.folder, source(site))} (its ${project.manifest}), which the book keeps as files, not a chapter SUMMARY.md lists, so mdBook does not build it`, span, warning: true, notAPage: true}];
    // A preprocessor may add it as a chapter: whether it is built is unverifiable (the site's note says so with --verbose).
    if (preprocessorChapters(site) !== undefined) return [];
    // Not a draft the author marked, but just as absent from the built book: a warning, when the book links to it (a
    // chapter in waiting that the built pages already point at). One no chapter links to is a file left behind, not a
    // page that could go live: no draft, though a link to it still reaches no page (no-unpublished-links).
    const reason = 'it is not listed in SUMMARY.md, so mdBook does not build it';
    return [{kind: 'draft', reason, span, warning: true, ...(pointedPaths(site).has(absolute) ? {} : {notAPage: true as const})}];
  },
  // A project's own notes (not a README a forge shows below its folder) are no part of the book: not checked.
  unbuilt(path, site) {
    const absolute = resolve(path);
    if (isForgeDocument(absolute, projectTop(site.root) ?? site.root)) return undefined;
    const retirement = retired(absolute, site);
    if (retirement) return `book.toml redirects its page ${retirement.page} to ${retirement.destination}: a retired page, which mdBook never builds`;
    if (!unlisted(absolute, site)) return undefined;
    const project = projectOf(absolute, site);
    return project ? `it belongs to the project in ${projectName(project.folder, source(site))} (its ${project.manifest}), which the book keeps as files; mdBook never renders it` : undefined;
  },
  titleSources: ['nav', 'first-heading'],
  requiredFields: () => [],
  forgetFileReads() {
    summaries.clear();
    parentSummaries.clear();
    pointedBy.clear();
    forgetBookScans();
    forgetManifests();
  },
  fieldFrom: (field) => (field === 'title' ? 'SUMMARY.md' : field === 'date' ? 'nothing: mdBook pages have no date' : undefined),
};
