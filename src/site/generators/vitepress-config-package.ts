/**
 * Whether a VitePress config is made by another package: the exported config is the result of a
 * function imported from a package other than `vitepress` (`export default defineConfig({…})` with
 * `defineConfig` from a theme package, also inside `export default async () => { return … }`), or it
 * `extends` a config imported from a package. Such a package may set `markdown.anchor` (its own
 * slugify, or a getTokensText that stops at inline HTML), which postlint cannot read when the package
 * is not installed: the site's automatic heading ids are then unknown.
 *
 * Packages whose source was read and that leave heading ids alone are listed below; VitePress's own
 * `defineConfig`, `defineConfigWithTheme` and `mergeConfig` come from `vitepress`.
 */

import {withoutComments} from './js-source.js';

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

/** The names of the calls a config value starts with: `withA(defineConfig({` → withA, defineConfig. */
function leadingCalls(text: string, at: number): string[] {
  const calls: string[] = [];
  let rest = text.slice(at);
  for (;;) {
    // A type argument may come between the name and its call (`defineConfigWithTheme<Theme>(`).
    const call = /^\s*(?:await\s+)?([\w$]+)\s*(?:<[^()<>]*(?:<[^()<>]*>[^()<>]*)*>)?\s*\(/.exec(rest);
    if (!call) return calls;
    calls.push(call[1]!);
    rest = rest.slice(call[0].length);
  }
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
  const starts = [exported.index + exported[0].length];
  // `export default async () => { …; return defineConfig({…}) }`: the function's last `return` gives the config
  // (a `return` inside a helper earlier in it is not the config).
  if (/^\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*=>|[\w$]+\s*=>)/.test(text.slice(starts[0]!))) {
    const returns = [...text.slice(starts[0]!).matchAll(/\breturn\b/g)];
    const last = returns.at(-1);
    if (last) starts.push(starts[0]! + last.index + last[0].length);
  }
  // `export default config` of `const config = defineConfig({…})`.
  const named = /\bexport\s+default\s+([\w$]+)\s*;?\s*$/m.exec(text);
  if (named) {
    const declared = new RegExp(`\\b(?:const|let|var)\\s+${named[1]!.replace(/\$/g, '\\$')}\\s*(?::[^=]+)?=`).exec(text);
    if (declared) starts.push(declared.index + declared[0].length);
  }
  for (const start of starts) {
    const pkg = leadingCalls(text, start).map(foreign).find((found) => found !== undefined);
    if (pkg !== undefined) return pkg;
  }
  // `extends: theme` of a config imported from a package.
  for (const match of text.matchAll(/(?:^|[\s,{])extends\s*:\s*([\w$]+)\b/g)) {
    const pkg = foreign(match[1]!);
    if (pkg !== undefined) return pkg;
  }
  return undefined;
}
