/**
 * The value a config takes from a relative module it imports (`import {localesConfig} from
 * './config/locales'`, `import locales from './locales.json'`), read as text, never run: a JSON
 * file's data, or the object literal a JS/TS module exports under that name (`export const
 * localesConfig = {…} satisfies …`, `export default {…}`, `const x = {…}; export {x}`). A value the
 * module computes (`Object.fromEntries(…)`, a call, a re-export) is `computed`: postlint cannot know it.
 */
import {readText} from './common.js';
import {balanced, relativeModuleFile, withoutComments} from './js-source.js';

export type ImportedValue =
  | {kind: 'json'; data: unknown}
  | {kind: 'literal'; body: string; file: string}
  | {kind: 'computed'; file: string};

/** Where `local` is imported from in `text`: the specifier and the name the module exports it under (`default` for a default import). */
function importOf(text: string, local: string): {specifier: string; exported: string} | undefined {
  // The clause holds only what an import clause can (names, `{}`, `,`, `*`, spaces), and at most 400 of them:
  // an open-ended `[^'";]+?` rescans to the end from every `import` a file without `from` has (quadratic).
  const statement = /\bimport\s+(?!type\s)([\w$*{},\s]{1,400}?)\s+from\s+['"](\.{1,2}\/[^'"]+)['"]/g;
  for (let match = statement.exec(text); match; match = statement.exec(text)) {
    const clause = match[1]!;
    const specifier = match[2]!;
    const defaultName = /^\s*([A-Za-z_$][\w$]*)/.exec(clause)?.[1];
    if (defaultName === local) return {specifier, exported: 'default'};
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
    for (const part of named.split(',')) {
      const [exported, alias] = part.replace(/^\s*type\s+/, '').trim().split(/\s+as\s+/);
      if ((alias ?? exported)?.trim() === local && exported) return {specifier, exported: exported.trim()};
    }
  }
  return undefined;
}

/** The initializer text of the module's binding `name` (from `=` on), or undefined when the module declares none. */
function initializer(text: string, name: string): string | undefined {
  const escaped = name.replace(/\$/g, '\\$');
  // `const name = …`, `const name: Type = …` (a type annotation holds no `=`).
  const declared = new RegExp(`\\b(?:const|let|var)\\s+${escaped}\\s*(?::[^=;]*)?=(?!=)\\s*`).exec(text);
  return declared ? text.slice(declared.index + declared[0].length) : undefined;
}

/** The local binding a module exports as `exported`, and its initializer; `{…}` literal or computed. */
function exportedValue(text: string, exported: string, file: string): ImportedValue | undefined {
  let value: string | undefined;
  if (exported === 'default') {
    const at = /\bexport\s+default\s+/.exec(text);
    if (!at) return undefined;
    value = text.slice(at.index + at[0].length);
    const ident = /^([A-Za-z_$][\w$]*)\s*(?:;|\n|$)/.exec(value)?.[1];
    if (ident) value = initializer(text, ident);
  } else {
    const escaped = exported.replace(/\$/g, '\\$');
    const direct = new RegExp(`\\bexport\\s+(?:const|let|var)\\s+${escaped}\\b`).test(text);
    // `export {local as exported}` or `export {exported}` (not a re-export `… from '…'`).
    // At most 2000 characters between the braces: an unclosed `export {` is not scanned to the end from every one.
    const listed = new RegExp(`\\bexport\\s*\\{([^}]{0,2000})\\}(?!\\s*from)`).exec(text)?.[1]
      ?.split(',')
      .map((part) => part.trim().split(/\s+as\s+/))
      .find(([local, alias]) => (alias ?? local) === exported)?.[0];
    const local = direct ? exported : listed;
    if (!local) return undefined;
    value = initializer(text, local);
  }
  if (value === undefined) return undefined;
  // One plain alias (`export const locales = shared;` where `const shared = {…}`) is followed once.
  const alias = /^([A-Za-z_$][\w$]*)\s*(?:;|\n|$)/.exec(value)?.[1];
  if (alias) value = initializer(text, alias);
  return value?.startsWith('{') ? {kind: 'literal', body: balanced(value, 0), file} : {kind: 'computed', file};
}

/**
 * The value `local` names in the config `text` (of `configFile`) when it is imported from a
 * relative module; undefined when it is not imported (a local variable, a package).
 */
export function importedValue(text: string, local: string, configFile: string): ImportedValue | undefined {
  const source = withoutComments(text);
  const found = importOf(source, local);
  if (!found) return undefined;
  const file = relativeModuleFile(configFile, found.specifier);
  if (!file) return undefined;
  if (/\.json$/i.test(file)) {
    try {
      return {kind: 'json', data: JSON.parse(readText(file) ?? 'null')};
    } catch {
      return {kind: 'computed', file};
    }
  }
  const module = readText(file);
  if (module === undefined) return undefined;
  return exportedValue(withoutComments(module), found.exported, file) ?? {kind: 'computed', file};
}
