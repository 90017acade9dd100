/**
 * What a site's build commands make before the generator runs, read as text, never run:
 * - a plain recursive copy (`cp -R A B` when B is not in the checkout, `rsync -a A/ B/`) makes B a
 *   copy of A: a link into B is resolved as into A, so a page or heading A lacks is still reported;
 * - a script the build runs (a Node/TypeScript file) that writes files and names a folder of the
 *   site the checkout lacks (`join('src', 'docs', 'config', 'schema-docs')`) makes that folder:
 *   links into it are unverifiable with the reason, never "missing".
 * The build commands are found where the host and the tooling keep them: Netlify `netlify.toml`
 * (`build.command`, `context.*.command`, run in `build.base`), Vercel `vercel.json`
 * (`buildCommand`), the package.json scripts of the site folder and the folders above it up to the
 * project top whose name says build (`build`, `docs:build`, with the scripts they run by
 * `npm run`/`pnpm`/`yarn`, in the same package or in a workspace package a monorepo root names:
 * `pnpm --filter docs run generate`, site/workspace-packages.ts), and the shell and Node scripts
 * those commands call. Only what is
 * certain counts: commands inside an `if`/loop, paths with a variable postlint cannot fill in, a
 * `cd` it cannot follow, copies onto a folder that exists or filtered copies are passed over.
 * Also evidence: a site-root path the site's own navigation names (`link: '/config/reference'` in
 * the generator's config: a sidebar, a menu) with no page behind it is a page the build makes.
 */
import {existsSync, readdirSync, statSync} from 'node:fs';
import picomatch from 'picomatch';
import {parse as parseYaml} from 'yaml';
import {basename, dirname, extname, isAbsolute, join, relative, resolve} from 'node:path';
import {isWithin} from '../ignore-files.js';
import {toPosix} from '../paths.js';
import {readSmallFileIfAny as readFile, readSmallJsonObject as readJson} from '../read-text.js';
import type {Resolution, ResolveContext, SiteInfo} from './generators/types.js';
import {readNetlifyToml} from './netlify-toml.js';
import {configFolders} from './project-top.js';
import {forgetWorkspacePackages, otherPackageScripts, type OtherPackageScript} from './workspace-packages.js';

/** B made a copy of A by the build. */
export interface BuildCopy {
  /** A, absolute. */
  source: string;
  /** B, absolute. */
  target: string;
  /** B may hold files of its own (`rsync A/ B/` onto a folder that exists): its own files come first. */
  overlay: boolean;
  /** Where the copy is made, for messages (`netlify_build.sh: cp -R content/v2.3 content/latest`). */
  shown: string;
}

/** A folder or file a script the build runs writes. */
export interface GeneratedPath {
  path: string;
  /** The script that writes it and what runs that script, for messages. */
  script: string;
  via: string;
  /** The path is one page written, not a folder written into. */
  page?: boolean;
}

/**
 * A program the build runs that postlint does not follow itself (a generator's second run:
 * `eleventy --config=example.config.js`): the generator module reads what it needs from it.
 */
export interface BuildRun {
  /** The program's file name (`eleventy`, `npx`). */
  program: string;
  /** Its arguments, quotes removed, variables filled in. */
  args: string[];
  /** The folder it runs in, absolute. */
  cwd: string;
  /** What runs it, for messages (`package.json postbuild → build:example`). */
  via: string;
}

/** A command that copies or moves files into a folder (`cp -rf a/dist/* b/dist/* site/dist`), sources unread. */
export interface CopyInto {
  /** The destination folder (or file), absolute. */
  target: string;
  /** The names it brings, when every source is a file: one the checkout has (`cp CNAME dist`), or any plain source of a `cp` without -r; absent: anything (a folder, a glob, a build's output). */
  names?: string[];
  /** The sources, absolute, globs kept. */
  sources: string[];
  /**
   * Where each source lands, when the command says so (`cp -r a.md examples docs` onto a folder puts
   * `docs/a.md` and `docs/examples/`): its name under the target and, when the checkout has the
   * source and nothing else the build does writes into it, that source (its tree is what lands).
   */
  placed?: Array<{name: string | ((name: string) => boolean); from?: string}>;
  /** The command and what runs it, for messages. */
  shown: string;
}

export interface BuildScripts {
  copies: BuildCopy[];
  /** Every copy or move command's destination (cp, rsync, mv, copyfiles, cpy, cpx, ncp), globbed sources too. */
  copiesInto: CopyInto[];
  generated: GeneratedPath[];
  runs: BuildRun[];
  /** The build commands as the host and package.json write them (`npm run setup && astro build`), for reasons. */
  commands: Array<{command: string; via: string}>;
}

/** Actions that publish a site from a workflow's workspace: a job with one of them builds the site. */
const deployActions = ['actions/upload-pages-artifact', 'actions/deploy-pages', 'peaceiris/actions-gh-pages', 'JamesIves/github-pages-deploy-action', 'cloudflare/pages-action', 'cloudflare/wrangler-action', 'nwtgck/actions-netlify'];

