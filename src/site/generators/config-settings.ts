/**
 * The top-level settings of a JavaScript or TypeScript site config as the object it exports is
 * built, read statically (postlint never runs a site's code). Configs are often assembled: the
 * exported object spreads objects imported from other files (`{...shared, locales: …}` with
 * `export const shared = defineConfig({srcDir: 'src'})` in `./shared.ts`), passes through
 * `defineConfig(…)` or a plugin's `withX(…)`, or merges two with `mergeConfig(a, b)`; VitePress
 * also merges an `extends` base under the object (resolveConfigExtends and mergeConfig in
 * vuejs/vitepress src/node/config.ts: the base first, the object's own keys over it). Settings are
 * kept in that order, so the last one of a key is the one the site gets, as the spread order gives
 * it. A part postlint cannot read (a spread of a call, an object from a package, an environment
 * variable) is kept as such: a key it may set is unknown there, never guessed.
 */
import {isBelow} from '../../paths.js';
import {readSmallFile} from '../../read-text.js';
import {closedBody, relativeModuleFile, scanCode, topLevelParts, withoutComments} from './js-source.js';

/**
 * One part of the object, in the order the object gets its keys. A part postlint cannot read may
 * set any key, unless `only` names the keys it may set (a conditional spread's branches), or it
 * comes `fromPackage` (see siteLocationKeys).
 */
export type SettingPart = {key: string; value: string; file: string} | {unread: string; only?: readonly string[]; fromPackage?: true};

/**
 * Keys that say where the site's own files are and where it is served (VitePress `srcDir`, Astro
 * `base` and `site`). A shared config from a package (a theme's `@vue/theme/config`, an
 * organisation's preset) is written for every site that uses it and does not know one site's
 * folders or URL, so a part from a package is not read as setting them; the site's own
 * unreadable code still may.
 */
const siteLocationKeys = new Set(['srcDir', 'base', 'site']);

/** What a key is set to: the expression and the file it is written in, or why it cannot be known. */
export type Setting = {value: string; file: string} | {unknown: string};

export interface ConfigSettingsOptions {
  /** Relative modules are followed only inside this folder (the site's). */
  within: string;
  /** A key whose value is a base config merged under the object (VitePress `extends`). */
  baseKey?: string;
}

/** Calls that return the config they are given (`defineConfig`), or merge the ones they are given in order (`mergeConfig(a, b)`). */
const merging = /^(?:mergeConfig|defu)$/;
/** How many identifiers, imports and spreads are followed from the exported object: configs are a few files deep. */
const maxSteps = 40;

interface Reader {
  options: ConfigSettingsOptions;
  steps: number;
  /** Follow CommonJS `require('./x')` bindings and `module.exports` names too (identifierExpression; config settings read ESM only). */
  commonJs?: boolean;
}

/** A module's text without comments; undefined when it cannot be read. */
function moduleText(file: string): string | undefined {
  try {
    return withoutComments(readSmallFile(file));
  } catch {
    return undefined;
  }
}

/** A setting's file's text without comments, for a reader that reads its constants; empty when it cannot be read. */
export function settingFileText(setting: {file: string}): string {
  return moduleText(setting.file) ?? '';
}

/** The expression `export default` (or `module.exports =`) gives, with its module's text. */
function exportedExpression(text: string): string | undefined {
  const at = /\bexport\s+default\s+|\bmodule\.exports\s*=\s*/.exec(text);
  return at ? text.slice(at.index + at[0].length) : undefined;
}

/** Why a bracket's body is not read: postlint could not find where it ends (a construct its scan does not know). */
const unclosed: SettingPart = {unread: 'postlint could not find where the object ends'};

/** The initializer of a module-level `const name = …` (or let/var), a type annotation allowed. */
function initializerOf(text: string, name: string): string | undefined {
  const escaped = name.replace(/\$/g, '\\$');
  const declared = new RegExp(`\\b(?:const|let|var)\\s+${escaped}\\s*(?::[^=;]*)?=(?!=)\\s*`).exec(text);
  return declared ? text.slice(declared.index + declared[0].length) : undefined;
}

