/**
 * The components an MDX page binds by its ESM `import` statements, each with the module it comes
 * from and the name that module exports it by: `import { Code, Aside as Note } from
 * '@astrojs/starlight/components'` binds `Code` to that module's `Code` and `Note` to its `Aside`;
 * `import Part from './_part.mdx'` binds `Part` to the module's `default`. A namespace import
 * (`import * as UI from 'x'`, used as `<UI.Code />`) and `import type` bind no component.
 * MDX reads an import only where a line starts with `import` outside code (mdxjs.com, "What is
 * MDX?", ESM); the caller says which offsets are code.
 */

export interface ImportedName {
  /** The module specifier as written (`@astrojs/starlight/components`, `astro:components`, `./Card.astro`). */
  from: string;
  /** The name the module exports it by (`default` for a default import). */
  name: string;
}

// `import Default, { A, B as C } from 'module'`; each part optional but `from`. The clause's braces never nest and
// hold no quotes, so `[^{}'"]` stops at the first `}`; bounded, as lines of `import {` never closed would each read
// on to the end of the text (a line of spaces has one start, at `import`).
const importStatement = /^import\s+(?!type\s)(?:([A-Za-z_$][\w$]*)\s*(?:,\s*)?)?(?:\{([^{}'"]{0,2000})\}\s*)?from\s*(["'])([^"'\n]+)\3/gm;

export function importedNames(source: string, inCode: (offset: number) => boolean = () => false): Map<string, ImportedName> {
  const names = new Map<string, ImportedName>();
  if (!source.includes('import')) return names;
  for (const match of source.matchAll(importStatement)) {
    if (inCode(match.index)) continue;
    const from = match[4]!;
    if (match[1] !== undefined) names.set(match[1], {from, name: 'default'});
    for (const part of (match[2] ?? '').split(',')) {
      const binding = /^\s*([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?\s*$/.exec(part);
      if (binding) names.set(binding[2] ?? binding[1]!, {from, name: binding[1]!});
    }
  }
  return names;
}