/** Bounds on what is read: scripts followed, and how deep scripts call scripts. */
const maxScripts = 40;
const maxDepth = 6;

const cache = new Map<string, BuildScripts>();
/** Every script file a reading followed, so that the language server knows an edit to one matters. */
const scriptsRead = new Set<string>();

/** Forget what was read (the language server, after a build script changed). */
export function forgetBuildScripts(): void {
  cache.clear();
  navigationCache.clear();
  scriptsRead.clear();
  forgetWorkspacePackages();
}

/** Was this file read as a build script by a reading still remembered? */
export function isBuildScriptRead(path: string): boolean {
  return scriptsRead.has(resolve(path));
}

/** The copies and generated paths the build commands of the site at `siteRoot` make. */
export function buildScripts(siteRoot: string): BuildScripts {
  const root = resolve(siteRoot);
  let found = cache.get(root);
  if (!found) cache.set(root, (found = new Reader(root).read()));
  return found;
}

/**
 * The context a generator resolves links in, with the build's copies in place: a path inside a
 * copy that the checkout lacks is looked for in the folder it is copied from. The copies are asked
 * for only when a path is not found as it is (reading the build's commands costs milliseconds: a
 * page whose links all name files that exist, or only its own headings, never needs them).
 */
export function throughCopies(context: ResolveContext, copiesOf: () => readonly BuildCopy[]): ResolveContext {
  let known: readonly BuildCopy[] | undefined;
  const copies = (): readonly BuildCopy[] => (known ??= copiesOf());
  const inSource = (path: string): string[] => {
    const mapped: string[] = [];
    let current = path;
    // A copy of a copy (`cp -R a b; cp -R b c`) is followed a few steps, never in a cycle.
    for (let step = 0; step < 4; step++) {
      const copy = copies().find((candidate) => isWithin(current, candidate.target) && current !== candidate.source);
      if (!copy) break;
      current = copy.source + current.slice(copy.target.length);
      if (mapped.includes(current)) break;
      mapped.push(current);
    }
    return mapped;
  };
  return {
    ...context,
    firstExisting: (candidates) => {
      // The first candidate, when it exists, comes first whatever the copies map the others to.
      if (candidates.length > 0 && context.firstExisting([candidates[0]]) !== undefined) return candidates[0];
      if (copies().length === 0) return context.firstExisting(candidates);
      return context.firstExisting([...new Set(candidates.flatMap((candidate) => [candidate, ...inSource(candidate)]))]);
    },
    findExact: (absolute, folder) => {
      const own = context.findExact(absolute, folder);
      if (own?.status === 'found') return own;
      for (const mapped of inSource(absolute)) {
        const there: Resolution | undefined = context.findExact(mapped, folder);
        if (there) return there;
      }
      return own;
    },
    realPath: (absolute) => context.realPath(absolute) ?? inSource(absolute).map((mapped) => context.realPath(mapped)).find((real) => real !== undefined),
    isDirectory: (path) => context.isDirectory(path) || inSource(path).some((mapped) => context.isDirectory(mapped)),
  };
}

const copyPrograms = new Set(['cp', 'rsync', 'mv', 'copyfiles', 'cpy', 'cpx', 'ncp']);

/**
 * Why a missing site-root path may be in the built site after all: a build command copies files
 * into the site's output folder (`cp -rf landing/dist/* docs/.vitepress/dist`), which the checkout
 * cannot show. A copy of files (broughtNames) brings only their names.
 */
export function copiedIntoOutputReason(path: string, scripts: BuildScripts, outputs: readonly string[]): string | undefined {
  // A name brought may be a folder the path is in (`cp -r node_modules/reveal.js dist/` serves /reveal.js/dist/reveal.css).
  const segments = path.split('/').filter((segment) => segment !== '');
  const inOutput = (file: string): boolean => outputs.some((output) => isWithin(file, output));
  const copy = scripts.copiesInto.find((entry) => inOutput(entry.target) && (broughtNames(entry)?.some((test) => segments.some(test)) ?? true));
  return copy ? `the build copies files into the site's output folder (${copy.shown}), which may serve it; postlint does not run it` : undefined;
}

/**
 * Why a file a served folder lacks (a static root's `public/d3.js`) is written there by a copy of
 * the build (`cp node_modules/d3/dist/d3.js docs/public/`), when one is: `candidates` are the paths
 * the link may name, `served` the site's content and static roots. A copy onto a file name brings
 * that file; into a folder, each source's name (`d3.js`), or anything for a glob, a folder or a
 * name without an extension (`rsync -a dist/ public/` brings what dist/ holds). A file no copy names
 * is still missing.
 */
export function copiedIntoServedReason(candidates: readonly string[], scripts: BuildScripts, served: readonly string[]): string | undefined {
  for (const candidate of candidates) {
    if (!served.some((root) => isWithin(candidate, root))) continue;
    const copy = scripts.copiesInto.find((entry) => served.some((root) => isWithin(entry.target, root)) && brings(entry, candidate, scripts));
    if (copy) return `the build copies it into the site's sources (${copy.shown}); postlint does not run it`;
  }
  return undefined;
}

