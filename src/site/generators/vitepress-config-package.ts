/**
 * Whether a VitePress config is made by another package: the exported config is the result of a
 * function imported from a package other than `vitepress` (`export default defineConfig({…})` with
 * `defineConfig` from a theme package; `export default () => themeDefine({…})` and the other function shapes
 * Vite's config loader calls, their returns read), or it `extends` a config imported from a package. Such a package may set `markdown.anchor` (its own
 * slugify, or a getTokensText that stops at inline HTML), which postlint cannot read when the package
 * is not installed: the site's automatic heading ids are then unknown.
 *
 * Packages whose source was read and that leave heading ids alone are listed below; VitePress's own
 * `defineConfig`, `defineConfigWithTheme` and `mergeConfig` come from `vitepress`.
 */

import {closedBody, scanCode, withoutComments} from './js-source.js';

/**
 * Packages whose config function only adds to a config and leaves heading ids alone (no `markdown.anchor`, no
 * markdown-it plugin that writes ids), with where that was read.
 */
const markdownNeutral = new Map<string, string>([
  // src/index.ts, rewrites.ts, sidebars.ts, navbars.ts, switcher.ts in IMB11/vitepress-versioning-plugin: rewrites, sidebars, nav only.
  ['vitepress-versioning-plugin', 'IMB11/vitepress-versioning-plugin src/'],
  // src/index.ts `withMermaid` in emersonbottero/vitepress-plugin-mermaid: chains markdown.config with a fence
  // renderer for ```mermaid (mermaid-markdown.ts) and adds Vite plugins; no anchor options.
  ['vitepress-plugin-mermaid', 'emersonbottero/vitepress-plugin-mermaid src/index.ts'],
]);

/** The package a bare import specifier names (`@scope/name/sub` → `@scope/name`, `name/sub` → `name`). */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The local names a module imports from packages (not relative paths, not `node:`), each with its package. */
function packageImports(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of text.matchAll(/\bimport\s+(?!type\b)([\w$]+)?\s*,?\s*(?:\{([^}]*)\})?\s*from\s*['"]([^'"]+)['"]/g)) {
    const specifier = match[3]!;
    if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) continue;
    const pkg = packageName(specifier);
    if (match[1]) names.set(match[1], pkg);
    for (const item of (match[2] ?? '').split(',')) {
      const binding = /^\s*(?:type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(item);
      if (binding && !/^\s*type\s/.test(item)) names.set(binding[2] ?? binding[1]!, pkg);
    }
  }
  return names;
}

/** Where the code at `at` begins, whitespace skipped. */
function skipSpace(text: string, at: number): number {
  return at + /^\s*/.exec(text.slice(at, at + 200))![0].length;
}

/**
 * Where the expressions a function returns begin, when a function starts at `at`; undefined when none does. Vite's
 * loadConfigFromFile (which VitePress's resolveUserConfig calls) takes a config exported as a function, calls it with
 * the config env and awaits it (`UserConfigExport = Awaitable<UserConfig> | UserConfigFn` in src/node/config.ts), so
 * `() => themeDefine({…})`, `async (env) => { …; return defineConfig({…}) }` and `function () { return … }` all give
 * the config their body returns. A block body's returns are those at its own level (a helper's `return` inside it is
 * not the config's); the last `return` of the body when none is (`if (x) { return a }`).
 */
