/**
 * A markdown-it plugin a JavaScript config really uses: the name its `import x from 'pkg'` or
 * `const x = require('pkg')` binds, passed to `.use(x…)` (or `.use(require('pkg')…)`), comments
 * left out, so a config that only mentions the package (`// markdown-it-attrs removed`) uses nothing.
 * With the options object written at that call, as text, when there is one, or the object literal a
 * variable it names holds (`.use(anchor, anchorOptions)` after `const anchorOptions = {…}`).
 */
import {escapeRegExp} from '../../links/patterns.js';
import {balanced, withoutComments} from './js-source.js';

export function markdownItUse(text: string, pkg: string): {options?: string} | undefined {
  const code = withoutComments(text);
  const name = escapeRegExp(pkg);
  const bound = new RegExp(`\\bimport\\s+([\\w$]+)\\s+from\\s*['"]${name}['"]|\\b(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*require\\(\\s*['"]${name}['"]\\s*\\)`).exec(code);
  const binding = bound?.[1] ?? bound?.[2];
  const callee = [...(binding !== undefined ? [escapeRegExp(binding)] : []), `require\\(\\s*['"]${name}['"]\\s*\\)`].join('|');
  // Bounded by what is no identifier character (`\b` fails beside a `$`).
  const use = new RegExp(`\\.use\\(\\s*(?:${callee})(?![\\w$])\\s*(?:(,\\s*\\{)|,\\s*([A-Za-z_$][\\w$]*)\\s*[,)])?`).exec(code);
  if (!use) return undefined;
  if (use[1] !== undefined) return {options: balanced(code, use.index + use[0].length - 1)};
  if (use[2] === undefined) return {};
  // Options in a variable: the object literal it is declared with (one declaration of that name only).
  const declared = [...code.matchAll(new RegExp(`\\b(?:const|let|var)\\s+${escapeRegExp(use[2])}\\s*=\\s*\\{`, 'g'))];
  return declared.length === 1 ? {options: balanced(code, declared[0]!.index + declared[0]![0].length - 1)} : {};
}