/** Does the copy put `path` in place (the file, or a folder that holds it)? */
function brings(entry: CopyInto, path: string, scripts: BuildScripts): boolean {
  // `cp a.js public/b.js`: one file onto a file name (no folder of that name exists).
  if (entry.sources.length === 1 && !isGlob(entry.sources[0]!) && extname(entry.target) !== '' && !isDirectory(entry.target)) return path === entry.target;
  if (!isWithin(path, entry.target) || path === entry.target) return false;
  const [first, ...rest] = relative(entry.target, path).split(/[\\/]/);
  if (entry.placed) return entry.placed.some((place) => landsAt(place, first!, rest, scripts));
  const tests = entry.names ? entry.names.map((name) => (each: string) => each === name) : entry.sources.map(nameTest);
  return tests.some((test) => test === undefined || test(first));
}

/**
 * Does a source placed under a copy's target put `first/rest…` in place? Its name must be `first`;
 * then a source the checkout has brings only what it holds (`examples/a.png` for `docs/examples/a.png`),
 * unless the build also writes into it; a source postlint cannot see brings anything under its name.
 */
function landsAt(place: {name: string | ((name: string) => boolean); from?: string}, first: string, rest: string[], scripts: BuildScripts): boolean {
  if (typeof place.name === 'string' ? place.name !== first : !place.name(first)) return false;
  if (place.from === undefined || writtenByBuild(place.from, scripts)) return true;
  return existsSync(join(place.from, ...rest));
}

/** Does another step of the build write into `folder` (a copy, a move, a script), so that the checkout does not show all it holds? */
function writtenByBuild(folder: string, scripts: BuildScripts): boolean {
  const touches = (path: string): boolean => isWithin(path, folder) || isWithin(folder, path);
  return scripts.copiesInto.some((entry) => touches(entry.target)) || scripts.copies.some((copy) => touches(copy.target)) || scripts.generated.some((made) => touches(made.path));
}

/**
 * Which names a copy's source lands under in the folder it is copied into (undefined: any name).
 * A plain file (a name with an extension that is no folder) brings its own name; a glob in the
 * last segment only names that match it, as the shell expands it (`cp vega.js* docs/` brings
 * `vega.js` and `vega.js.map`, never `examples/`); a folder, or a name without an extension, any.
 */
function nameTest(source: string): ((name: string) => boolean) | undefined {
  const name = basename(source);
  if (isGlob(name)) return /^\*+$/.test(name) ? undefined : picomatch(name, {dot: true});
  if (isGlob(source) || isDirectory(source) || extname(source) === '') return undefined;
  return (each) => each === name;
}

function isGlob(path: string): boolean {
  return /[*?[\]{}]/.test(path);
}

/**
 * The names a copy brings, when postlint can tell (undefined: anything), as `brings` reads them
 * (nameTest): a plain file its name (`node_modules/w/w.js`, a page the build wrote,
 * `dist/index.html`), a glob in the last segment the names it matches; one file copied onto a file
 * name (`cp dist/index.html dist/404.html`) brings only that name. A folder or a name without an
 * extension may bring anything.
 */
function broughtNames(entry: CopyInto): Array<(name: string) => boolean> | undefined {
  if (entry.placed) return entry.placed.map(({name}) => (typeof name === 'string' ? (each: string) => each === name : name));
  if (entry.names) {
    const names = entry.names.length === 1 && /\.\w+$/.test(entry.target) && !isDirectory(entry.target) ? [basename(entry.target)] : entry.names;
    return names.map((name) => (each: string) => each === name);
  }
  const tests = entry.sources.map(nameTest);
  if (tests.some((test) => test === undefined)) return undefined;
  return entry.sources.length === 1 && !isGlob(entry.sources[0]!) && /\.\w+$/.test(entry.target) && !isDirectory(entry.target) ? [(each) => each === basename(entry.target)] : (tests as Array<(name: string) => boolean>);
}

/** Why a missing target is written by a build script, when one of its candidate paths is in a generated folder. */
export function generatedReason(candidates: readonly string[], scripts: BuildScripts, siteRoot: string): string | undefined {
  for (const candidate of candidates) {
    const made = scripts.generated.find((generated) => isWithin(candidate, generated.path));
    if (made) return `generated by the build: ${made.script} writes ${shown(siteRoot, made.path)}${made.page ? '' : '/'} (run by ${made.via}); postlint does not run it`;
  }
  return undefined;
}

function shown(siteRoot: string, path: string): string {
  return toPosix(relative(siteRoot, path)) || '.';
}

/** Where a command runs and what it has set. */
interface Shell {
  cwd: string;
  vars: Map<string, string | undefined>;
  /** The package.json whose scripts `npm run x` names, when the command is one of its scripts. */
  pkg?: {dir: string; scripts: Record<string, string>};
  /** What runs this command, for messages. */
  via: string;
  depth: number;
}

