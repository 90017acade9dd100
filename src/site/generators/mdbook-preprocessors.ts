/**
 * mdBook preprocessors (`[preprocessor.<name>]` in book.toml). Before a renderer runs, mdBook
 * hands each preprocessor the whole book as JSON (`[context, book]` on stdin: every chapter's
 * Markdown) and renders what it prints back: a preprocessor may change any chapter's text, add
 * chapters, and so write links and ids postlint never sees (mdbook-spec turns `[x]: rule.id`
 * into `page.md#r-rule.id` and `r[rule.id]` lines into elements with that id). The command is
 * `command` if given, else `mdbook-<name>`.
 *
 * A preprocessor with `renderers` that leave out `html` never sees the HTML book (mdBook's
 * preprocessor_should_run), so it changes nothing postlint reads.
 *
 * What no preprocessor can do is add a file that is not a chapter: the book it prints holds
 * chapters only, and the HTML renderer copies the other files of `src/` as they are. So a
 * missing image (or other static file) stays missing, while a missing chapter, page URL or id
 * is unverifiable while a preprocessor postlint does not model runs; a path to a file of another
 * kind (`../items/x.mdr`, `data/table.csv`) is kept too.
 */
import {join} from 'node:path';
import type {Root} from 'mdast';
import {get, isFile, isObject, perSite, readText} from './common.js';
import {admonishPrefixes, readAdmonishBlocks} from './mdbook-admonish.js';
import {cmdrunLines, cmdrunOutput} from './mdbook-cmdrun.js';
import {tocLines, tocSettings} from './mdbook-toc.js';
import {footnoteIds, footnotesAsMarkdown} from './mdbook-footnote.js';
import {pointAt, pointsAt} from '../../text/position.js';
import {chapterListLines} from './mdbook-chapter-list.js';
import {bookDirectives, directiveOutput} from './mdbook-directives.js';
import type {LinkRequest, PreprocessedPage, SiteInfo} from './types.js';

/**
 * What a published preprocessor is known to write, from its own source and README: none of them
 * writes a link or a heading that a page's links could name, and each writes ids only as listed.
 * Data the book's pages are read with (`pagePreprocessor`): which one writes content where.
 * Not here, so unknown (their pages' ids withheld): forks of these tools (a fork may change what
 * it writes) and any preprocessor of the book's own.
 */
interface KnownPreprocessor {
  /** What it writes, in words. */
  writes: string;
  /** Ids it gives every chapter (when `adds` says it runs for this book). */
  ids?: readonly string[];
  /** Does it change the chapters of this book at all? Unset: it does. */
  adds?: (site: SiteInfo) => boolean;
}

const knownPreprocessors: Readonly<Record<string, KnownPreprocessor>> = {
  // mdBook's own, modelled in mdbook.ts.
  links: {writes: '`{{#include}}`, `{{#rustdoc_include}}`, `{{#playground}}`: the file\'s text'},
  index: {writes: 'nothing in a page: README.md is served as index.html'},
  mermaid: {writes: 'its code blocks as `<pre class="mermaid">`'},
  katex: {writes: '`$…$` math as KaTeX HTML'},
  quiz: {writes: '`{{#quiz file.toml}}` as a `<div class="quiz-placeholder">` whose `data-` attributes hold the quiz (no id)'},
  // mdbook-toc.ts: its marker becomes a list of links to the chapter's own headings (what it fills is modelled there).
  toc: {writes: 'its marker (`<!-- toc -->`) as a list of links to the headings after it'},
  // mdbook-chapter-list.ts: its marker becomes a list of links to the chapter's sub-chapters (what it fills is modelled there).
  'chapter-list': {writes: 'its marker (`<!-- chapter-list -->`) as a list of links to the chapter\'s sub-chapters'},
  // slowsage/mdbook-pagetoc README: it puts `<div class="sidetoc"><nav class="pagetoc"></nav></div>` in the theme's
  // `<main>` (the list is filled by its script from the headings in the browser) and leaves chapters alone.
  pagetoc: {writes: 'nothing in a chapter: an empty `<nav class="pagetoc">` in the page template, which its script fills from the headings'},
  // badboy/mdbook-open-on-gh src/lib.rs: `{content}\n<footer id="open-on-gh">…<a href="{repository}/edit/{branch}/{path}">…</a></footer>`
  // on every chapter, only when `output.html.git-repository-url` is a github.com URL (else the book is returned as it is).
  'open-on-gh': {
    writes: 'a footer `<footer id="open-on-gh">` with a link to the chapter\'s source on GitHub',
    ids: ['open-on-gh'],
    adds: (site) => {
      const url = get(site.config, 'output', 'html', 'git-repository-url');
      return typeof url === 'string' && url.includes('github.com');
    },
  },
};

