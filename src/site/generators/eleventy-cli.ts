/**
 * Eleventy's folders given on its command line (`eleventy --input=./docs --output=public` in a
 * package.json script). The CLI's `--input`/`--output` set the project's folders as `dir.input`/
 * `dir.output` would (11ty/eleventy cmd.cjs → Eleventy's ProjectDirectories). postlint reads the
 * scripts as text: when they agree on one folder it is the site's; when they disagree the site's
 * folder cannot be told, and the config's (or the default) is kept with a note saying so.
 * `--config=_build/eleventy.js` (or `--config _build/eleventy.js`) names the config file in place
 * of the default names (cmd.cjs → `new Eleventy(input, output, {configPath})`); a run without it
 * reads the first default name that exists (TemplateConfig.getLocalProjectConfigFile), or no config
 * at all. When the runs read one config file between them, that file is the site's config: a
 * `debug` script that runs a bare `eleventy` where no default-named file exists reads none, and
 * names no other.
 */
import {dirname, join, posix, resolve} from 'node:path';
import {isFile} from './common.js';
import {heldExists, heldJson} from './held-reads.js';

/**
 * The names Eleventy looks for a config under, in its order (TemplateConfig projectConfigPaths):
 * 1.x–2.x `.eleventy.js`, `eleventy.config.js`, `eleventy.config.cjs`; 3.x adds
 * `eleventy.config.mjs`; 4.x tries `buildawesome.config.*` first and the TypeScript extensions
 * (`.ts`, `.mts`, `.cts`) where Node strips types (FilePathUtil expandEligibleJavaScriptFilePaths).
 * `.eleventy.js` "intentionally has never included other JS extensions": `.eleventy.ts`,
 * `.eleventy.cjs` and `.eleventy.mjs` are read only when a script names them with `--config`; they
 * still say Eleventy, so they come last. With no script naming a config, every name here is tried,
 * whatever the Eleventy version: a bare 3.x run reads neither `.eleventy.ts` nor the TypeScript
 * defaults, but a folder that keeps such a file almost surely builds with it (a script postlint
 * cannot read, a 4.x run), so it is taken as the config all the same.
 */
const javaScript = ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'];
export const defaultConfigNames = [...javaScript.map((ext) => `buildawesome.config.${ext}`), '.eleventy.js', ...javaScript.map((ext) => `eleventy.config.${ext}`)];
/** Names only `--config` makes Eleventy read, but that no other tool uses: a site's config all the same. */
const namedOnlyByCli = ['.eleventy.ts', '.eleventy.cjs', '.eleventy.mjs', '.eleventy.mts', '.eleventy.cts'];
export const configNames = [...defaultConfigNames, ...namedOnlyByCli];

/**
 * An Eleventy run in a script, up to the next `&&`, `;` or `|`: `eleventy`, `npx eleventy`,
 * `npx @11ty/eleventy@3.0.0` (a version), and the binary by its path, as a TypeScript setup runs
 * it under `tsx` (`tsx node_modules/.bin/eleventy`, `node node_modules/@11ty/eleventy/cmd.cjs`).
 */