class Reader {
  private readonly copies: BuildCopy[] = [];
  private readonly copiesInto: CopyInto[] = [];
  private readonly generated: GeneratedPath[] = [];
  private readonly runs: BuildRun[] = [];
  private readonly commands: Array<{command: string; via: string}> = [];
  private readonly seen = new Set<string>();

  constructor(private readonly root: string) {}

  read(): BuildScripts {
    for (const dir of configFolders(this.root)) {
      this.netlify(dir);
      this.vercel(dir);
      this.packageScripts(dir);
      this.deployWorkflows(dir);
    }
    // `seen` holds the script files followed and keys of npm scripts (which are not paths).
    for (const entry of this.seen) if (isAbsolute(entry)) scriptsRead.add(entry);
    return {copies: this.copies, copiesInto: this.copiesInto, generated: this.generated, runs: this.runs, commands: this.commands};
  }

  private netlify(dir: string): void {
    const config = readNetlifyToml(dir);
    if (config === undefined) return;
    const build = record(config.build);
    const base = typeof build?.base === 'string' ? build.base.replace(/^\/+/, '') : '';
    const cwd = join(dir, base);
    const commands = [build?.command, ...Object.values(record(config.context) ?? {}).map((context) => record(context)?.command)];
    const file = shown(this.root, join(dir, 'netlify.toml'));
    for (const command of new Set(commands)) {
      if (typeof command !== 'string') continue;
      this.commands.push({command, via: file});
      this.command(command, {cwd, vars: new Map(), via: file, depth: 0});
    }
  }

  private vercel(dir: string): void {
    const config = readJson(join(dir, 'vercel.json'));
    if (typeof config?.buildCommand !== 'string') return;
    const via = shown(this.root, join(dir, 'vercel.json'));
    this.commands.push({command: config.buildCommand, via});
    this.command(config.buildCommand, {cwd: dir, vars: new Map(), via, depth: 0});
  }