/**
 * Preprocessors that change only the page they are in, each modelled in its own file: they add
 * no chapter and rewrite no link outside their blocks, and the ids they write are the page's facts.
 * - mdbook-admonish (mdbook-admonish.ts): its fenced blocks become HTML around Markdown;
 * - mdbook-cmdrun (mdbook-cmdrun.ts): `<!-- cmdrun … -->` becomes a command's output;
 * - mdbook-footnote (mdbook-footnote.ts): `{{footnote: …}}` becomes a numbered note and its anchors
 *   (written as Markdown footnotes with `markdown = true`: not modelled, so unknown).
 */
const modelledPerPage = new Set(['admonish', 'cmdrun', 'footnote']);

/**
 * mdbook-i18n-helpers' `gettext` translates the book only when `book.language` is set and
 * `<po-dir>/<language>.po` exists (`po-dir` of `[preprocessor.gettext]`, default `po`), else it
 * returns the book as it is: the default build of a book written in its source language.
 */
function gettextTranslates(site: SiteInfo): boolean {
  const language = get(site.config, 'book', 'language');
  if (typeof language !== 'string' || language === '') return false;
  const folder = get(site.config, 'preprocessor', 'gettext', 'po-dir');
  return isFile(join(site.root, typeof folder === 'string' ? folder : 'po', `${language}.po`));
}

/**
 * The tool a preprocessor's command runs, when it is an installed `mdbook-<name>` binary (on the
 * PATH, or by an absolute path); a command that runs the book's own code (`cargo run`, `python3
 * x.py`, `./target/release/mdbook-x`) is no known tool.
 */
function installedTool(command: string): string | undefined {
  const first = command.split(/\s+/)[0]!;
  // A path that is not absolute (or in the home folder: `~/.cargo/bin/`) runs a file of the book's own.
  const absolute = first.startsWith('/') || first.startsWith('~/') || /^[A-Za-z]:\\/.test(first);
  if (!absolute && /[\\/]/.test(first)) return undefined;
  return /(?:^|[\\/])mdbook-([\w-]+?)(?:\.exe)?$/.exec(first)?.[1];
}

/**
 * The book's `[preprocessor.<name>]` tables that run for its HTML book: each with its command, if
 * given, and the installed tool it runs, if it is one. One whose `renderers` leave out `html` runs
 * only for those (mdBook's preprocessor_should_run: an explicit list is the whole answer).
 */
function preprocessors(site: SiteInfo): Array<{name: string; command?: string; tool?: string}> {
  const table = get(site.config, 'preprocessor');
  if (!isObject(table)) return [];
  return Object.entries(table).flatMap(([name, settings]) => {
    const renderers = isObject(settings) ? settings.renderers : undefined;
    if (Array.isArray(renderers) && !renderers.includes('html')) return [];
    const command = isObject(settings) && typeof settings.command === 'string' ? settings.command.trim() : undefined;
    // Without a command mdBook runs `mdbook-<name>`.
    const tool = command ? installedTool(command) : name;
    return [{name, ...(command ? {command} : {}), ...(tool !== undefined ? {tool} : {})}];
  });
}

/** How messages name a preprocessor: `name` or `name (command)`. */
function label({name, command}: {name: string; command?: string}): string {
  return command ? `${name} (\`${command}\`)` : name;
}

/** Does this preprocessor of the book rewrite links or make ids? Yes unless postlint knows or models it. */
function rewrites({tool}: {tool?: string}, site: SiteInfo): boolean {
  if (tool === 'footnote' && footnotesAsMarkdown(site)) return true;
  return tool === undefined || !(Object.hasOwn(knownPreprocessors, tool) || modelledPerPage.has(tool) || (tool === 'gettext' && !gettextTranslates(site)));
}

