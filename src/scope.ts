import {basename, dirname, extname, relative, resolve} from 'node:path';
import {existsSync, statSync} from 'node:fs';
import {siteFor} from './site/detect.js';
import {UsageError} from './errors.js';
import {isBelow, outermost} from './paths.js';
import {baseFor, changesSince, defaultBase, gitTopLevel, headOrEmpty, stagedChanges, type Change} from './git.js';
import type {SiteIndex} from './site/index.js';
import {fileKeys, localPath, mayLinkTo} from './link-keys.js';

export {localPath} from './link-keys.js';

/**
 * Which files a run reports on (targets) and which only feed the site index, for the modes that
 * check a few files inside a bigger site: pre-commit's file list, --changed and --staged.
 */

/**
 * The folders to index around some files: each file's site root (its generator config), else
 * its git repository's top folder, else `cwd`. Nested roots fold into the outer one.
 */
export async function siteRoots(files: string[], cwd: string): Promise<string[]> {
  const roots = new Set<string>();
  const tops = new Map<string, string | undefined>();
  for (const file of files) {
    const dir = nearestExisting(dirname(file));
    const site = await siteFor(dir);
    if (site) {
      roots.add(site.root);
      continue;
    }
    if (!tops.has(dir)) tops.set(dir, gitTopLevel(dir));
    roots.add(tops.get(dir) ?? cwd);
  }
  return outermost([...roots].sort((a, b) => a.length - b.length));
}