/**
 * Where a local name is imported from: the specifier and the name its module exports it under. A
 * CommonJS `const name = require('…')` is its module's `module.exports` (read as the default export),
 * `const {a, b: c} = require('…')` its properties.
 */
function importOf(text: string, local: string, commonJs = false): {specifier: string; exported: string} | undefined {
  const statement = /\bimport\s+(?!type\s)([\w$*{},\s]{1,400}?)\s+from\s+['"]([^'"]+)['"]/g;
  for (let match = statement.exec(text); match; match = statement.exec(text)) {
    const clause = match[1]!;
    if (/^\s*([A-Za-z_$][\w$]*)/.exec(clause)?.[1] === local) return {specifier: match[2]!, exported: 'default'};
    for (const part of (/\{([^}]*)\}/.exec(clause)?.[1] ?? '').split(',')) {
      const [exported, alias] = part.replace(/^\s*type\s+/, '').trim().split(/\s+as\s+/);
      if (exported && (alias ?? exported).trim() === local) return {specifier: match[2]!, exported: exported.trim()};
    }
  }
  if (!commonJs) return undefined;
  const required = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*|\{[^}]{0,400}\})\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let match = required.exec(text); match; match = required.exec(text)) {
    const binding = match[1]!;
    if (binding === local) return {specifier: match[2]!, exported: 'default'};
    for (const part of binding.startsWith('{') ? binding.slice(1, -1).split(',') : []) {
      const [exported, alias] = part.trim().split(/\s*:\s*/);
      if (exported && (alias ?? exported).trim() === local) return {specifier: match[2]!, exported: exported.trim()};
    }
  }
  return undefined;
}

/** A CommonJS module's named export: `exports.name = …`, `module.exports.name = …`, or a part of `module.exports = {name, other: value}`. */
function commonJsExport(moduleSource: string, name: string): string | undefined {
  const escaped = name.replace(/\$/g, '\\$');
  const assigned = new RegExp(`\\b(?:module\\.)?exports\\.${escaped}\\s*=(?!=)\\s*`).exec(moduleSource);
  if (assigned) return moduleSource.slice(assigned.index + assigned[0].length);
  const object = /\bmodule\.exports\s*=\s*\{/.exec(moduleSource);
  if (!object) return undefined;
  for (const part of topLevelParts(closedBody(moduleSource, object.index + object[0].length - 1) ?? '')) {
    const entry = keyed(part);
    if (entry?.key !== name) continue;
    // `{slugify}` or `{slugify: slugifyText}`: the module's own declaration of that value.
    return /^[A-Za-z_$][\w$]*$/.test(entry.value) ? initializerOf(moduleSource, entry.value) ?? functionDeclaration(moduleSource, entry.value) : entry.value;
  }
  return undefined;
}

/** A module-level `function name(…) {…}` (exported or not, async or a generator): the text from `function` on. */
function functionDeclaration(text: string, name: string): string | undefined {
  const declared = new RegExp(`(?:^|[^\\w$.])(?:async\\s+)?(function\\s*\\*?\\s*${name.replace(/\$/g, '\\$')}\\s*[(<])`).exec(text);
  return declared ? text.slice(declared.index + declared[0].length - declared[1]!.length) : undefined;
}

/**
 * What a module re-exports as `exported` (`export {a as exported} from './x'`, `export * from './x'`,
 * as a barrel `index.ts` does): that module's export, read as an import of it would be.
 */
function reExported(module: string, moduleSource: string, exported: string, reader: Reader): ReturnType<typeof identifierValue> | undefined {
  for (const match of moduleSource.matchAll(/\bexport\s*(\*|\{[^}]{0,2000}\})\s*from\s*['"]([^'"]+)['"]/g)) {
    const star = match[1] === '*';
    // `export *` passes on every export but the default.
    const named = star ? (exported === 'default' ? undefined : exported) : match[1]!.slice(1, -1).split(',').map((part) => part.trim().split(/\s+as\s+/)).find(([local, alias]) => (alias ?? local) === exported)?.[0];
    if (!named) continue;
    if (++reader.steps > maxSteps) return {unread: `\`${exported}\` is re-exported more than ${maxSteps} times`};
    const found = identifierValue(exported, module, `import {${named} as ${exported}} from '${match[2]!}'`, reader);
    // A star that does not have it leaves the next one to.
    if (!star || !('unread' in found)) return found;
  }
  return undefined;
}

