/**
 * Reading a JavaScript or TypeScript site config as text (postlint never runs a site's code): the
 * object literal given for a key, a key's literal string value, and the text of the local modules
 * a config imports (`import {shared} from './shared'`), which split configs keep their options in.
 */
import {statSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {readSmallFile} from '../../read-text.js';
import {topLevelParts, withoutComments} from './js-source.js';

/** The text of the object literal given for `key` (`docs: {…}`), braces balanced, strings skipped; undefined when there is none. */
export function objectOf(text: string, key: string): string | undefined {
  return balancedObject(text, new RegExp(`(?:^|[\\s,{(])['"]?${key}['"]?\\s*:\\s*\\{`, 'm'));
}

/**
 * The text of a config's own object, the one `defineConfig({…})` is given or `export default {…}` exports
 * (the first of them): its top-level keys are the generator's options, while the same names inside it
 * (`pwa: {srcDir: …}`) are a plugin's. Undefined when the config builds its object some other way.
 */
export function configObjectOf(text: string): string | undefined {
  return balancedObject(text, /\bdefineConfig\s*\(\s*\{|\bexport\s+default\s*\{/);
}

/**
 * The object literal a module exports whole, `export default {…}` or `module.exports = {…}` (an
 * Eleventy data file's usual form); undefined when it exports a function or a name (only running it knows).
 */
export function exportedObjectOf(text: string): string | undefined {
  return balancedObject(text, /\bexport\s+default\s*\{|\bmodule\.exports\s*=\s*\{/);
}

/** The object literal whose `{` ends the match of `opening`, braces balanced, strings and comments skipped. */
function balancedObject(text: string, opening: RegExp): string | undefined {
  const match = opening.exec(text);
  if (!match) return undefined;
  let depth = 0;
  let quote: string | undefined;
  const start = match.index + match[0].length - 1;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      // A comment (`// we don't…`) holds no braces or quotes that count.
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return text.slice(start + 1, i);
  }
  return undefined;
}

/** A key's literal string value in an object's text, at its top level only. */
export function literalOf(objectText: string | undefined, key: string): string | undefined {
  if (objectText === undefined) return undefined;
  return new RegExp(`(?:^|[\\s,])['"]?${key}['"]?\\s*:\\s*(['"\`])([^'"\`]*)\\1`).exec(topLevelOf(objectText))?.[2];
}

/** The expression a top-level key is given (`base: x`), `key` itself for the shorthand `{base}`; undefined when the object has no such key. */
export function topLevelExpression(object: string, key: string): string | undefined {
  for (const part of topLevelParts(object)) {
    const match = new RegExp(`^['"]?${key}['"]?\\s*(?::\\s*([\\s\\S]*))?$`).exec(part);
    if (match) return match[1]?.trim() ?? key;
  }
  return undefined;
}

/** Whether an object's text names `key` as a property of its own top level (`lang:`, `"lang":`), whatever its value. */
export function hasTopLevelKey(objectText: string, key: string): boolean {
  return new RegExp(`(?:^|[\\s,])['"]?${key}['"]?\\s*:`, 'm').test(topLevelOf(objectText));
}

/** An object's text with its comments dropped and nested objects blanked out, so `versions: {current: {path: 'x'}}` is not read as the docs' own `path`. */
function topLevelOf(objectText: string): string {
  let flat = '';
  let depth = 0;
  let quote: string | undefined;
  const text = objectText.replace(/\/\*[\s\S]*?\*\/|(?<![:'"`])\/\/.*$/gm, '');
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') {
        if (depth === 0) flat += char + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth++;
    else if (char === '}') {
      depth--;
      continue;
    }
    if (depth === 0) flat += char;
  }
  return flat;
}

/**
 * A config's text followed by the text of the local modules it imports (`./shared`, `../x.mjs`),
 * and theirs, up to 20 files: options a split config keeps elsewhere are read as if written in it.
 */
export function withLocalImports(file: string, text: string): string {
  return localModules(file, text).map((module) => module.text).join('\n');
}

/**
 * The config and the local modules it imports or requires (and theirs), each with its path, up to 20 files.
 * An import in a comment (`// require("./old-plugin")`, a plugin call commented out with `/* … *\/`) is
 * no part of the build: only the code's imports are followed.
 */
export function localModules(file: string, text: string): Array<{file: string; text: string}> {
  const seen = new Set([file]);
  const parts = [{file, text}];
  const queue: Array<{from: string; text: string}> = [{from: file, text}];
  while (queue.length > 0 && seen.size < 20) {
    const {from, text: current} = queue.shift()!;
    for (const match of withoutComments(current).matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const base = resolve(dirname(from), match[1]!);
      const found = ['', '.ts', '.js', '.mts', '.mjs', '.cts', '.cjs', '/index.ts', '/index.js'].map((ext) => base + ext).find((candidate) => /\.[cm]?[jt]s$/.test(candidate) && isFile(candidate));
      if (!found || seen.has(found)) continue;
      seen.add(found);
      const read = readText(found);
      if (read === undefined) continue;
      parts.push({file: found, text: read});
      queue.push({from: found, text: read});
    }
  }
  return parts;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readText(path: string): string | undefined {
  try {
    return readSmallFile(path);
  } catch {
    return undefined;
  }
}