function nearestExisting(dir: string): string {
  // A deleted file's folder may be gone too.
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** A link's line range in its file. */
interface LineRange {
  line: number;
  endLine: number;
}

/**
 * Impact of a change: every indexed file that links to a changed, renamed or deleted file, with
 * the lines of those links. A renamed or removed heading breaks exactly the links into its file,
 * so these links are where the breakage shows; findings elsewhere in such a file are not the
 * change's doing and are left out.
 */
export function impactOf(index: SiteIndex, changes: Change[], targets: ReadonlySet<string>): Map<string, (line: number) => boolean> {
  const changed = new Set<string>();
  const gone = new Set<string>();
  for (const change of changes) {
    if (change.status === 'deleted') gone.add(change.path);
    else changed.add(change.path);
    if (change.from) gone.add(change.from);
  }
  // Page URLs (`../post/`, `/2024/01/02/post.html`) and `ref` shortcodes name a post by its slug,
  // not its path; a link that resolves to no file but ends in a changed post's slug counts too.
  const stems = new Set([...changed, ...gone].map(documentStem));
  const impact = new Map<string, (line: number) => boolean>();
  // Files whose links cannot name a changed file are passed over without reading their links (src/link-keys.ts).
  const wanted = new Set<string>();
  for (const path of [...changed, ...gone]) fileKeys(path, wanted);
  for (const [file, facts] of index.files) {
    if (targets.has(file) || !mayLinkTo(facts, wanted)) continue;
    const ranges: LineRange[] = [];
    for (const link of facts.links) {
      const path = localPath(link.url);
      if (path === undefined) continue;
      const resolved = index.resolveDocument(file, path);
      const hit = resolved ? changed.has(resolved) : pointsInto(index, file, path, gone) || stems.has(linkStem(path));
      if (hit) ranges.push({line: link.line, endLine: link.endLine ?? link.line});
    }
    if (ranges.length > 0) impact.set(file, (line) => ranges.some((r) => line >= r.line && line <= r.endLine));
  }
  return impact;
}

const indexStems = new Set(['index', '_index', 'readme']);
const datePrefix = /^\d{4}-\d{2}-\d{2}-/;

/** A post's slug as page URLs write it: its name, or its folder's for an index file; Jekyll's date prefix dropped. */
function documentStem(path: string): string {
  let stem = basename(path, extname(path)).toLowerCase();
  if (indexStems.has(stem)) stem = basename(dirname(path)).toLowerCase();
  return stem.replace(datePrefix, '');
}

/** The last segment of a link's path, as a slug: `../post/` and `/2024/01/02/post.html` give "post". */
function linkStem(path: string): string {
  const last = path.replace(/\/+$/, '').split('/').at(-1) ?? '';
  return last.replace(/\.(mdx?|markdown|html?)$/i, '').toLowerCase().replace(datePrefix, '');
}

/** Would `path` written in `from` have named one of the `gone` files? */
function pointsInto(index: SiteIndex, from: string, path: string, gone: ReadonlySet<string>): boolean {
  for (const candidate of index.documentCandidates(from, path)) if (gone.has(candidate)) return true;
  return false;
}

/** Keep the Markdown files among changes that still exist. */
export function changedDocuments(changes: Change[], extensions: string[]): string[] {
  const wanted = new Set(extensions.map((ext) => (ext.startsWith('.') ? ext : `.${ext}`).toLowerCase()));
  return changes
    .filter((change) => change.status !== 'deleted' && wanted.has(extname(change.path).toLowerCase()) && existsSync(change.path))
    .map((change) => change.path);
}

/** One line for --verbose: which files a changed-mode run looks at and why. */
export function describeImpact(cwd: string, changes: Change[], impact: Map<string, unknown>): string {
  const rel = (path: string): string => relative(cwd, path) || path;
  const parts = changes.map((c) => (c.from ? `${rel(c.from)} → ${rel(c.path)} (renamed)` : `${rel(c.path)} (${c.status})`));
  const linking = [...impact.keys()].map(rel).sort();
  return `postlint: changes: ${parts.join(', ') || 'none'}; files linking to them: ${linking.join(', ') || 'none'}`;
}

/** What a run covers: `paths` feed the index; `targets` (when set) are reported on. */
export interface Scope {
  paths: string[];
  targets?: string[];
  impact?: (index: SiteIndex) => Map<string, (line: number) => boolean>;
}

/**
 * Paths named on the command line: each file or folder inside a site is checked with the site
 * around it (the site is indexed, the named paths are reported on), so a single post still gets
 * the findings on its links into other pages. Paths outside every site, and sites named whole,
 * are read as they are (--whole-site also indexes the git repository around files outside every site).
 */
export async function namedPathsScope(cwd: string, positionals: string[]): Promise<Scope> {
  const roots = new Set<string>();
  let grows = false;
  for (const positional of positionals) {
    const path = resolve(cwd, positional);
    if (!existsSync(path)) {
      roots.add(path);
      continue;
    }
    let folder = path;
    try {
      if (!statSync(path).isDirectory()) folder = dirname(path);
    } catch {
      folder = dirname(path);
    }
    const root = (await siteFor(folder))?.root;
    if (root && isBelow(path, root)) {
      roots.add(root);
      grows = true;
    } else {
      roots.add(path);
    }
  }
  if (!grows) return {paths: positionals};
  return {paths: outermost([...roots].sort((a, b) => a.length - b.length)), targets: positionals};
}

/** Pre-commit's mode: report on the named files, index the sites around them. */
export async function namedFilesScope(cwd: string, files: string[]): Promise<Scope> {
  return {paths: await siteRoots(files.map((file) => resolve(cwd, file)), cwd), targets: files};
}

export interface ChangedOptions {
  cwd: string;
  /** Folders or files that bound the run (default: the sites around the changes). */
  paths: string[];
  staged: boolean;
  base?: string;
  extensions: string[];
  log?: (line: string) => void;
}

/** --changed / --staged: report on changed Markdown files and on the links into what changed. */
export async function changedScope(options: ChangedOptions): Promise<Scope> {
  const {cwd} = options;
  const top = gitTopLevel(cwd);
  if (!top) throw new UsageError(`${options.staged ? '--staged' : '--changed'} needs a git repository, and ${cwd} is not inside one`);
  let changes: Change[];
  if (options.staged) changes = stagedChanges(top);
  else changes = changesSince(top, options.base !== undefined ? baseFor(top, options.base) : (defaultBase(top)?.base ?? headOrEmpty(top)));
  const bounds = options.paths.map((path) => resolve(cwd, path));
  if (bounds.length > 0) {
    const inside = (path: string | undefined): boolean => path !== undefined && bounds.some((b) => path === b || isBelow(path, b));
    changes = changes.filter((change) => inside(change.path) || inside(change.from));
  }
  const documents = changedDocuments(changes, options.extensions);
  const paths = changes.length === 0 ? [] : bounds.length > 0 ? options.paths : await siteRoots(changes.flatMap((c) => (c.from ? [c.path, c.from] : [c.path])), cwd);
  return {
    paths,
    targets: documents,
    impact: (index) => {
      const impact = impactOf(index, changes, new Set(documents));
      options.log?.(describeImpact(cwd, changes, impact));
      return impact;
    },
  };
}