/** The expression an identifier names in `file`: its declaration there, or the export of the relative module it is imported from. */
function identifierValue(name: string, file: string, text: string, reader: Reader): {expression: string; file: string; text: string} | {unread: string; fromPackage?: true} {
  const local = initializerOf(text, name) ?? functionDeclaration(text, name);
  // `const name = require('./x')`: the module's export, followed as an import is.
  if (local !== undefined && !(reader.commonJs && /^require\s*\(/.test(local))) return {expression: local, file, text};
  const imported = importOf(text, name, reader.commonJs);
  if (!imported) return {unread: `\`${name}\` is not declared or imported in ${file}`};
  if (!imported.specifier.startsWith('.')) return {unread: `\`${name}\` comes from the package ${imported.specifier}`, fromPackage: true};
  const module = relativeModuleFile(file, imported.specifier);
  if (!module || !isBelow(module, reader.options.within) || /\.json$/i.test(module)) return {unread: `\`${name}\` comes from ${imported.specifier}, which postlint does not read`};
  const moduleSource = moduleText(module);
  if (moduleSource === undefined) return {unread: `${module} cannot be read`};
  if (imported.exported === 'default') {
    const expression = exportedExpression(moduleSource);
    return expression === undefined ? {unread: `${module} has no default export`} : {expression, file: module, text: moduleSource};
  }
  const escaped = imported.exported.replace(/\$/g, '\\$');
  if (new RegExp(`\\bexport\\s+(?:const|let|var|(?:async\\s+)?function\\s*\\*?)\\s*${escaped}\\b`).test(moduleSource)) {
    const expression = initializerOf(moduleSource, imported.exported) ?? functionDeclaration(moduleSource, imported.exported);
    if (expression !== undefined) return {expression, file: module, text: moduleSource};
  }
  // `export {local as exported}`, `export {exported}` (not a re-export `… from '…'`).
  const listed = new RegExp(`\\bexport\\s*\\{([^}]{0,2000})\\}(?!\\s*from)`).exec(moduleSource)?.[1]
    ?.split(',')
    .map((part) => part.trim().split(/\s+as\s+/))
    .find(([localName, alias]) => (alias ?? localName) === imported.exported)?.[0];
  const expression = (listed ? initializerOf(moduleSource, listed) ?? functionDeclaration(moduleSource, listed) : undefined) ?? (reader.commonJs ? commonJsExport(moduleSource, imported.exported) : undefined);
  if (expression !== undefined) return {expression, file: module, text: moduleSource};
  return reExported(module, moduleSource, imported.exported, reader) ?? {unread: `${module} does not export \`${imported.exported}\` as postlint reads it`};
}

/** The key of an object part (`srcDir`, `'srcDir'`), with its value; the shorthand `{srcDir}` names its own value. */
function keyed(part: string): {key: string; value: string} | undefined {
  const match = /^(['"]?)([A-Za-z_$][\w$-]*)\1\s*(?::\s*([\s\S]*))?$/.exec(part);
  if (!match) return undefined;
  return {key: match[2]!, value: match[3]?.trim() ?? match[2]!};
}

/** Words before `(…) {` that make the braces a block of statements, not a function's body (`if (…) {`, `catch (e) {`). */
const controlWords = new Set(['if', 'for', 'while', 'switch', 'catch', 'with']);
/** Words before `{` that open a block of statements (`else {`, `try {`). */
const blockWords = new Set(['else', 'try', 'finally', 'do']);
/** Words before `{` that make it a value, an object literal (`return {`). */
const valueWords = new Set(['return', 'yield', 'await', 'typeof', 'void', 'in', 'of', 'case', 'new', 'delete']);

/** What a bracket opens, for telling a function's own `return` from an inner function's. */
type Frame = 'block' | 'function' | 'other';

/** The word that ends just before `end` (white space skipped), or ''. */
function wordBefore(text: string, end: number): string {
  let i = end - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  const stop = i + 1;
  while (i >= 0 && /[\w$]/.test(text[i]!)) i--;
  return text.slice(i + 1, stop);
}

/**
 * The expressions a function body returns: each `return` of the body itself, at its own level or in
 * its blocks (`if (…) { return {…} }`, `else`, `try`, `switch`), not an inner function's or a
 * callback's, each up to the end of its statement. Undefined when a `return` sits where postlint
 * cannot tell whose it is (braces after a word it does not know, `): Config {`): the caller abstains.
 */
function returnedExpressions(body: string): string[] | undefined {
  const frames: Frame[] = [];
  // Words before the open parentheses, to know what `(…) {` is when its `)` comes.
  const parenWords: Array<string | undefined> = [];
  let closedParenWord: string | undefined;
  let functions = 0;
  let others = 0;
  let previous = -1;
  let placeless = false;
  const found: Array<{at: number; nested: boolean}> = [];
  const frameOfBrace = (at: number): Frame => {
    const before = previous < 0 ? '' : body[previous]!;
    if (before === '' || before === ';' || before === '{' || before === '}') return 'block';
    if (before === '>' && body[previous - 1] === '=') return 'function';
    if (before === ')') return closedParenWord !== undefined && controlWords.has(closedParenWord) ? 'block' : 'function';
    if (/[\w$]/.test(before)) {
      const word = wordBefore(body, at);
      if (blockWords.has(word)) return 'block';
      if (valueWords.has(word)) return 'other';
      // `): UserConfig {`, `class X {`: not told apart here.
      return 'function';
    }
    return 'other';
  };
  const open = (frame: Frame): void => {
    frames.push(frame);
    if (frame === 'function') functions++;
    else if (frame === 'other') others++;
  };
  scanCode(body, 0, (i, char) => {
    if (char === '(' || char === '[') {
      parenWords.push(char === '(' ? wordBefore(body, i) : undefined);
      open('other');
    } else if (char === '{') open(frameOfBrace(i));
    else if (char === ')' || char === '}' || char === ']') {
      const frame = frames.pop();
      if (frame === 'function') functions--;
      else if (frame === 'other') others--;
      if (char !== '}') closedParenWord = parenWords.pop();
    } else if (char === 'r' && /^return\b/.test(body.slice(i, i + 7)) && !/[\w$.]/.test(body[i - 1] ?? '') && !/^return\s*:/.test(body.slice(i, i + 40))) {
      // Inside an inner function: its own. In the body or its blocks: the body's. Anywhere else (a brace
      // taken for a value that was a block after all): nobody's postlint can name.
      if (functions === 0 && others === 0) found.push({at: i + 'return'.length, nested: frames.length > 0});
      else if (functions === 0) placeless = true;
    }
    if (!/\s/.test(char)) previous = i;
    return false;
  });
  if (placeless) return undefined;
  // Each return but the last at the body's own level ends where the next statement could begin: its bracket or its line.
  return found.map(({at, nested}, index) => (index === found.length - 1 && !nested ? body.slice(at) : statementAt(body.slice(at))));
}

/** The expression a statement starts with: up to the first line end or `;` outside brackets and strings, or the `}` that closes its block. */
function statementAt(text: string): string {
  let depth = 0;
  // A line end ends it once the statement has begun (not the line breaks before it): found once, not
  // by trimming the text before each line end, which was quadratic on a run of blank lines.
  const begins = text.search(/\S/);
  const end = scanCode(text, 0, (at, char) => {
    if (char === '(' || char === '{' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === ']') return --depth < 0;
    else return depth <= 0 && (char === ';' || (char === '\n' && begins >= 0 && begins < at));
    return false;
  });
  return end < 0 ? text : text.slice(0, end);
}

/**
 * The branches of a conditional (`c ? {…} : {…}`, `c && {…}`, the latter's other branch adding
 * nothing), found at the expression's own level; undefined when it is none.
 */
function conditionalBranches(expression: string): string[] | undefined {
  let depth = 0;
  let question = -1;
  let colon = -1;
  let nested = 0;
  let and = -1;
  scanCode(expression, 0, (i, char) => {
    if (char === '(' || char === '{' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === ']') depth--;
    else if (depth !== 0) return false;
    else if (char === '?') {
      // `?.` and `??` are no conditional.
      if (expression[i + 1] === '?' || expression[i + 1] === '.' || expression[i - 1] === '?') return false;
      if (question < 0) question = i;
      else nested++;
    } else if (char === ':' && question >= 0) {
      if (nested > 0) nested--;
      else if (colon < 0) colon = i;
    } else if (char === '&' && expression[i + 1] === '&' && question < 0) and = i;
    return false;
  });
  if (question >= 0 && colon > question) return [expression.slice(question + 1, colon), expression.slice(colon + 1)];
  if (and >= 0) return [expression.slice(and + 2), '{}'];
  return undefined;
}

/**
 * The parts of one of several objects, which one unknown (a conditional's branches, a function's
 * returns): a key every one sets to the same expression is set; one that some set, or set
 * differently, is unknown, and only that key; a part one of them cannot read is kept as it is.
 */
function eitherOf(alternatives: SettingPart[][], shown: string): SettingPart[] {
  const parts: SettingPart[] = alternatives.flatMap((alternative) => alternative.filter((part) => 'unread' in part));
  const keys = new Set(alternatives.flatMap((alternative) => alternative.flatMap((part) => ('key' in part ? [part.key] : []))));
  for (const key of keys) {
    const settings = alternatives.map((alternative) => settingOf(alternative, key));
    const first = settings[0];
    const agree = first !== undefined && !('unknown' in first) && settings.every((setting) => setting !== undefined && !('unknown' in setting) && setting.value === first.value);
    parts.push(agree ? {key, value: first.value, file: first.file} : {unread: `\`${shown.trim().split('\n')[0]!.slice(0, 60)}\` sets ${key} only in some cases`, only: [key]});
  }
  return parts;
}

/** The parts a spread adds (`...shared`, `...(c ? {…} : {})`): a conditional's branches read as either of them. */
function spreadParts(expression: string, file: string, text: string, reader: Reader): SettingPart[] {
  let inner = expression.trim();
  const body = inner.startsWith('(') ? closedBody(inner, 0) : undefined;
  if (body !== undefined && body.length + 2 === inner.length) inner = body.trim();
  const branches = conditionalBranches(inner);
  if (!branches) return partsOf(expression, file, text, reader);
  return eitherOf(branches.map((branch) => partsOf(branch, file, text, reader)), inner);
}

/** An arrow function's head (`async (env: Env): Config =>`, `s =>`): its parameter list or its one parameter, then the body. */
const arrowHead = /^(?:async\s*)?(?:\(([^()]*)\)|([A-Za-z_$][\w$]*))\s*(?::[^=]*)?=>\s*/;

/** The parts of the object an expression evaluates to, in the order it gets them. */
function partsOf(expression: string, file: string, text: string, reader: Reader): SettingPart[] {
  if (++reader.steps > maxSteps) return [{unread: `the config is assembled from more than ${maxSteps} pieces`}];
  // Only the expression's head is read: a TypeScript cast or check after it says nothing of the value (`{…} satisfies UserConfig`).
  const trimmed = expression.trim();
  // `() => defineConfig({…})`, `async (env) => ({…})`: the value the function returns, when its body is one expression.
  const arrow = arrowHead.exec(trimmed);
  if (arrow) {
    const body = trimmed.slice(arrow[0].length);
    if (!body.startsWith('{')) return partsOf(body, file, text, reader);
    const block = closedBody(body, 0);
    if (block === undefined) return [unclosed];
    const returned = returnedExpressions(block);
    if (returned === undefined) return [{unread: 'the config function returns from a place postlint cannot read'}];
    if (returned.length === 0) return [{unread: 'the config is what a function body returns'}];
    // Several returns: which one runs depends on what the code computes; a key they all agree on is known.
    return returned.length === 1 ? partsOf(returned[0]!, file, text, reader) : eitherOf(returned.map((expression) => partsOf(expression, file, text, reader)), 'the function body');
  }
  // A bracket whose end is not found is not read as if it ran to the end of the file: its keys are unknown, never absent.
  if (trimmed.startsWith('{')) {
    const body = closedBody(trimmed, 0);
    return body === undefined ? [unclosed] : objectParts(body, file, text, reader);
  }
  if (trimmed.startsWith('(')) {
    const body = closedBody(trimmed, 0);
    return body === undefined ? [unclosed] : partsOf(body, file, text, reader);
  }
  const call = /^(?:await\s+)?([A-Za-z_$][\w$.]*)\s*(?:<[^()]*>)?\s*\(/.exec(trimmed);
  if (call) {
    const argsBody = closedBody(trimmed, call[0].length - 1);
    if (argsBody === undefined) return [unclosed];
    const args = topLevelParts(argsBody);
    const name = call[1]!.split('.').at(-1)!;
    // mergeConfig(a, b): b's keys over a's, as a spread of each in turn.
    if (merging.test(name)) return args.flatMap((arg) => partsOf(arg, file, text, reader));
    // defineConfig({…}), defineConfigWithTheme({…}) and a plugin's wrapper (`withMermaid({…})`, `withPwa(defineConfig({…}))`)
    // return the config they are given, the wrappers adding their own plugin's options to it.
    const first = args[0];
    if (first !== undefined && (/^[{(]/.test(first) || /^(?:async\s*)?(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*=>/.test(first) || /^[A-Za-z_$][\w$.]*\s*(?:<[^()]*>)?\s*\(/.test(first) || /^[A-Za-z_$][\w$]*$/.test(first))) return partsOf(first, file, text, reader);
    return [{unread: `the config is what ${call[1]}() returns`}];
  }
  const identifier = /^([A-Za-z_$][\w$]*)\s*(?:;|$|\n|\s+(?:as|satisfies)\b)/.exec(trimmed)?.[1];
  if (identifier) {
    const found = identifierValue(identifier, file, text, reader);
    return 'unread' in found ? [found] : partsOf(found.expression, found.file, found.text, reader);
  }
  return [{unread: `\`${trimmed.slice(0, 40).split('\n')[0]}\` is computed`}];
}

/** The parts of an object literal's body: its keys, and the parts of what it spreads, in order. */
function objectParts(body: string, file: string, text: string, reader: Reader): SettingPart[] {
  const base: SettingPart[] = [];
  const own: SettingPart[] = [];
  for (const part of topLevelParts(body)) {
    if (part.startsWith('...')) {
      own.push(...spreadParts(part.slice(3), file, text, reader));
      continue;
    }
    const entry = keyed(part);
    if (!entry) {
      // A computed key (`[name]: …`) or a method: the key it sets is not known.
      if (part.startsWith('[')) own.push({unread: `a computed key (${part.slice(0, 30)}…)`});
      continue;
    }
    if (entry.key === reader.options.baseKey) base.push(...partsOf(entry.value, file, text, reader));
    else own.push({key: entry.key, value: entry.value, file});
  }
  return [...base, ...own];
}

/**
 * The settings of the config `file` (its text `text`), in the order the exported object gets
 * them; undefined when the config exports nothing postlint can find (it then reads the text as it
 * always did).
 */
export function configSettings(file: string, text: string, options: ConfigSettingsOptions): SettingPart[] | undefined {
  const source = withoutComments(text);
  const expression = exportedExpression(source);
  if (expression === undefined) return undefined;
  return partsOf(expression, file, source, {options, steps: 0});
}

/** What the object sets `key` to: its last setting, unknown when a part postlint cannot read comes after it; undefined when nothing sets it. */
export function settingOf(parts: readonly SettingPart[], key: string): Setting | undefined {
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    if ('unread' in part) {
      if (part.only && !part.only.includes(key)) continue;
      if (part.fromPackage && siteLocationKeys.has(key)) continue;
      return {unknown: part.unread};
    }
    if (part.key === key) return {value: part.value, file: part.file};
  }
  return undefined;
}

/**
 * A setting's string value: a string literal (a template without `${}`), or a module-level
 * constant of its file holding one (`srcDir: docsDir` with `const docsDir = 'docs'`).
 * `{unknown}` when the value is computed (`resolve(__dirname, 'docs')`, `process.env.DOCS`).
 */
export function stringSetting(setting: Setting | undefined): string | {unknown: string} | undefined {
  if (setting === undefined) return undefined;
  if ('unknown' in setting) return setting;
  const literal = /^(['"`])([^'"`]*)\1$/.exec(setting.value.trim());
  if (literal && !(literal[1] === '`' && literal[2]!.includes('${'))) return literal[2]!;
  const name = /^[A-Za-z_$][\w$]*$/.exec(setting.value.trim())?.[0];
  const source = name ? moduleText(setting.file) : undefined;
  const constant = name && source ? /^(['"`])([^'"`$]*)\1\s*(?:;|\n|$)/.exec(initializerOf(source, name) ?? '')?.[2] : undefined;
  if (constant !== undefined) return constant;
  return {unknown: `it is set to \`${setting.value.trim().split('\n')[0]!.slice(0, 60)}\` in ${setting.file}, which postlint does not evaluate`};
}

/**
 * What `name` stands for where the module `file` uses it: its declaration there (`const`, a
 * `function`), or the export of the relative module it is imported from, through re-exports and
 * plain aliases (`export default md`), only inside `within` and at most `maxSteps` steps; why not
 * when postlint cannot follow it (a package's export, a file outside, a computed export). CommonJS
 * too: `const name = require('./x')` is that module's `module.exports`, `const {name} = require('./x')`
 * its `exports.name` (or the `name` of the object `module.exports` is set to).
 */
export function identifierExpression(name: string, file: string, within: string): {expression: string; file: string; text: string} | {unread: string} {
  const text = moduleText(file);
  if (text === undefined) return {unread: `${file} cannot be read`};
  const reader: Reader = {options: {within}, steps: 0, commonJs: true};
  let found = identifierValue(name, file, text, reader);
  // `export default md` with `const md = markdownIt()…`: a binding that only names another is followed on.
  const aliasOf = (expression: string): string | undefined => /^([A-Za-z_$][\w$]*)\s*(?:;|\n|$)/.exec(expression)?.[1];
  while (!('unread' in found)) {
    const alias = aliasOf(found.expression);
    if (alias === undefined) break;
    if (++reader.steps > maxSteps) return {unread: `\`${name}\` names a name more than ${maxSteps} times`};
    found = identifierValue(alias, found.file, found.text, reader);
  }
  return found;
}

/**
 * The parameters and the returned expression of the function an expression begins with
 * (`(s: string) => f(s)`, `async (s) => { return f(s); }`, `function name(s) { return f(s); }`),
 * when its body is that one expression or one `return` statement; undefined otherwise (a body that
 * computes first: what it returns depends on code postlint does not run). A parameter that is a
 * pattern (`{a}`) is named ''.
 */
export function functionReturns(expression: string): {params: string[]; returns: string} | undefined {
  const text = expression.trim();
  const arrow = arrowHead.exec(text);
  let params: string;
  let body: string;
  if (arrow) {
    params = arrow[1] ?? arrow[2]!;
    body = text.slice(arrow[0].length);
  } else {
    const declared = /^(?:async\s+)?function\b\s*\*?\s*(?:[A-Za-z_$][\w$]*)?\s*(?:<[^()]*>)?\s*\(/.exec(text);
    const list = declared ? closedBody(text, declared[0].length - 1) : undefined;
    const block = declared && list !== undefined ? /^\s*(?::[^{]*)?\{/.exec(text.slice(declared[0].length + list.length + 1)) : undefined;
    if (!declared || list === undefined || !block) return undefined;
    params = list;
    body = text.slice(declared[0].length + list.length + 1 + block[0].length - 1);
  }
  const names = topLevelParts(params).map((param) => /^(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(param)?.[1] ?? '');
  if (!body.startsWith('{')) return {params: names, returns: statementAt(body).trim()};
  const block = closedBody(body, 0);
  // Returns postlint cannot place (a label's braces) leave the function unread, as in a config function.
  const returned = block === undefined ? undefined : returnedExpressions(block);
  // One statement, a `return`: anything after it at the same level never runs.
  if (returned === undefined || returned.length !== 1 || !/^return\b/.test(block!.trim())) return undefined;
  return {params: names, returns: statementAt(returned[0]!).trim().replace(/;$/, '')};
}