function functionReturns(text: string, at: number): number[] | undefined {
  const head = text.slice(at, at + 400);
  let body: number | undefined;
  const named = /^(?:async\s+)?function\b\s*\*?\s*[\w$]*\s*(?:<[^()]*>)?\s*\(/.exec(head);
  if (named) {
    const params = closeOf(text, at + named[0].length - 1);
    const open = params === undefined ? -1 : text.indexOf('{', params);
    if (open < 0) return undefined;
    body = open;
  } else {
    const arrow = /^(?:async\s*)?(?:\(|[\w$]+\s*=>)/.exec(head);
    if (!arrow) return undefined;
    let after = at + arrow[0].length;
    if (arrow[0].endsWith('(')) {
      const params = closeOf(text, after - 1);
      if (params === undefined) return undefined;
      // `(…) =>` or `(…): Promise<UserConfig> =>`: an arrow; `(defineConfig({…}))` is a parenthesised expression.
      const arrowAfter = /^\s*(?::[^=;{}]*?)?=>/.exec(text.slice(params + 1, params + 200));
      if (!arrowAfter) return undefined;
      after = params + 1 + arrowAfter[0].length;
    }
    after = skipSpace(text, after);
    if (text[after] !== '{') return [after];
    body = after;
  }
  const close = closeOf(text, body) ?? text.length;
  const levelReturns: number[] = [];
  let last: number | undefined;
  let depth = 0;
  scanCode(text.slice(0, close), body + 1, (i, char) => {
    if (char === '(' || char === '{' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === ']') depth--;
    else if (char === 'r' && /^return\b/.test(text.slice(i, i + 7)) && !/[\w$.]/.test(text[i - 1] ?? '')) {
      last = i + 'return'.length;
      if (depth === 0) levelReturns.push(last);
    }
    return false;
  });
  return levelReturns.length > 0 ? levelReturns : last === undefined ? [] : [last];
}

/** The index of the bracket closing the one at `open`; undefined when it never closes. */
function closeOf(text: string, open: number): number | undefined {
  const body = closedBody(text, open);
  return body === undefined ? undefined : open + body.length + 1;
}

/**
 * The names a config value is made by, outermost first: the calls it starts with (`withA(defineConfig({` → withA,
 * defineConfig), through a function's returns (`() => themeDefine({…})`, also as a call's argument:
 * `defineConfig(async () => …)`), and a name it is (`config` of `const config = …`, or a name imported whole).
 */
function makers(text: string, at: number, depth = 0): string[] {
  if (depth > 8) return [];
  at = skipSpace(text, at);
  const returned = functionReturns(text, at);
  if (returned) return returned.flatMap((start) => makers(text, start, depth + 1));
  // A type argument may come between the name and its call (`defineConfigWithTheme<Theme>(`).
  const lead = /^(?:await\s+)?(?:\(\s*)*([\w$]+)\s*(?:<[^()<>]*(?:<[^()<>]*>[^()<>]*)*>)?\s*(\()?/.exec(text.slice(at, at + 400));
  if (!lead || /^(?:function|async|new|class)$/.test(lead[1]!)) return [];
  const name = lead[1]!;
  if (lead[2]) return [name, ...makers(text, at + lead[0].length, depth + 1)];
  // A name: the value it is declared with (`const config = …`, `function config() {…}`).
  const quoted = name.replace(/\$/g, '\\$');
  const declared = new RegExp(`\\b(?:const|let|var)\\s+${quoted}\\s*(?::[^=]+)?=(?!=)|\\b(?=(?:async\\s+)?function\\s*${quoted}\\b)`).exec(text);
  return [name, ...(declared ? makers(text, declared.index + declared[0].length, depth + 1) : [])];
}

/**
 * The package (not `vitepress`, not one known to leave heading ids alone) whose function makes the
 * config or whose config it extends, or undefined when the config is VitePress's own.
 */
export function configPackage(source: string): string | undefined {
  // A commented-out import (`// import { defineConfig } from '@acme/theme'`) makes nothing: read the code only.
  const text = withoutComments(source);
  const imported = packageImports(text);
  const foreign = (name: string): string | undefined => {
    const pkg = imported.get(name);
    return pkg === undefined || pkg === 'vitepress' || markdownNeutral.has(pkg) ? undefined : pkg;
  };
  const exported = /\bexport\s+default\b/.exec(text);
  if (!exported) return undefined;
  const pkg = makers(text, exported.index + exported[0].length).map(foreign).find((found) => found !== undefined);
  if (pkg !== undefined) return pkg;
  // `extends: theme` of a config imported from a package.
  for (const match of text.matchAll(/(?:^|[\s,{])extends\s*:\s*([\w$]+)\b/g)) {
    const pkg = foreign(match[1]!);
    if (pkg !== undefined) return pkg;
  }
  return undefined;
}
