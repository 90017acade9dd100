/**
 * Folders a site's build command copies before the generator runs (a "latest" docs version made
 * by `cp -R content/v2.3 content/latest` in the script the host runs): links into the copy name
 * the pages of the folder it is copied from.
 *
 * Read as text, never run: the host's build command (netlify.toml `command`, in `[build]` and in
 * each `[context.*]`, run in `build.base`) and the shell scripts it runs (`bash x.sh`, `sh x.sh`,
 * `./x.sh`); in them, `cp` with `-R`, `-r` or `-a` of one relative folder to another, after the
 * script's own plain assignments (`VER="2.3"`, then `$VER` or `${VER}`). Anything else a script
 * does (loops, other tools, computed names) is not followed.
 */
import {dirname, join, resolve} from 'node:path';
import {parse as parseToml} from 'smol-toml';
import {readSmallFileIfAny} from '../read-text.js';
import {isBelow} from '../paths.js';

export interface BuildCopy {
  /** The folder copied, absolute. */
  from: string;
  /** Where the copy is made, absolute. */
  to: string;
  /** The file that says so (the script or netlify.toml), absolute. */
  by: string;
}

const cache = new Map<string, BuildCopy[]>();

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The build commands of a netlify.toml: `[build]` and every `[context.*]`. */
function netlifyCommands(text: string): {commands: string[]; base: string} {
  let data: unknown;
  try {
    data = parseToml(text);
  } catch {
    return {commands: [], base: '.'};
  }
  if (!isObject(data)) return {commands: [], base: '.'};
  const build = isObject(data.build) ? data.build : {};
  const commands = [build.command, ...Object.values(isObject(data.context) ? data.context : {}).map((context) => (isObject(context) ? context.command : undefined))];
  return {commands: commands.filter((command): command is string => typeof command === 'string'), base: typeof build.base === 'string' ? build.base.replace(/^\/+/, '') || '.' : '.'};
}

/** The `cp -R from to` steps of one command text, with the text's own plain variables expanded. */
function copiesIn(text: string, cwd: string, by: string): BuildCopy[] {
  const variables = new Map<string, string>();
  const copies: BuildCopy[] = [];
  for (const raw of text.split(/\r?\n|&&|;/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    const assignment = /^(?:export\s+)?([A-Za-z_]\w*)=(?:"([^"$`]*)"|'([^']*)'|([^\s"'$`]*))$/.exec(line);
    if (assignment) {
      variables.set(assignment[1]!, assignment[2] ?? assignment[3] ?? assignment[4] ?? '');
      continue;
    }
    const expanded = line.replace(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (whole, braced?: string, bare?: string) => variables.get((braced ?? bare)!) ?? whole);
    const copy = /^cp\s+(?:-[A-Za-z]*[Rra][A-Za-z]*\s+)+(["']?)([^\s"'$`*]+)\1\/?\s+(["']?)([^\s"'$`*]+)\3\/?$/.exec(expanded);
    if (!copy || copy[2]!.startsWith('/') || copy[4]!.startsWith('/')) continue;
    copies.push({from: resolve(cwd, copy[2]!), to: resolve(cwd, copy[4]!), by});
  }
  return copies;
}

/** The folders the site's build copies (netlify.toml in the site folder or in `top`, the project's top). */
export function buildCopies(siteRoot: string, top?: string): BuildCopy[] {
  const key = `${siteRoot}\0${top ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const copies: BuildCopy[] = [];
  for (const dir of [...new Set([siteRoot, ...(top ? [top] : [])])]) {
    const file = join(dir, 'netlify.toml');
    const text = readSmallFileIfAny(file);
    if (text === undefined) continue;
    const {commands, base} = netlifyCommands(text);
    const cwd = resolve(dir, base);
    const scripts = new Set<string>();
    for (const command of commands) {
      copies.push(...copiesIn(command, cwd, file));
      for (const match of command.matchAll(/(?:^|&&|;)\s*(?:(?:bash|sh)\s+|\.\/)([\w./-]+\.sh)\b/g)) scripts.add(resolve(cwd, match[1]!));
    }
    for (const script of scripts) {
      if (!isBelow(script, dir) && dirname(script) !== dir) continue;
      const body = readSmallFileIfAny(script);
      if (body !== undefined) copies.push(...copiesIn(body, cwd, script));
    }
  }
  const unique = copies.filter((copy, i) => copies.findIndex((other) => other.from === copy.from && other.to === copy.to) === i);
  cache.set(key, unique);
  return unique;
}
