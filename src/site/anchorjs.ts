/**
 * AnchorJS (bryanbraun/anchorjs): a script a site loads in the browser. `anchors.add(selector)`
 * gives every element the selector matches that has no `id` an id made from its text
 * (`urlify`), numbered `-1`, `-2`… when the page has that id already, so a link to it works
 * though no Markdown renderer wrote the id. A heading that has an id keeps it (AnchorJS links to
 * it), and one with `data-anchor-id` gets no id.
 *
 * Whether a site uses it is read from its own script and template files (those it serves or its
 * layouts include): a call of `anchors.add(…)` (or `.add(…)` on a `new AnchorJS(…)`). Which
 * headings the call reaches: the levels its selector names (`.article h2` → h2), h2–h6 with no
 * selector (AnchorJS's default), every level when the selector names none or is not a literal.
 * Scoping by class or container is not evaluated: the page gets the id whether or not the
 * heading is in `.article`, never fewer targets than the browser has.
 */
import {statSync} from 'node:fs';
import {relative, resolve, sep} from 'node:path';
import {walkFiles} from './generators/walk-files.js';
import {generatorOf} from './generators/index.js';
import type {SiteInfo} from './generators/types.js';
import {readSmallBytes, readSmallFileIfAny, sideFileLimit} from '../read-text.js';
import type {IdTarget} from './anchors.js';
import type {FileFacts, HeadingFact} from '../facts.js';
import {toPosix} from '../paths.js';

export interface AnchorJsUse {
  /** Heading levels some call of `add` may reach. */
  levels: Set<number>;
  /** The `truncate` options the site sets, AnchorJS's default 64 among them only when some call's object sets none. */
  truncates: Set<number>;
  /** The file that calls it (relative to the site folder), for messages. */
  file: string;
}

