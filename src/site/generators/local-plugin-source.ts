/**
 * A Markdown plugin file of the site's own (`import {stripFirstH1} from './plugins/strip-first-h1'`
 * in an Astro config), read as text: postlint never runs it, but one kind is safe to tell from
 * its source alone, a plugin that only takes nodes out of the tree.
 *
 * It imports nothing but types (so all of its code is in the file), writes no property
 * (`x.y =`, `x[i] +=`, `x.y++`, `Object.assign`, `Reflect`), adds nothing to an array (`push`,
 * `unshift`, a `splice` with items to insert, `fill`, `sort`…), builds no node (no object
 * literal with `type`, `tagName`, `properties`, `children`, `value` or `data`), and runs no
 * code from text (`eval`, `Function`). Taking headings or links out can only drop ids and
 * links, and renumber later duplicate heading ids downwards: every id the page then has is one
 * postlint computes, and no link gets a new destination. Anything else is not known.
 */
import {dirname, resolve} from 'node:path';
import {isFile, readText} from './common.js';

/** The file a relative import names (`./plugins/x` → `./plugins/x.ts`, …), if there is one. */
export function localModuleFile(module: string, configFile: string): string | undefined {
  if (!module.startsWith('.')) return undefined;
  const base = resolve(dirname(configFile), module);
  const candidates = /\.[cm]?[jt]s$/.test(base) ? [base] : ['.ts', '.mts', '.js', '.mjs', '.cjs'].flatMap((ext) => [`${base}${ext}`, resolve(base, `index${ext}`)]);
  return candidates.find((file) => isFile(file));
}

/** The source without comments (a `//` only after white space or at a line's start, so `'https://x'` stays). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Every import is `import type …` (or names types only): no code of another module runs. */
function importsTypesOnly(code: string): boolean {
  if (/\brequire\s*\(|\bimport\s*\(/.test(code)) return false;
  for (const statement of code.matchAll(/(?:^|[;\n])\s*(import|export)\s+([^;'"]*?)\s*from\s*['"][^'"]+['"]/g)) {
    const clause = statement[2]!.trim();
    if (clause.startsWith('type ')) continue;
    const named = /^\{([^}]*)\}$/.exec(clause);
    if (named && named[1]!.split(',').every((part) => part.trim() === '' || part.trim().startsWith('type '))) continue;
    return false;
  }
  // A bare `import 'x'` runs x.
  return !/(?:^|[;\n])\s*import\s*['"]/.test(code);
}

/** A `splice(` call that inserts items: more than two arguments at its own depth. */
function splicesIn(code: string): boolean {
  for (const match of code.matchAll(/\.\s*splice\s*\(/g)) {
    let depth = 1;
    let commas = 0;
    for (let i = match.index + match[0].length; i < code.length && depth > 0; i++) {
      const char = code[i]!;
      if ('([{'.includes(char)) depth++;
      else if (')]}'.includes(char)) depth--;
      else if (char === ',' && depth === 1) commas++;
    }
    if (commas >= 2) return true;
  }
  return false;
}

const member = String.raw`[\w$\])]\s*(?:\??\.\s*[\w$]+|\[[^\]\n]*\])`;
const writes = [
  new RegExp(`${member}\\s*(?:[-+*/%&|^]|\\*\\*|<<|>>>?|\\?\\?|\\|\\||&&)?=(?![=>])`),
  new RegExp(`${member}\\s*(?:\\+\\+|--)|(?:\\+\\+|--)\\s*[\\w$]+\\s*(?:\\.|\\[)`),
  /\.\s*(?:push|unshift|fill|copyWithin|reverse|sort|set|add|assign|defineProperty|defineProperties|setPrototypeOf|replaceWith|append|appendChild|prepend|insertBefore)\s*\(/,
  /\bReflect\s*\.|\beval\s*\(|\bFunction\s*\(/,
  /[{,]\s*['"]?(?:type|tagName|properties|children|value|data)['"]?\s*:/,
];

/** Does this plugin source only take nodes out of the tree (see the module comment)? */
export function onlyRemovesNodes(text: string): boolean {
  const code = withoutComments(text);
  if (!importsTypesOnly(code) || splicesIn(code)) return false;
  return !writes.some((pattern) => pattern.test(code));
}

/** Is the plugin an imported name binds a file of the site's own that only removes nodes? */
export function localPluginRemovesOnly(module: string, configFile: string | undefined): boolean {
  const file = configFile ? localModuleFile(module, configFile) : undefined;
  const text = file ? readText(file) : undefined;
  return text !== undefined && onlyRemovesNodes(text);
}