  /** The scripts whose name says they build (`build`, `docs:build`, `build:site`), as npm runs them, with their `pre` and `post` scripts. */
  private packageScripts(dir: string): void {
    const pkg = readJson(join(dir, 'package.json'));
    const scripts = record(pkg?.scripts);
    if (!scripts) return;
    const strings = Object.fromEntries(Object.entries(scripts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const file = shown(this.root, join(dir, 'package.json'));
    for (const name of Object.keys(strings)) {
      if (!name.split(':').includes('build')) continue;
      this.commands.push({command: strings[name]!, via: `${file} ${name}`});
      this.npmScript(name, {cwd: dir, vars: new Map(), pkg: {dir, scripts: strings}, via: file, depth: 0});
    }
  }

  /**
   * The GitHub Actions jobs that publish a site (a step that uploads or pushes it: deployActions):
   * their `run` steps, in order, are the build as the host makes it (`pnpm run prepublishOnly`
   * before `pnpm run docs:build`, a `cp` into `docs/public/`). Each runs in the repository root, or
   * its `working-directory` (the step's, else the job's `defaults.run`). Read as text, never run.
   */
  private deployWorkflows(dir: string): void {
    const folder = join(dir, '.github', 'workflows');
    let names: string[];
    try {
      names = readdirSync(folder).filter((name) => /\.ya?ml$/i.test(name)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const text = readFile(join(folder, name));
      if (text === undefined || !deployActions.some((action) => text.includes(action))) continue;
      let workflow: unknown;
      try {
        workflow = parseYaml(text);
      } catch {
        continue;
      }
      const via = shown(this.root, join(folder, name));
      for (const job of Object.values(record(record(workflow)?.jobs) ?? {})) {
        const steps = Array.isArray(record(job)?.steps) ? (record(job)!.steps as unknown[]).map(record) : [];
        if (!steps.some((step) => typeof step?.uses === 'string' && deployActions.some((action) => (step.uses as string).startsWith(`${action}@`)))) continue;
        const jobFolder = record(record(record(job)?.defaults)?.run)?.['working-directory'];
        for (const step of steps) {
          const run = step?.run;
          const folderOf = step?.['working-directory'] ?? jobFolder;
          if (typeof run !== 'string' || (folderOf !== undefined && (typeof folderOf !== 'string' || folderOf.includes('${{')))) continue;
          const cwd = resolve(dir, folderOf ?? '.');
          // `pnpm run docs:build` names a script of the package.json where the step runs.
          const scripts = record(readJson(join(cwd, 'package.json'))?.scripts);
          const pkg = scripts ? {pkg: {dir: cwd, scripts: Object.fromEntries(Object.entries(scripts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))}} : {};
          this.command(run, {cwd, vars: new Map(), ...pkg, via: `${via}${typeof step?.name === 'string' ? ` (${step.name})` : ''}`, depth: 0});
        }
      }
    }
  }

  private npmScript(name: string, shell: Shell): void {
    const pkg = shell.pkg!;
    const key = `npm\0${pkg.dir}\0${name}`;
    if (this.seen.has(key) || shell.depth > maxDepth) return;
    this.seen.add(key);
    // npm runs `preX`, `X`, then `postX` (npm-run-script: "pre and post commands with matching names").
    for (const script of [`pre${name}`, name, `post${name}`]) {
      const command = pkg.scripts[script];
      // The chain that runs it, for messages: `package.json docs:build → docs:prepare`.
      const via = shell.depth === 0 ? `${shown(this.root, join(pkg.dir, 'package.json'))} ${script}` : `${shell.via} → ${script}`;
      if (command !== undefined) this.command(command, {...shell, cwd: pkg.dir, vars: new Map(), via, depth: shell.depth + 1});
    }
  }

  /** A script of another package.json (a workspace package, a folder named by `-C`): followed there, when it has one. */
  private otherPackageScript(other: OtherPackageScript, shell: Shell): void {
    const scripts = record(readJson(join(other.dir, 'package.json'))?.scripts);
    if (!scripts || typeof scripts[other.script] !== 'string') return;
    const strings = Object.fromEntries(Object.entries(scripts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const via = `${shell.via} → ${shown(this.root, join(other.dir, 'package.json'))}`;
    this.npmScript(other.script, {...shell, pkg: {dir: other.dir, scripts: strings}, via, depth: shell.depth + 1});
  }

  /** One command line (`a && (cd x && b) ; c`): its simple commands in order, a subshell's `cd` ending with it. */
  private command(line: string, shell: Shell): void {
    const outer = shell.cwd;
    let cwd: string | undefined = shell.cwd;
    for (const part of line.split(/(&&|\|\||;|\||\(|\)|\n)/)) {
      if (part === ')') cwd = outer;
      if (/^(&&|\|\||;|\||\(|\)|\n)$/.test(part)) continue;
      if (cwd === undefined) return;
      cwd = this.simple(part.trim(), {...shell, cwd});
    }
  }

  /** One simple command; returns the working folder after it (undefined: a `cd` postlint cannot follow). */
  private simple(text: string, shell: Shell): string | undefined {
    const words = this.words(text, shell.vars);
    // A copy's sources may be globs (`cp -rf a/dist/* site/dist`): its destination is still plain.
    this.copyInto(words ?? this.words(text, shell.vars, true), shell, text);
    if (words === undefined) return /^cd\b/.test(text) ? undefined : shell.cwd;
    if (words.length === 0) return shell.cwd;
    // `NAME=value cmd`: the environment of one command.
    while (words.length > 0 && /^[A-Za-z_]\w*=/.test(words[0]!)) words.shift();
    const [program, ...args] = words;
    if (program === undefined) return shell.cwd;
    const name = basename(program);
    if (name === 'cd') return args.length === 1 && !args[0]!.startsWith('-') ? resolve(shell.cwd, args[0]!) : undefined;
    const others = ['npm', 'pnpm', 'yarn'].includes(name) ? otherPackageScripts(name, args, shell.cwd) : undefined;
    if (name === 'cp') this.cp(args, shell, text);
    else if (name === 'rsync') this.rsync(args, shell, text);
    else if (['bash', 'sh', 'zsh', 'source', '.'].includes(name)) {
      const script = args.find((arg) => !arg.startsWith('-'));
      if (script !== undefined) this.shellScript(resolve(shell.cwd, script), shell);
    } else if (/\.(ba)?sh$/.test(program) && (program.includes('/') || program.endsWith('.sh'))) this.shellScript(resolve(shell.cwd, program), shell);
    else if (['node', 'tsx', 'ts-node', 'bun', 'esno', 'vite-node', 'jiti'].includes(name) || (name === 'npx' && ['tsx', 'ts-node', 'esno', 'vite-node', 'jiti'].includes(args[0] ?? ''))) {
      const script = (name === 'npx' ? args.slice(1) : args).find((arg) => !arg.startsWith('-'));
      if (script !== undefined && /\.[cm]?[jt]s$/.test(script)) this.nodeScript(resolve(shell.cwd, script), shell, shell.cwd);
    } else if (others !== undefined) {
      // `pnpm --filter docs run build`, `npm run build -w docs`, `yarn workspace docs build`: that package's script.
      for (const other of others) this.otherPackageScript(other, shell);
    } else if (shell.pkg && ['npm', 'pnpm', 'yarn', 'bun'].includes(name)) {
      // `npm run x`, `pnpm x`, `pnpm run x`, `yarn x`: a script of the same package.json.
      if (args.some((arg) => arg.startsWith('-'))) return shell.cwd;
      const script = args[0] === 'run' || args[0] === 'run-script' ? args[1] : name === 'npm' ? undefined : args[0];
      if (script !== undefined && shell.pkg.scripts[script] !== undefined) this.npmScript(script, shell);
    } else if (this.runs.length < maxScripts) this.runs.push({program: name, args, cwd: shell.cwd, via: shell.via});
    return shell.cwd;
  }

  /**
   * The words of a simple command, quotes removed and `$NAME`/`${NAME}` filled in from what the
   * script set; undefined when a word holds what postlint cannot know (a command's output, an
   * unset variable, a glob).
   */
  private words(text: string, vars: Map<string, string | undefined>, keepGlobs = false): string[] | undefined {
    if (/`|\$\(/.test(text)) return undefined;
    const words: string[] = [];
    for (const match of text.matchAll(/(?:"[^"]*"|'[^']*'|[^\s"']+)+/g)) {
      let word = '';
      for (const piece of match[0].matchAll(/"([^"]*)"|'([^']*)'|([^"']+)/g)) {
        if (piece[2] !== undefined) {
          word += piece[2];
          continue;
        }
        const raw = piece[1] ?? piece[3] ?? '';
        let unknown = false;
        word += raw.replace(/\$(?:\{(\w+)\}|(\w+))/g, (_all, braced: string | undefined, bare: string | undefined) => {
          const value = vars.get((braced ?? bare)!);
          if (value === undefined) unknown = true;
          return value ?? '';
        });
        if (unknown || (!keepGlobs && piece[3] !== undefined && /[*?[\]{}]/.test(raw))) return undefined;
      }
      words.push(word);
    }
    return words;
  }

  /**
   * A command that copies or moves files into a folder (`cp`, `rsync`, `mv`, `copyfiles`, `cpy`,
   * `cpx`, `ncp`, through `npx`/`shx`): its last operand is where they land. `-t DIR`, a remote
   * `host:path` or a destination with a glob is passed over.
   */
  private copyInto(words: string[] | undefined, shell: Shell, text: string): void {
    if (words === undefined || this.copiesInto.length >= maxScripts) return;
    const rest = words.filter((word, i) => i > 0 || !/^[A-Za-z_]\w*=/.test(word));
    while (rest.length > 1 && ['npx', 'pnpx', 'shx', 'bunx'].includes(basename(rest[0]!))) rest.shift();
    const [program, ...args] = rest;
    if (program === undefined || !copyPrograms.has(basename(program))) return;
    if (args.some((arg) => arg === '-t' || arg.startsWith('--target-directory') || arg.startsWith('--out'))) return;
    const operands = args.filter((arg) => !arg.startsWith('-'));
    const destination = operands.at(-1);
    if (operands.length < 2 || destination === undefined || /[*?[\]{}]/.test(destination) || /^[^/]*:/.test(destination)) return;
    const sources = operands.slice(0, -1).map((operand) => resolve(shell.cwd, operand));
    // cp without -r/-R/-a copies no folder ("omitting directory"): its plain sources are files, each bringing its name,
    // whether the checkout has them or an earlier step writes them (`cp node_modules/w/w.js dist/` brings w.js only).
    const flatCp = basename(program) === 'cp' && !args.some((arg) => arg === '--recursive' || arg === '--archive' || (/^-[a-zA-Z]+$/.test(arg) && /[rRa]/.test(arg)));
    const files = sources.every((source) => !/[*?[\]{}]/.test(source) && (flatCp || (existsSync(source) && !isDirectory(source))));
    const target = resolve(shell.cwd, destination);
    const placed = placedSources(basename(program), args, target, shell.cwd);
    this.copiesInto.push({target, ...(files ? {names: sources.map((source) => basename(source))} : {}), ...(placed ? {placed} : {}), sources, shown: `${shell.via}: ${text.trim()}`});
  }

  /** `cp -R A B` (also `-r`, `-a`, `--recursive`): B, when the checkout lacks it, becomes a copy of A. */
  private cp(args: string[], shell: Shell, text: string): void {
    const flags = args.filter((arg) => arg.startsWith('-'));
    const operands = args.filter((arg) => !arg.startsWith('-'));
    const recursive = flags.some((flag) => flag === '--recursive' || flag === '--archive' || (/^-[a-zA-Z]+$/.test(flag) && /[rRa]/.test(flag)));
    // Only flags that keep a plain copy (`-f`, `-p`, `-v`, `-L`…): `-t`, `-T`, `--parents`, `-u` change what lands where.
    const plain = flags.every((flag) => /^-[rRafpvLHPd]+$/.test(flag) || ['--recursive', '--archive', '--force', '--verbose', '--dereference'].includes(flag));
    // `cp -r A out/` means "into out/", which an earlier command may have made (the generator's output): not certain.
    if (!recursive || !plain || operands.length !== 2 || operands[1]!.endsWith('/')) return;
    const source = resolve(shell.cwd, operands[0]!);
    const target = resolve(shell.cwd, operands[1]!);
    // Onto a folder that exists, cp puts A inside it (B/A); postlint reads only the plain case, and only copies inside the site.
    if (!isDirectory(source) || existsSync(target) || isWithin(target, source) || !isWithin(target, this.root) || !isDirectory(dirname(target))) return;
    this.copies.push({source, target, overlay: false, shown: `${shell.via}: ${text.trim()}`});
  }

  /** `rsync -a A/ B/` makes B hold A's files; `rsync -a A B` makes B/A a copy of A. Filters are passed over. */
  private rsync(args: string[], shell: Shell, text: string): void {
    const flags = args.filter((arg) => arg.startsWith('-'));
    const operands = args.filter((arg) => !arg.startsWith('-'));
    const recursive = flags.some((flag) => flag === '--archive' || flag === '--recursive' || (/^-[a-zA-Z]+$/.test(flag) && /[ar]/.test(flag)));
    if (!recursive || operands.length !== 2 || flags.some((flag) => /^--(exclude|include|filter|files-from|relative)|^-[a-zA-Z]*R/.test(flag)) || operands.some((operand) => operand.includes(':'))) return;
    const source = resolve(shell.cwd, operands[0]!);
    let target = resolve(shell.cwd, operands[1]!);
    if (!operands[0]!.endsWith('/')) target = join(target, basename(source));
    if (!isDirectory(source) || isWithin(target, source) || !isWithin(target, this.root)) return;
    this.copies.push({source, target, overlay: existsSync(target), shown: `${shell.via}: ${text.trim()}`});
  }

  /** A shell script: its top-level lines in order, with the variables it sets to plain values. */
  private shellScript(path: string, shell: Shell): void {
    if (this.seen.has(path) || this.seen.size > maxScripts || shell.depth > maxDepth) return;
    this.seen.add(path);
    const text = readFile(path);
    if (text === undefined) return;
    const via = `${shown(this.root, path)}`;
    const inner: Shell = {...shell, vars: new Map(shell.vars), via, depth: shell.depth + 1};
    let nesting = 0;
    let cwd: string | undefined = shell.cwd;
    for (const raw of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line === '') continue;
      // Inside a condition, a loop or a function a command may not run: only the top level is certain.
      const opens = /^(if|for|while|until|case|select)\b/.test(line) || /^(function\s+\w+|\w+\s*\(\s*\))\s*\{?$/.test(line) || line === '{';
      const closes = /^(fi|done|esac|\})\b/.test(line);
      // `if …; then …; fi` on one line opens and closes: passed over as a whole.
      if (opens && /\b(fi|done|esac)\s*$|\}\s*$/.test(line)) continue;
      if (opens) nesting++;
      if (closes) nesting = Math.max(0, nesting - 1);
      if (opens || closes || nesting > 0) continue;
      const assignment = /^(?:export\s+|readonly\s+|declare\s+)?([A-Za-z_]\w*)=(.*)$/.exec(line);
      if (assignment) {
        const value = this.words(assignment[2]!, inner.vars);
        // Set twice to different values, or to what postlint cannot know: unknown from here on.
        inner.vars.set(assignment[1]!, value && value.length <= 1 ? (value[0] ?? '') : undefined);
        continue;
      }
      if (cwd === undefined) return;
      const before: string = cwd;
      let after: string | undefined = before;
      const parts = line.split(/(&&|;)/).filter((part) => part !== '&&' && part !== ';');
      // `a || b`, pipes and subshells: read as one command line (a `cd` in them does not carry over).
      if (/\|\||\||\(|\)/.test(line)) this.command(line, {...inner, cwd: before});
      else for (const part of parts) after = after === undefined ? undefined : this.simple(part.trim(), {...inner, cwd: after});
      cwd = after;
    }
  }

  /**
   * A Node script: when it writes files, each path it names by literals (`'src/docs/api'`,
   * `join('src', 'docs', 'api')`) from the folder it runs in that is inside the site and not in
   * the checkout is made by it. The scripts it imports by a relative path are read too.
   */
  private nodeScript(path: string, shell: Shell, cwd: string): void {
    const file = [path, ...tsTwins(path)].find((candidate) => existsSync(candidate));
    if (file === undefined || this.seen.has(file) || this.seen.size > maxScripts || shell.depth > maxDepth) return;
    this.seen.add(file);
    const text = readFile(file);
    if (text === undefined) return;
    if (/\b(writeFile|writeFileSync|outputFile|outputFileSync|mkdir|mkdirSync|copyFile|copyFileSync|cpSync|createWriteStream)\b/.test(text)) {
      for (const literal of pathLiterals(text)) {
        const target = resolve(cwd, literal);
        if (!isWithin(target, this.root) || target === this.root || existsSync(target)) continue;
        // A path starts in a folder that is there (`src/…`); `'application/json'` is no path.
        const first = literal.replace(/^\.\//, '').split('/')[0]!;
        if (first !== '..' && !isDirectory(resolve(cwd, first))) continue;
        if (this.generated.some((generated) => isWithin(target, generated.path))) continue;
        this.generated.push({path: target, script: shown(this.root, file), via: shell.via});
      }
    }
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      this.nodeScript(resolve(dirname(file), match[1]!), {...shell, depth: shell.depth + 1}, cwd);
    }
  }
}

/**
 * Where `cp`/`mv` put each source when the destination is certainly a folder (several sources, or
 * one the checkout has): `DEST/basename(SRC)`, a folder with its whole tree. Undefined when that is
 * not certain: one source onto a path the checkout lacks (`cp -r a b` makes b a copy of a), flags
 * that change where files land (`-T`, `--parents`, `-t`), a source's contents (`a/.`), a glob
 * that may match anything (`a/*`).
 */
function placedSources(program: string, args: string[], target: string, cwd: string): CopyInto['placed'] {
  if (program !== 'cp' && program !== 'mv') return undefined;
  const flags = args.filter((arg) => arg.startsWith('-'));
  const operands = args.filter((arg) => !arg.startsWith('-')).slice(0, -1);
  const plain = flags.every((flag) => /^-[rRafpvLHPdni]+$/.test(flag) || ['--recursive', '--archive', '--force', '--verbose', '--dereference', '--no-clobber', '--interactive'].includes(flag));
  if (!plain || operands.length === 0 || (operands.length === 1 && !isDirectory(target))) return undefined;
  const placed: NonNullable<CopyInto['placed']> = [];
  for (const operand of operands) {
    const source = resolve(cwd, operand);
    const name = basename(source);
    if (/(^|\/)\.{1,2}\/*$/.test(operand) || /^\*+$/.test(name)) return undefined;
    if (isGlob(name)) placed.push({name: picomatch(name, {dot: true})});
    else placed.push({name, ...(!isGlob(source) && existsSync(source) ? {from: source} : {})});
  }
  return placed;
}

/** The TypeScript source of a `.js`/`.mjs` import, as TypeScript's module resolution maps it. */
function tsTwins(path: string): string[] {
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  if (ext === '.js') return [`${stem}.ts`, `${stem}.tsx`];
  if (ext === '.mjs') return [`${stem}.mts`];
  if (ext === '.cjs') return [`${stem}.cts`];
  return ext === '' ? ['.ts', '.mts', '.js', '.mjs'].map((candidate) => path + candidate) : [];
}

/** Relative paths a script spells with literals only: `'a/b'` strings and `join('a', 'b')`/`resolve('a', 'b')` calls. */
function pathLiterals(text: string): string[] {
  const literal = String.raw`(?:'[^'\n$]*'|"[^"\n$]*")`;
  const found: string[] = [];
  const calls = new RegExp(String.raw`\b(?:path\.)?(?:join|resolve)\(\s*(${literal}(?:\s*,\s*${literal})*)\s*\)`, 'g');
  for (const match of text.matchAll(calls)) {
    const parts = [...match[1]!.matchAll(new RegExp(literal, 'g'))].map((part) => part[0].slice(1, -1));
    found.push(join(...parts));
  }
  for (const match of text.matchAll(new RegExp(literal, 'g'))) {
    const value = match[0].slice(1, -1);
    if (value.includes('/')) found.push(value);
  }
  return [...new Set(found.filter((value) => value !== '' && !/^[a-z][a-z\d+.-]*:|^\/|[\s*?<>|{}]|\.\.\.$/i.test(value)))];
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

const navigationCache = new Map<string, Map<string, string>>();

/**
 * Why a site-root path no page answers is made by the build, when the site's own navigation names
 * it: a `link`/`href`/`url` value in the generator's config file(s) (a VitePress sidebar, a Hugo
 * menu), compared without a trailing slash, `/index` or a `.html`/`.md` ending.
 */
export function navigationReason(path: string, site: SiteInfo): string | undefined {
  const files = [...new Set([...(site.configFile ? [site.configFile] : []), ...(site.configFiles ?? [])])];
  const key = files.join('\0');
  let named = navigationCache.get(key);
  if (!named) {
    navigationCache.set(key, (named = new Map()));
    for (const file of files) {
      const text = readFile(file);
      if (text === undefined) continue;
      for (const match of text.matchAll(/\b(?:link|href|url)\s*[:=]\s*['"]?(\/[^'"#?\s,}]*)/g)) {
        const bare = navigationKey(match[1]!);
        if (bare !== '' && !named.has(bare)) named.set(bare, shown(site.root, file));
      }
    }
  }
  const file = named.get(navigationKey(path.replace(/[?#].*$/, '')));
  return file === undefined ? undefined : `the site's own navigation names it (${file}) but no page is there: a page the build makes, which postlint does not see`;
}

function navigationKey(path: string): string {
  return path.replace(/(?:\/index)?(?:\.html?|\.md)?\/*$/i, '');
}

/**
 * The command that builds the site, for a reason: package.json's own `build` script (what the host's
 * `npm run build` runs) before a host's or another script's command.
 */
export function buildCommand(scripts: BuildScripts): {command: string; via: string} | undefined {
  return scripts.commands.find((entry) => / build$/.test(entry.via)) ?? scripts.commands[0];
}