/**
 * A rewriting preprocessor as messages name it, with why postlint cannot know what it writes: a command that runs
 * the book's own code (`cargo run --bin x`, a script), whose source postlint does not read, or an installed tool it does not know.
 */
function explained(entry: {name: string; command?: string; tool?: string}): string {
  const run = entry.command ? `\`${entry.command}\`` : `mdbook-${entry.tool ?? entry.name}`;
  if (entry.tool === undefined) return `${entry.name} (${run}: the book's own code, which postlint does not read)`;
  if (entry.tool === 'footnote') return `${entry.name} (${run} with markdown = true: Markdown footnotes, which postlint does not model)`;
  return `${entry.name} (${run}: a tool postlint does not know)`;
}

/**
 * Published preprocessors whose purpose is to make the book's list of chapters from its folder
 * (each README: "generate a SUMMARY.md … based on your folder structure"): SUMMARY.md is then a
 * stub or their output, and a file it does not list may still be a chapter.
 * - mdbook-auto-gen-summary: walks src/ and rewrites SUMMARY.md (preprocessor or CLI);
 * - mdbook-autosummary: writes SUMMARY.md from the folder tree and reloads the book;
 * - mdbook-fs-summary, mdbook-generate-summary: build the chapters from the files (SUMMARY.md
 *   must exist, its contents are ignored).
 */
const makesChapterList = new Set(['auto-gen-summary', 'autosummary', 'fs-summary', 'generate-summary']);

/**
 * May this preprocessor add chapters SUMMARY.md does not list? A preprocessor gets the whole book
 * and may push chapters of its own (`book.push_item`), but published tools that do are the
 * summary generators above; any other installed `mdbook-<name>` (alerts, admonish, pagetoc, …) is
 * read as changing the text inside chapters, so the book's draft check stands. A command that runs
 * the book's own code (`cargo run -p …`, `python3 tools/x.py`, a path in the repository: no
 * installed tool) may do anything (a book's own preprocessor that adds a chapter for each goal file it reads).
 */
function mayAddChapters({tool}: {tool?: string}): boolean {
  return tool === undefined || makesChapterList.has(tool);
}

/**
 * Why SUMMARY.md may not be the whole list of the book's chapters, if so: a preprocessor that may
 * add chapters for files it does not list runs. Such a file is then no draft (whether it is built
 * only the build knows).
 */
export function preprocessorChapters(site: SiteInfo): string | undefined {
  const names = preprocessors(site).filter(mayAddChapters).map(label);
  return names.length === 0 ? undefined : `the book's preprocessor ${names.join(', ')} gets the whole book before it is rendered and may add chapters SUMMARY.md does not list`;
}

/** The book's preprocessors that may rewrite links or make ids. */
function rewriting(site: SiteInfo): Array<{name: string; command?: string; tool?: string}> {
  return preprocessors(site).filter((entry) => rewrites(entry, site));
}

/**
 * The book's own preprocessors: a command that runs no installed `mdbook-<name>` tool (`cargo run
 * --manifest-path x/Cargo.toml`, `python3 x.py`) is the book's code, handed every chapter's text.
 */
export function ownPreprocessors(site: SiteInfo): string[] {
  return preprocessors(site).filter((entry) => entry.tool === undefined).map(label);
}

/** The directive names a preprocessor may answer to: its table's name and its tool's. */
function directiveNames({name, tool}: {name: string; tool?: string}): string[] {
  return tool !== undefined && tool !== name ? [name, tool] : [name];
}

/** The ids known preprocessors of the book give every chapter (mdbook-open-on-gh's footer). */
function chapterIds(site: SiteInfo, tools: Set<string | undefined>): string[] {
  return [...tools].flatMap((tool) => {
    const known = tool === undefined || !Object.hasOwn(knownPreprocessors, tool) ? undefined : knownPreprocessors[tool]!;
    return known?.ids && known.adds?.(site) !== false ? known.ids : [];
  });
}

