/**
 * Eleventy's project folders (`input`, `output`, `includes`, `data`, `layouts`) as its config sets
 * them, read as text. Eleventy takes them from three places, each overriding the one before
 * (TemplateConfig.requireLocalConfigFile and mergeConfig, ProjectDirectories.setViaConfigObject in
 * 11ty/eleventy @ f77b4cb3; test/stubs/cfg-directories-export*):
 * 1. the config's exported object: `export const config = {dir: {…}}` (ESM, typed or not) or
 *    `module.exports.config = {dir: {…}}` (CommonJS);
 * 2. the configuration API: `eleventyConfig.setInputDirectory("src")`, `setOutputDirectory`, …;
 * 3. the object the config function returns: `return {dir: {input: "src"}}` (or a config that
 *    exports that object itself).
 * A folder given by an expression postlint does not run (`path.resolve(…)`, `process.env.X`) is
 * computed: only the build knows it.
 */
import {balanced, topLevelParts, withoutComments} from './js-source.js';

export type DirKey = 'input' | 'output' | 'includes' | 'data' | 'layouts';

const keys: readonly DirKey[] = ['input', 'output', 'includes', 'data', 'layouts'];

export interface EleventyDirs {
  /** Folders set by a literal, as written. */
  values: Partial<Record<DirKey, string>>;
  /** Folders set by something postlint cannot read, with what sets them. */
  computed: Partial<Record<DirKey, string>>;
}

/** What one place sets: a literal folder, or the expression that computes it. */
type Setting = {value: string} | {expression: string};

/** A string literal's text (`"src"`, `'src'`, a template literal without `${}`), else undefined. */
function literal(expression: string): string | undefined {
  return /^(['"`])((?:(?!\1)[^\\$]|\\.|\$(?!\{))*)\1$/.exec(expression.trim())?.[2];
}

/** A name bound in the config to an object or string literal (`const dirs = {input: "src"}`), as its text. */
function bound(text: string, name: string): string | undefined {
  const match = new RegExp(`(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\s*=\\s*`).exec(text);
  if (!match) return undefined;
  const at = match.index + match[0].length;
  if (text[at] === '{') return `{${balanced(text, at)}}`;
  return /^(['"`])(?:(?!\1)[^\\\n]|\\.)*\1/.exec(text.slice(at))?.[0];
}

/** The folders a `dir` value sets: an object literal's entries, or (a name or call) every folder computed. */
function dirSettings(text: string, value: string): Partial<Record<DirKey, Setting>> {
  let object = value.trim();
  if (/^[A-Za-z_$][\w$]*$/.test(object)) object = bound(text, object) ?? object;
  if (literal(object) !== undefined) return {};
  if (!object.startsWith('{')) return Object.fromEntries(keys.map((key) => [key, {expression: value.trim()}]));
  const found: Partial<Record<DirKey, Setting>> = {};
  for (const part of topLevelParts(balanced(object, 0))) {
    const entry = /^(?:(['"])(\w+)\1|(\w+))\s*(?::\s*([\s\S]*))?$/.exec(part);
    const key = (entry?.[2] ?? entry?.[3]) as DirKey | undefined;
    if (!entry || !key || !keys.includes(key)) {
      // A spread (`...defaults`) may set any folder.
      if (part.startsWith('...')) for (const each of keys) found[each] ??= {expression: part};
      continue;
    }
    // `{input}` is shorthand for the variable of that name.
    const expression = entry[4] ?? key;
    const folder = literal(expression) ?? literal(bound(text, expression.trim()) ?? '');
    found[key] = folder !== undefined ? {value: folder} : {expression: expression.trim()};
  }
  return found;
}

/** Where `{` of the object that `opening` ends with starts and ends, for the spans of the exported config. */
function objectSpans(text: string, opening: RegExp): Array<{start: number; end: number}> {
  return [...text.matchAll(opening)].map((match) => {
    const start = match.index + match[0].length - 1;
    return {start, end: start + balanced(text, start).length + 1};
  });
}

/** The index of the `{` that opens the object `at` is in, or -1. */
function enclosingBrace(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const char = text[i];
    if (char === '}' || char === ')' || char === ']') depth++;
    else if (char === '(' || char === '[') depth--;
    else if (char === '{' && depth-- === 0) return i;
  }
  return -1;
}

/**
 * The `dir` values written in `text` (`dir: {…}`, `dir: dirs`, the shorthand `{dir}` of an object
 * returned or exported), with where each is. A string (`dir: "ltr"`, a text direction) is no folders.
 */
function dirValues(text: string): Array<{at: number; value: string}> {
  const values: Array<{at: number; value: string}> = [];
  for (const match of text.matchAll(/(?<=[{,]\s*)(['"]?)dir\1\s*(:\s*)?/g)) {
    const start = match.index + match[0].length;
    if (match[2] === undefined) {
      const brace = enclosingBrace(text, match.index);
      if (/^[,}]/.test(text.slice(start)) && /(?:\breturn|=>|=|\bexport\s+default)\s*\(?\s*$/.test(text.slice(0, brace)) && !/(?:const|let|var)\s*$/.test(text.slice(0, brace))) values.push({at: match.index, value: 'dir'});
      continue;
    }
    const value = text[start] === '{' ? `{${balanced(text, start)}}` : (topLevelParts(text.slice(start).split(/[}\n;]/)[0] ?? '')[0] ?? '');
    if (literal(value) === undefined) values.push({at: match.index, value});
  }
  return values;
}

/** Eleventy's folders as the config's text sets them, in Eleventy's order of precedence. */
export function configDirectories(source: string): EleventyDirs {
  const text = withoutComments(source);
  const exported = objectSpans(text, /\bexport\s+const\s+config\s*(?::\s*[\w.$<>]+\s*)?=\s*\{|\b(?:module\.)?exports\.config\s*=\s*\{/g);
  const inExport = (at: number): boolean => exported.some((span) => at > span.start && at < span.end);
  const layers: Array<Array<Partial<Record<DirKey, Setting>>>> = [[], [], []];
  for (const {at, value} of dirValues(text)) layers[inExport(at) ? 0 : 2]!.push(dirSettings(text, value));
  for (const match of text.matchAll(/\.set(Input|Output|Includes|Data|Layouts)Directory\s*\(/g)) {
    const argument = topLevelParts(balanced(text, match.index + match[0].length - 1))[0] ?? '';
    const key = match[1]!.toLowerCase() as DirKey;
    const value = literal(argument);
    layers[1]!.push({[key]: value !== undefined ? {value} : {expression: argument}});
  }
  const dirs: EleventyDirs = {values: {}, computed: {}};
  for (const key of keys) {
    // The last place that sets the folder decides (ProjectDirectories.setViaConfigObject runs for each in turn).
    const settings = layers.map((layer) => layer.map((each) => each[key]).filter((setting): setting is Setting => setting !== undefined)).filter((set) => set.length > 0).at(-1);
    if (!settings) continue;
    const literals = new Set(settings.flatMap((setting) => ('value' in setting ? [setting.value] : [])));
    const first = [...literals][0];
    if (first !== undefined) dirs.values[key] = first;
    // An expression, or two settings of one place that differ (two `dir` objects, one a plugin's option): only running the config tells.
    if (literals.size !== 1 || settings.some((setting) => !('value' in setting))) dirs.computed[key] = settings.map((setting) => ('value' in setting ? JSON.stringify(setting.value) : setting.expression)).join(' or ');
  }
  return dirs;
}