const defaultTruncate = 64;
/** AnchorJS's `urlify`: the characters it turns into `-` (URL-unsafe ones and blank space). */
const unsafe = /[& +$,:;=?@"#{}|^~[`%!'<>\]./()*\\\n\t\b\v\u00A0]/g;

/** The id AnchorJS makes from an element's text (`urlify` in anchor.js, v4.1.1 and later). */
export function urlify(text: string, truncate = defaultTruncate): string {
  return text
    .trim()
    .replace(/'/g, '')
    .replace(unsafe, '-')
    .replace(/-{2,}/g, '-')
    .substring(0, truncate)
    .replace(/^-+|-+$/gm, '')
    .toLowerCase();
}

/** Files where a site calls AnchorJS: its scripts and the templates that load them. */
const scriptFile = /\.(?:m?js|cjs|ts|jsx|tsx|html?|njk|liquid|hbs|ejs|webc|astro|vue|svelte)$/i;
/** Folders that hold no code of the site's own (dependencies, tooling); build output is the site's (outputFolders). */
const skipped = new Set(['node_modules', 'vendor', 'bower_components']);

/**
 * The folders the generator writes (its build output, caches), whose scripts are copies of the
 * site's or stale: one the generator also reads content or static files from (Hugo's themes
 * folder holds the used theme's `static`) is walked.
 */
function outputFolders(site: SiteInfo): Set<string> {
  const generator = generatorOf(site);
  const read = [...generator.contentRoots(site), ...generator.staticRoots(site)];
  const inside = (path: string, folder: string): boolean => path === folder || path.startsWith(folder + sep);
  return new Set(generator.buildOutput(site).map((folder) => resolve(site.root, folder)).filter((folder) => !read.some((root) => inside(root, folder))));
}

interface AddCall {
  /** The selector: a literal, `''` for none, undefined when not a literal. */
  selector: string | undefined;
  /** Does the object called set its own `truncate` (`anchors.options = {truncate: 12}`, `new AnchorJS({truncate: 12})`)? */
  truncated: boolean;
}

/** Each `add(` call on an AnchorJS object in a file's text. */
function addCalls(text: string): AddCall[] {
  // Only a number literal counts as set: with `truncate: n` the cut is unknown, so the default is kept too.
  const setsTruncate = /\btruncate\s*[:=]\s*['"]?\d/;
  const truncated = new Map<string, boolean>([['anchors', false]]);
  for (const match of text.matchAll(/\b([A-Za-z_$][\w$]*)\s*=\s*new\s+AnchorJS\s*\(([^)]*)\)/g)) truncated.set(match[1]!, setsTruncate.test(match[2]!));
  // `x.options = {…truncate: 12…}` or `x.options.truncate = 12`, within one statement.
  for (const match of text.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*options\b([^;]*)/g)) {
    if (truncated.has(match[1]!) && setsTruncate.test(match[2]!)) truncated.set(match[1]!, true);
  }
  const calls: AddCall[] = [];
  for (const match of text.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*add\s*\(\s*(?:(\))|(["'`])((?:(?!\3)[^\\]|\\.)*)\3\s*\)|)/g)) {
    const receiver = match[1]!;
    if (!truncated.has(receiver)) continue;
    let selector: string | undefined;
    if (match[2] !== undefined) selector = '';
    else if (match[4] !== undefined && !(match[3] === '`' && match[4].includes('${'))) selector = match[4];
    calls.push({selector, truncated: truncated.get(receiver)!});
  }
  return calls;
}

/** The heading levels a selector may reach (see the module comment). */
function levelsOf(selector: string | undefined): number[] {
  if (selector === '') return [2, 3, 4, 5, 6];
  const named = selector === undefined ? [] : [...selector.matchAll(/(?<![\w-])h([1-6])(?![\w-])/gi)].map((match) => Number(match[1]));
  return named.length > 0 ? named : [1, 2, 3, 4, 5, 6];
}

/** Does the text mention AnchorJS (its file, its package, its class)? */
function mentionsAnchorJs(text: string): boolean {
  return /anchor(?:\.min)?\.js|anchor-js|\bAnchorJS\b/i.test(text);
}

/** Can `addCalls` find a call in these bytes: `.add` and the receiver `anchors` or a `new AnchorJS`? */
function mayCallAdd(bytes: Buffer): boolean {
  return bytes.includes('.add') && (bytes.includes('anchors') || bytes.includes('AnchorJS'));
}

/** Per site read: a site detected again (the language server's forgetSites) is a new SiteInfo, read afresh. */
const uses = new WeakMap<SiteInfo, AnchorJsUse | undefined>();

/** Does the site's own code call AnchorJS, and on which headings? Read once per site (a bounded walk). */
export function anchorJsUse(site: SiteInfo): AnchorJsUse | undefined {
  if (uses.has(site)) return uses.get(site);
  const root = site.root;
  const output = outputFolders(site);
  let use: AnchorJsUse | undefined;
  const {files} = walkFiles(root, {
    enter: (entry, path) => !entry.name.startsWith('.') && !skipped.has(entry.name) && !output.has(path),
    keep: (entry) => scriptFile.test(entry.name),
    maxEntries: 20_000,
    maxFiles: 2_000,
    // The site's own scripts and layouts sit near its top; a generated API reference below would fill the cap.
    breadthFirst: true,
  });
  // A call of `anchors.add` counts where the site has AnchorJS: the file (anchor.min.js) or a mention of it (a CDN script tag, an import).
  let loaded = false;
  // Files read while no mention was seen: searched for one only if some file calls `add` (a site's committed
  // HTML pages can be hundreds of megabytes that mention neither, so most sites decode none of them).
  const unsearched: string[] = [];
  for (const file of files) {
    if (/(?:^|[\\/])anchor(?:\.min)?\.js$/i.test(file)) loaded = true;
    // A bundle past the side-file limit is no script of the site's own: skipped without a warning.
    if (/\.min\.js$/i.test(file) || (statSync(file, {throwIfNoEntry: false})?.size ?? 0) > sideFileLimit) continue;
    let bytes: Buffer;
    try {
      bytes = readSmallBytes(file);
    } catch {
      continue;
    }
    // A call needs `.add` on `anchors` or on a `new AnchorJS(…)` (addCalls): ASCII words, found alike in the bytes and the text.
    if (!mayCallAdd(bytes)) {
      if (!loaded) unsearched.push(file);
      continue;
    }
    const text = bytes.toString('utf8');
    if (!loaded && mentionsAnchorJs(text)) loaded = true;
    const calls = addCalls(text);
    if (calls.length === 0) continue;
    use ??= {levels: new Set(), truncates: new Set(), file: toPosix(relative(root, file))};
    for (const {selector} of calls) for (const level of levelsOf(selector)) use.levels.add(level);
    for (const match of text.matchAll(/\btruncate\s*[:=]\s*['"]?(\d+)/g)) use.truncates.add(Number(match[1]));
    // A call on an object that sets no `truncate` (or one postlint cannot read) cuts at the default.
    if (calls.some((call) => !call.truncated)) use.truncates.add(defaultTruncate);
  }
  if (use !== undefined && !loaded) loaded = unsearched.some((file) => mentionsAnchorJs(readSmallFileIfAny(file) ?? ''));
  if (!loaded) use = undefined;
  uses.set(site, use);
  return use;
}

interface IdlessHeading {
  line: number;
  depth: number;
  text: string;
  heading?: HeadingFact;
}

/**
 * The headings of a page that no renderer ids: raw HTML ones, and Markdown ones when the site
 * turns automatic ids off or ids only some levels (`autoIds`, `levels` of the heading-id options).
 */
function idlessHeadings(facts: FileFacts, options: Record<string, unknown>): IdlessHeading[] {
  const levels = Array.isArray(options['levels']) ? (options['levels'] as unknown[]) : undefined;
  const markdown = facts.headings
    .filter((heading) => heading.customId === undefined && (options['autoIds'] === false || (levels !== undefined && !levels.includes(heading.depth))))
    .map((heading) => ({line: heading.line, depth: heading.depth, text: heading.text, heading}));
  const html = (facts.htmlHeadings ?? []).map((heading) => ({line: heading.line, depth: heading.depth, text: heading.text}));
  return [...markdown, ...html].sort((a, b) => a.line - b.line);
}

/** Add the ids AnchorJS gives a page's id-less headings to its ids, numbered past the ids it has (as AnchorJS does). */
export function addAnchorJsIds(ids: Map<string, IdTarget>, facts: FileFacts, options: Record<string, unknown>, use: AnchorJsUse): void {
  for (const heading of idlessHeadings(facts, options)) {
    if (!use.levels.has(heading.depth)) continue;
    const target: IdTarget = heading.heading ? {kind: 'heading', heading: heading.heading} : {kind: 'html'};
    // Truncates that cut the text alike give one id, not `intro` and `intro-1`.
    for (const base of new Set([...use.truncates].map((truncate) => urlify(heading.text, truncate)))) {
      if (base === '') continue;
      let id = base;
      for (let count = 1; ids.has(id); count++) id = `${base}-${count}`;
      ids.set(id, target);
    }
  }
}

/** Has the page a heading AnchorJS could id (so the site's scripts are worth reading)? */
export function hasIdlessHeadings(facts: FileFacts, options: Record<string, unknown>): boolean {
  return (facts.htmlHeadings?.length ?? 0) > 0 || idlessHeadings(facts, options).length > 0;
}
