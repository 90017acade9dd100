/**
 * The docs plugin's `onlyIncludeVersions`, read as text (never run). Docusaurus builds the versions named by
 * `[current (when includeCurrentVersion, the default), ...versions.json]` filtered to those the option lists
 * (filterVersions in packages/docusaurus-plugin-content-docs/src/versions/version.ts; validation requires every
 * listed name to be one of them). Read: a literal list, or the common computed shape — a list of string literals
 * and spreads of the required/imported `versions.json` (`...versions`, `...versions.slice(0, 3)`), written bare
 * or returned by an arrow/function expression called at once (`(() => ['current', ...versions.slice(0, 3)])()`).
 * Anything else is `computed`: which versions are built is not known.
 */
import {closedBody, topLevelParts, withoutComments} from './js-source.js';
import {listedVersions, versionsBindings, versionsItem} from './docusaurus-versions-json.js';

/**
 * `list`: exactly these versions; `computed`: not known, except `known`, versions the list surely holds when the
 * config builds it from a list it then only appends to (`const v = ['current', versions[0]]; … v.push(x)`).
 */
export type OnlyIncludeVersions = {kind: 'list'; names: string[]} | {kind: 'computed'; expression: string; known?: string[]};

/** The list an expression returns: `[…]`, or `(() => […])()`, `(() => { return […]; })()`, `(function () { return […]; })()`. */
function listBody(expression: string): string | undefined {
  const trimmed = expression.trim();
  if (trimmed.startsWith('[')) {
    const body = closedBody(trimmed, 0);
    return body !== undefined && trimmed.slice(body.length + 2).trim() === '' ? body : undefined;
  }
  const called = /^\(\s*(?:\(\s*\)\s*=>|function\s*\(\s*\))\s*/.exec(trimmed);
  if (!called) return undefined;
  const inner = closedBody(trimmed, 0);
  if (inner === undefined || !/^\(\s*\)\s*;?$/.test(trimmed.slice(inner.length + 2).trim())) return undefined;
  const fn = inner.trim().replace(/^(?:\(\s*\)\s*=>|function\s*\(\s*\))\s*/, '');
  if (fn.startsWith('[')) return listBody(fn);
  if (!fn.startsWith('{')) return undefined;
  const block = closedBody(fn, 0);
  const returned = block === undefined ? undefined : /^\s*return\s+([\s\S]*?);?\s*$/.exec(block)?.[1];
  return returned === undefined ? undefined : listBody(returned);
}

/** The names a list element stands for: a string literal, `versions[N]`, or a spread of versions.json (sliced with integer bounds). */
function elementNames(part: string, bindings: Set<string>, versions: string[]): string[] | undefined {
  const literal = /^(['"`])([^'"`$\\]*)\1$/.exec(part);
  if (literal) return [literal[2]!];
  if (/^[A-Za-z_$][\w$]*\s*\[/.test(part)) {
    const item = versionsItem(part, bindings, versions);
    return item === undefined ? undefined : [item];
  }
  const spread = /^\.\.\.\s*([A-Za-z_$][\w$]*)(?:\s*\.\s*slice\(\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?\))?$/.exec(part);
  if (!spread || !bindings.has(spread[1]!)) return undefined;
  const start = spread[2] === undefined ? 0 : Number(spread[2]);
  const end = spread[3] === undefined ? undefined : Number(spread[3]);
  return versions.slice(start, end);
}

/**
 * The preset's `onlyIncludeVersions` when the config sets it once: a list of names, or `computed` with the
 * expression; undefined when it is not set (or set more than once: not known to be the preset's).
 */
export function onlyIncludeVersions(text: string, configFile: string, versionsFile: string): OnlyIncludeVersions | undefined {
  const code = withoutComments(text);
  const uses = [...code.matchAll(/\bonlyIncludeVersions\s*:\s*/g)];
  if (uses.length !== 1) return undefined;
  const start = uses[0]!.index + uses[0]![0].length;
  // The value runs to the next comma at the object's level: the enclosing object's body, cut at its own parts.
  const rest = code.slice(start);
  const expression = topLevelParts(`${rest.slice(0, closingOf(rest))}`)[0] ?? '';
  const computed: OnlyIncludeVersions = {kind: 'computed', expression: expression.replace(/\s+/g, ' ').slice(0, 120)};
  // `onlyIncludeVersions: includeVersions` of `const includeVersions = [...]`: the list it is declared as.
  const bound = boundList(code, expression.trim());
  const body = bound?.body ?? listBody(expression);
  if (body === undefined) return computed;
  const listed = listedVersions(versionsFile);
  const bindings = versionsBindings(code, configFile, versionsFile);
  const names: string[] = [];
  for (const part of topLevelParts(body)) {
    const found = elementNames(part, bindings, listed);
    if (found === undefined) return computed;
    names.push(...found);
  }
  // Appended to after its declaration (`includeVersions.push(v)` in a loop): these names surely, the rest unknown.
  return bound?.appended ? {...computed, known: names} : {kind: 'list', names};
}

/**
 * The array literal a name is declared as (`const x = [...]`), when it is declared once and changed after only by
 * `push`/`unshift` (`appended`); any other change (`x = …`, `x.splice(…)`, `x[0] = …`), or handing it to a function
 * or another name, leaves it unknown.
 */
function boundList(code: string, name: string): {body: string; appended: boolean} | undefined {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const escaped = name.replace(/\$/g, '\\$');
  const declarations = [...code.matchAll(new RegExp(`\\b(?:const|let|var)\\s+${escaped}\\s*(?::[^=]+)?=\\s*`, 'g'))];
  if (declarations.length !== 1) return undefined;
  const at = declarations[0]!.index + declarations[0]![0].length;
  if (code[at] !== '[') return undefined;
  const body = closedBody(code, at);
  if (body === undefined) return undefined;
  const after = code.slice(at + body.length + 2);
  const uses = [...after.matchAll(new RegExp(`(?<![\\w$.])${escaped}(?![\\w$])\\s*(\\.\\s*[A-Za-z_$][\\w$]*|\\[|=(?!=)|\\+\\+|--)?`, 'g'))];
  let appended = false;
  for (const use of uses) {
    const how = (use[1] ?? '').replace(/\s+/g, '');
    if (how === '.push' || how === '.unshift') appended = true;
    // Handed on whole (`addOld(x)`, `Object.assign(x, …)`, `const y = x`): whatever receives it may change it unseen.
    else if (how === '' && /(?:[(,]|(?<![=!<>])=)\s*$/.test(after.slice(Math.max(0, use.index - 200), use.index))) return undefined;
    else if (how === '=' || how === '[' || /^\.(?:splice|pop|shift|fill|sort|reverse|length|copyWithin)$/.test(how)) return undefined;
  }
  return {body, appended};
}

/** Where the enclosing object's body closes in `rest` (its first unmatched `}`, `]` or `)`), else the end. */
function closingOf(rest: string): number {
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const char = rest[i]!;
    if (char === '(' || char === '{' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === ']') {
      if (depth === 0) return i;
      depth--;
    } else if (char === '"' || char === "'" || char === '`') {
      const close = rest.indexOf(char, i + 1);
      if (close < 0) return rest.length;
      i = close;
    }
  }
  return rest.length;
}