/**
 * Does the book's own preprocessor look for HTML comments? Its command runs a script of the book's
 * (`python3 tools/seedlist.py`, run from the book's folder as mdBook's CmdPreprocessor does) whose
 * text holds `<!--`. An installed tool postlint does not model, or one built from a folder (`cargo
 * run`), shows no source here: its syntax is unknown (mdbook-embed reads `{% embed … %}`), so a
 * writer's note that happens to open with its name (`<!-- embed the demo here -->`) is a comment.
 */
function readsComments({command, tool}: {command?: string; tool?: string}, site: SiteInfo): boolean {
  if (command === undefined || tool !== undefined) return false;
  return command.split(/\s+/).some((word) => {
    const file = join(site.root, word.replace(/^(['"])(.*)\1$/, '$2'));
    return isFile(file) && (readText(file) ?? '').includes('<!--');
  });
}

/** The names of the book's own preprocessors that read comments, their scripts read once a book (pages ask one by one). */
const commentMarkers = perSite((site: SiteInfo): string[] => preprocessors(site).filter((entry) => rewrites(entry, site) && readsComments(entry, site)).flatMap(directiveNames));

/**
 * The lines of the page's comments that name a preprocessor of the book's own that reads comments
 * (`<!-- seedlist spring -->` for `[preprocessor.seedlist]` running `tools/seedlist.py`): its marker, which
 * it may replace by content, as the modelled ones replace theirs (`<!-- toc -->`, `<!-- cmdrun … -->`). Only
 * a comment opening with the preprocessor's name; any other comment renders to nothing.
 */
function namedMarkerLines(text: string, names: readonly string[]): number[] {
  if (names.length === 0 || !text.includes('<!--')) return [];
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const marker = new RegExp(`<!--[ \\t]*(?:mdbook-)?(?:${escaped.join('|')})(?![\\w-])`, 'gi');
  return pointsAt(text, [...text.matchAll(marker)].map((match) => match.index)).map((point) => point.line);
}

/**
 * What the book's per-page preprocessors (mdbook-admonish, mdbook-cmdrun, mdbook-toc,
 * mdbook-chapter-list, directive helpers, a footer's id) make of a page, when it runs one.
 * `hasSubChapters` says whether SUMMARY.md gives a chapter sub-chapters (undefined: not known).
 */
export function pagePreprocessor(site: SiteInfo, hasSubChapters: (path: string) => boolean | undefined = () => undefined): ((text: string, parse: (text: string) => Root, path: string) => PreprocessedPage | undefined) | undefined {
  const all = preprocessors(site);
  const tools = new Set(all.map((entry) => entry.tool));
  const admonish = tools.has('admonish') ? admonishPrefixes(site) : undefined;
  const cmdrun = tools.has('cmdrun');
  const toc = tools.has('toc') ? tocSettings(site) : undefined;
  const chapterList = tools.has('chapter-list');
  const footnotes = tools.has('footnote') && !footnotesAsMarkdown(site);
  const footerIds = chapterIds(site, tools);
  const changing = all.filter((entry) => rewrites(entry, site));
  // A directive of a preprocessor known to leave pages alone is no unknown one; any other may be a rewriting one's.
  const known = new Set(all.filter((entry) => !changing.includes(entry)).flatMap(directiveNames));
  const runs = new Map(changing.flatMap((entry) => directiveNames(entry).map((name) => [name, label(entry)] as const)));
  // The names the book's own comment-reading preprocessors answer to, for their comment markers.
  const unmodelled = commentMarkers(site);
  if (!admonish && !cmdrun && !toc && !chapterList && !footnotes && footerIds.length === 0 && changing.length === 0) return undefined;
  return (text, parse, path) => {
    const page = admonish ? readAdmonishBlocks(text, parse, admonish) : undefined;
    const outputs = [cmdrun ? cmdrunOutput(text) : undefined, changing.length > 0 ? directiveOutput(text, known, runs) : undefined].filter((entry) => entry !== undefined);
    // Lines a preprocessor replaces by content: cmdrun's comments, the toc marker that gets a list, the chapter-list
    // marker of a chapter with sub-chapters, a comment naming a preprocessor postlint does not model.
    const outputLines = [
      ...(cmdrun ? cmdrunLines(text) : []),
      ...(toc ? tocLines(text, parse, toc) : []),
      ...(chapterList ? chapterListLines(text, hasSubChapters(path)) : []),
      ...namedMarkerLines(text, unmodelled),
    ];
    const notes = footnotes ? footnoteIds(text) : [];
    if (outputs.length === 0 && outputLines.length === 0 && footerIds.length === 0 && notes.length === 0) return page;
    // The footer comes after the chapter's text: its id is placed at the text's end.
    const end = pointAt(text, text.length);
    const ids = [...(page?.ids ?? []), ...notes, ...footerIds.map((id) => ({id, line: end.line, column: end.column}))];
    return {text: page?.text ?? text, ids, idPrefixes: [...outputs, ...(page?.idPrefixes ?? [])], ...(outputLines.length > 0 ? {outputLines} : {})};
  };
}

/** The preprocessors of a book that may rewrite links or make ids, each as `name` or `name (command)`. */
export function rewritingPreprocessors(site: SiteInfo): string[] {
  return rewriting(site).map(label);
}

/** Files a preprocessor cannot make: not chapters, copied from src/ as they are. */
const staticFile = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|pdf|mp4|webm|mov|mp3|ogg|wav|woff2?|ttf|otf|css)$/i;

/**
 * A path (it has a `/`) to a file with an extension other than a chapter's (`.md`, `.html`): such a
 * file is copied from src/, never made by a preprocessor. Names without a `/` are left alone, as
 * dotted names are also the ids some preprocessors link by (`items.static`, `glossary.zst`).
 */
function namesAFile(path: string): boolean {
  const extension = /\/[^/]*\.([A-Za-z0-9]+)$/.exec(path)?.[1];
  return extension !== undefined && !/^(?:md|markdown|html?)$/i.test(extension);
}

/**
 * Why a link that names no file of the book is unverifiable, if so: a preprocessor may rewrite
 * it or add the chapter it names. An image, or a link to a static file, is kept (see above).
 */
export function preprocessorMayMake(request: LinkRequest, site: SiteInfo): string | undefined {
  if (request.kind === 'image' || staticFile.test(request.path) || namesAFile(request.path)) return undefined;
  const names = rewriting(site).map(explained);
  if (names.length === 0) return undefined;
  return `the book's preprocessor ${names.join(', ')} gets every chapter before it is rendered and may rewrite this link or add its target`;
}

/**
 * Why none of a book's ids are all known, if so: a rewriting preprocessor the book writes no
 * `{{#name …}}` directive of may add elements with ids to any chapter. One whose directive the book
 * writes is read as a helper that replaces its directives (mdbook-directives.ts): only the pages
 * that hold one have unknown ids (`pagePreprocessor`).
 */
export function preprocessorIds(site: SiteInfo, source: string): string | undefined {
  const names = undirectedRewriters(site, source);
  return names.length === 0 ? undefined : `goes through the book's preprocessor ${names.join(', ')}, which may add ids`;
}

/** The rewriting preprocessors (explained) the book writes no `{{#name …}}` directive of: they may touch any chapter. */
function undirectedRewriters(site: SiteInfo, source: string): string[] {
  const preprocessors = rewriting(site);
  // No rewriting preprocessor: nothing to weigh, and the book's files need no reading.
  if (preprocessors.length === 0) return [];
  const written = bookDirectives(source);
  return preprocessors.filter((entry) => !directiveNames(entry).some((name) => written.has(name))).map(explained);
}

/**
 * Why a chapter's text may not be what the reader gets, if so: the same preprocessors as for ids
 * (`preprocessorIds`) — one postlint does not know that the book writes no `{{#name …}}` directive of —
 * get every chapter and may write any chapter's content (the Sway book's forc-documenter sets each
 * command's chapter to that command's `--help` output, under a heading-only source file). A section
 * empty in the file may be full in the book. Known preprocessors (listed above) write nothing that fills
 * a section, so their books' empty sections are still checked.
 */
export function preprocessorContent(site: SiteInfo, source: string): string | undefined {
  const names = undirectedRewriters(site, source);
  return names.length === 0 ? undefined : `goes through the book's preprocessor ${names.join(', ')}, which may write any chapter's content`;
}
