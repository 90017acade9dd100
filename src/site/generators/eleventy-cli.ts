/**
 * Eleventy's folders given on its command line (`eleventy --input=./docs --output=public` in a
 * package.json script). The CLI's `--input`/`--output` set the project's folders as `dir.input`/
 * `dir.output` would (11ty/eleventy cmd.cjs → Eleventy's ProjectDirectories). postlint reads the
 * scripts as text: when they agree on one folder it is the site's; when they disagree the site's
 * folder cannot be told, and the config's (or the default) is kept with a note saying so.
 * `--config=_build/eleventy.js` names the config file in place of the default names (cmd.cjs →
 * `new Eleventy(input, output, {configPath})`): when every Eleventy run of the scripts gives the
 * same one, that file is the site's config.
 */
import {join} from 'node:path';
import {readText} from './common.js';

/** An Eleventy run in a script: `eleventy`, `npx @11ty/eleventy`, `npx eleventy`; up to the next `&&`, `;` or `|`. */
const run = /(?:^|[\s;&|(])(?:npx\s+(?:--yes\s+|-y\s+)?)?(?:@11ty\/)?eleventy(?=\s|$)([^;&|]*)/g;

function option(args: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)--${name}(?:=|\\s+)(?:"([^"]*)"|'([^']*)'|([^\\s'"]+))`).exec(args);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export interface CliFolders {
  /** The one folder the scripts give, if they agree. */
  input?: string;
  output?: string;
  /** The config file every run names with `--config` (as written, relative to the package), if they all name the same one. */
  config?: string;
  /** What the scripts say when they disagree, for --verbose. */
  notes: string[];
}

/** Folders the site's package.json scripts give Eleventy on its command line. */
export function eleventyCliFolders(root: string): CliFolders {
  let scripts: unknown;
  try {
    scripts = (JSON.parse(readText(join(root, 'package.json')) ?? '{}') as {scripts?: unknown}).scripts;
  } catch {
    return {notes: []};
  }
  if (typeof scripts !== 'object' || scripts === null) return {notes: []};
  const given: Record<'input' | 'output', Map<string, string[]>> = {input: new Map(), output: new Map()};
  const configs = new Set<string>();
  let withoutConfig = 0;
  for (const [name, command] of Object.entries(scripts as Record<string, unknown>)) {
    if (typeof command !== 'string') continue;
    for (const match of command.matchAll(run)) {
      const config = option(match[1] ?? '', 'config');
      if (config === undefined) withoutConfig++;
      else configs.add(config.replace(/^(?:\.\/+)+/, ''));
      for (const key of ['input', 'output'] as const) {
        const value = option(match[1] ?? '', key);
        if (value === undefined) continue;
        const folder = value.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
        given[key].set(folder, [...(given[key].get(folder) ?? []), name]);
      }
    }
  }
  const folders: CliFolders = {notes: []};
  // A run without `--config` reads the default names: then the scripts name no one config.
  if (configs.size === 1 && withoutConfig === 0) folders.config = [...configs][0];
  for (const key of ['input', 'output'] as const) {
    const values = [...given[key].keys()];
    if (values.length === 1) folders[key] = values[0];
    else if (values.length > 1) folders.notes.push(`package.json scripts give Eleventy different --${key} folders (${[...given[key]].map(([folder, names]) => `${folder} in ${names.join(', ')}`).join('; ')}); the config's is kept`);
  }
  return folders;
}
