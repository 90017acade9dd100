import {dirname, join, resolve} from 'node:path';
import {parse, TomlError} from 'smol-toml';
import {readSideFile} from '../read-text.js';
import {UsageError} from '../errors.js';
import {projectTop} from '../site/project-top.js';

/**
 * What a site that checks its spelling with crate-ci/typos already says about its words. typos
 * (docs/reference.md, crates/typos-cli/src/config.rs and dict.rs) reads the first of these files
 * that holds its config, in the nearest folder that has one: `typos.toml`, `_typos.toml`,
 * `.typos.toml`, `Cargo.toml` (`[workspace.metadata.typos]`, else `[package.metadata.typos]`)
 * and `pyproject.toml` (`[tool.typos]`). Its `extend-words` tables map a typo to its correction;
 * "when the correction is the key, the word is always valid" (`ratatui = "ratatui"`), in any
 * case (typos looks words up case-insensitively). Other entries name typos, not words; they are
 * left to typos. Read: `[default.extend-words]` and `[type.md.extend-words]` (typos' `md` type
 * holds every Markdown extension, `.mdx` too).
 */
export const typosFiles = ['typos.toml', '_typos.toml', '.typos.toml', 'Cargo.toml', 'pyproject.toml'];

/** The typos config held by one file's parsed TOML, or undefined when the file holds none. */
function typosSection(name: string, data: Record<string, unknown>): Record<string, unknown> | undefined {
  if (name === 'Cargo.toml') return table(table(table(data.workspace)?.metadata)?.typos) ?? table(table(table(data.package)?.metadata)?.typos);
  if (name === 'pyproject.toml') return table(table(data.tool)?.typos);
  return data;
}

function table(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The words one typos config declares valid: keys mapped to themselves. */
function validWords(config: Record<string, unknown>): string[] {
  const words: string[] = [];
  for (const engine of [table(config.default), table(table(table(config.type)?.md))]) {
    const extend = table(engine?.['extend-words']);
    for (const [typo, correction] of Object.entries(extend ?? {})) {
      if (correction === typo && /\p{L}/u.test(typo)) words.push(typo);
    }
  }
  return words;
}

/** The folders looked in: the site root, then each folder above it up to its project's top. */
export function folders(root: string): string[] {
  const start = resolve(root);
  const top = projectTop(start);
  const list = [start];
  if (top === undefined) return list;
  for (let dir = start; dir !== top && dirname(dir) !== dir; ) {
    dir = dirname(dir);
    list.push(dir);
  }
  return list;
}

/** The files whose change changes what `typosConfigWords(root)` reads. */
export function typosConfigInputs(root: string): string[] {
  return folders(root).flatMap((dir) => typosFiles.map((name) => join(dir, name)));
}

/** The words the nearest typos config of a site accepts; none without one. A config that is no TOML is a usage error. */
export function typosConfigWords(root: string): string[] {
  for (const dir of folders(root)) {
    for (const name of typosFiles) {
      const path = join(dir, name);
      const read = readSideFile(path);
      if ('problem' in read) {
        if (read.code === 'ENOENT' || read.code === 'ENOTDIR') continue;
        throw new UsageError(`cannot read ${path} (${read.problem})`);
      }
      let data: Record<string, unknown>;
      try {
        data = parse(read.text) as Record<string, unknown>;
      } catch (error) {
        // A Cargo.toml or pyproject.toml is another tool's file: typos would fail on it too, but it is not ours to judge.
        if (name === 'Cargo.toml' || name === 'pyproject.toml') continue;
        const why = error instanceof TomlError ? `line ${error.line}, column ${error.column}` : String(error);
        throw new UsageError(`${path}: not TOML (${why}); fix it so its words can be read`);
      }
      const config = typosSection(name, data);
      // typos takes the first file of the folder that holds its config, and the nearest folder.
      if (config !== undefined) return validWords(config);
    }
  }
  return [];
}