const run = /(?:^|[\s;&|(])(?:npx\s+(?:--yes\s+|-y\s+)?)?(?:[^\s;&|()]*node_modules\/(?:\.bin\/)?)?(?:@11ty\/)?eleventy(?:@[\w.^~-]+|\/cmd\.c?js)?(?=\s|$)([^;&|]*)/g;
/** A `cd` that opens a command of the chain (`cd docs && …`, `…; cd site; …`), with its folder. */
const cdCommand = /(?:^|&&|;)\s*cd\s+("[^"]*"|'[^']*'|[^\s;&|()]+)\s*(?=&&|;|$)/g;

/**
 * The folder a run works in, relative to the package's: the `cd`s of its own command chain before
 * it (a parenthesised subshell before it, `(cd assets && npm run css) && eleventy`, has its own);
 * `.` with none; undefined when a `cd` names no literal relative folder (`cd $DIR`, `cd ~/site`).
 */
function workFolder(before: string): string | undefined {
  let chain = before;
  // Subshells closed before the run are other chains; an open one is where the run's chain starts.
  for (let previous = ''; previous !== chain; ) {
    previous = chain;
    chain = chain.replace(/\([^()]*\)/g, ' ');
  }
  chain = chain.slice(chain.lastIndexOf('(') + 1);
  // A pipe or `||` starts another command whose folder is its own.
  chain = chain.split(/\|\|?/).at(-1) ?? '';
  const parts: string[] = [];
  for (const cd of chain.matchAll(cdCommand)) {
    const folder = cd[1]!.replace(/^(["'])(.*)\1$/, '$2');
    if (!/^[\w.@+-][\w.@+/-]*$/.test(folder) || folder.startsWith('/')) return undefined;
    parts.push(folder);
  }
  return parts.length === 0 ? '.' : posix.join(...parts);
}

function option(args: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)--${name}(?:=|\\s+)(?:"([^"]*)"|'([^']*)'|([^\\s'"]+))`).exec(args);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export interface CliFolders {
  /** The one folder the scripts give, if they agree. */
  input?: string;
  output?: string;
  /** The one config file the runs read between them (`--config`'s, as written without `./`, or a default name), if only one. */
  config?: string;
  /** Does a script run Eleventy in this folder (the package's own, not after a `cd`; or a package's above after `cd <this folder>`)? */
  runs: boolean;
  /** What the scripts say when they disagree, for --verbose. */
  notes: string[];
}

/** How many folders above are looked at for a package.json whose scripts `cd` into this one. */
const packageDepth = 3;

/**
 * Every Eleventy run of the package.json scripts in `start` and the folders above it (`folders` of them
 * at most, up to the repository's top), with the folder it works in (its package's own, or where a
 * `cd` before it goes) and its arguments.
 */
function* eleventyRunsFrom(start: string, folders: number): Generator<{name: string; args: string; cwd: string}> {
  let folder = start;
  for (let level = 0; level < folders; level++) {
    // Each folder's manifest is read and parsed once a run, however many folders below ask (held-reads.ts).
    const manifest = heldJson(join(folder, 'package.json'));
    const scripts = typeof manifest === 'object' && manifest !== null ? (manifest as {scripts?: unknown}).scripts : undefined;
    if (typeof scripts === 'object' && scripts !== null) {
      for (const [name, command] of Object.entries(scripts as Record<string, unknown>)) {
        if (typeof command !== 'string') continue;
        for (const match of command.matchAll(run)) {
          const cd = workFolder(command.slice(0, match.index));
          if (cd !== undefined) yield {name, args: match[1] ?? '', cwd: resolve(folder, cd)};
        }
      }
    }
    const parent = dirname(folder);
    // The repository's top (`.git`, a folder or a worktree's file) ends the walk.
    if (parent === folder || heldExists(join(folder, '.git'))) break;
    folder = parent;
  }
}

/** The package.json scripts' Eleventy runs that work in `root` (its own, or after a `cd` into it from a package above), each as script name and arguments. */
function runsIn(root: string): Array<{name: string; args: string}> {
  const found: Array<{name: string; args: string}> = [];
  for (const {name, args, cwd} of eleventyRunsFrom(root, packageDepth + 1)) if (cwd === root) found.push({name, args});
  return found;
}

/** Folders the site's package.json scripts give Eleventy on its command line. */
export function eleventyCliFolders(root: string): CliFolders {
  const given: Record<'input' | 'output', Map<string, string[]>> = {input: new Map(), output: new Map()};
  // The config file each run reads: `--config`'s when it exists, else the first default name that does.
  const configs = new Set<string>();
  const defaultConfig = defaultConfigNames.find((name) => isFile(join(root, name)));
  const runs = runsIn(root);
  for (const {name, args} of runs) {
    const config = option(args, 'config')?.replace(/^(?:\.\/+)+/, '');
    const read = config === undefined ? defaultConfig : isFile(join(root, config)) ? config : undefined;
    if (read !== undefined) configs.add(read);
    for (const key of ['input', 'output'] as const) {
      const value = option(args, key);
      if (value === undefined) continue;
      const folder = value.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
      given[key].set(folder, [...(given[key].get(folder) ?? []), name]);
    }
  }
  const folders: CliFolders = {notes: [], runs: runs.length > 0};
  if (configs.size === 1) folders.config = [...configs][0];
  for (const key of ['input', 'output'] as const) {
    const values = [...given[key].keys()];
    if (values.length === 1) folders[key] = values[0];
    else if (values.length > 1) folders.notes.push(`package.json scripts give Eleventy different --${key} folders (${[...given[key]].map(([folder, names]) => `${folder} in ${names.join(', ')}`).join('; ')}); the config's is kept`);
  }
  return folders;
}

/**
 * The folder Eleventy runs in when a package.json script in a folder above the config's names it
 * with `--config` (`npx @11ty/eleventy --config=./website/.eleventy.js` in the repository's
 * package.json): Eleventy resolves `dir.input`, `dir.output` and `--input` from the folder it runs
 * in (ProjectDirectories keeps them as `./`-relative paths, read against the working directory;
 * Eleventy docs "Configuration", 11ty/eleventy#232), not from the config's folder. Undefined when
 * no script above names this config file.
 */
export function projectRootNaming(configFile: string): string | undefined {
  for (const {args, cwd} of eleventyRunsFrom(dirname(dirname(configFile)), packageDepth)) {
    const config = option(args, 'config');
    if (config !== undefined && resolve(cwd, config) === configFile && cwd !== dirname(configFile)) return cwd;
  }
  return undefined;
}
