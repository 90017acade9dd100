/**
 * Markdown an Astro site's code imports from outside `src/`: Vite bundles whatever a page or component
 * imports (`import {Content} from '../../CHANGELOG.md'`, `import.meta.glob('../../posts/*.md')`, the older
 * `Astro.glob`), and Astro renders it, wherever the file lies (docs.astro.build "Importing Markdown").
 * So such a file, or the folder a glob reads, is built like `src/` itself. A glob's pattern must be a
 * literal (Vite's `import.meta.glob` rejects anything else); a specifier postlint cannot place (a package
 * alias it does not know) leaves the build unknown.
 */
import {dirname, join, resolve} from 'node:path';
import {readText} from './common.js';
import {tsconfigAliases, type Alias} from './tsconfig-paths.js';
import {walkFiles} from './walk-files.js';
import {isBelow} from '../../paths.js';

/**
 * The files of `src/` that may import Markdown: pages, components, scripts. Not MDX: its imports are includes the site
 * index follows already (IncludeKind 'mdx'), and its prose may show such code as an example.
 */
const codeFile = /\.(?:astro|[cm]?[jt]sx?|vue|svelte)$/;
/** More files than a site's src/ holds: past this the scan gives up, and the build is unknown. */
const maxFiles = 5000;
/** An import's specifier naming a Markdown file: `from '…/x.md'`, `import('…/x.md')`, a query (`?raw`) allowed. */
const markdownImport = /\bimport\b[^;'"`]{0,400}?(["'`])([^"'`\n]+?\.(?:md|mdx|markdown|mdoc))(?:\?[^"'`\n]*)?\1/g;
const globCall = /\b(?:import\.meta\.glob|Astro\.glob)\s*(?:<[^>()]*>)?\s*\(/g;

/**
 * The Markdown files and glob folders outside `src/` that the code under `src/` imports (absolute), or
 * undefined when a glob's pattern or an import's place cannot be read (the build reads files postlint cannot name).
 */
export function astroImportedMarkdown(root: string): string[] | undefined {
  const src = join(root, 'src');
  const {files, cut} = walkFiles(src, {enter: (entry) => entry.name !== 'node_modules' && !entry.name.startsWith('.'), keep: (entry) => codeFile.test(entry.name), maxFiles});
  if (cut) return undefined;
  const aliases = tsconfigAliases(root);
  const read = new Set<string>();
  for (const file of files) {
    const text = readText(file) ?? '';
    if (!/\.(?:md|mdx|markdown|mdoc)\b|\bglob\s*(?:<|\()/.test(text)) continue;
    for (const match of text.matchAll(markdownImport)) {
      if (match[1] === '`' && match[2]!.includes('${')) return undefined;
      // A glob's pattern (`import.meta.glob('../posts/*.md')`) is read below, as a folder.
      if (/[*?[{]/.test(match[2]!)) continue;
      const target = place(file, match[2]!, root, aliases);
      // A package's Markdown (`some-theme/README.md`) is not the site's writing; an alias of the site's own
      // (`~/`, `@/`, `#`) that tsconfig does not name (Vite's `resolve.alias`) may be anywhere.
      if (target === undefined && /^(?:~|@\/|#)/.test(match[2]!)) return undefined;
      if (target !== undefined) read.add(target);
    }
    for (const match of text.matchAll(globCall)) {
      // Its first argument, a literal or a list of literals: read from a bounded slice, not scanned to a closing parenthesis per call.
      const argument = text.slice(match.index + match[0].length, match.index + match[0].length + 2000);
      const first = /^\s*(\[[^\]]*\]|(["'`])[^"'`]*\2)/.exec(argument)?.[1];
      if (first === undefined || first.includes('${')) return undefined;
      for (const pattern of [...first.matchAll(/(["'`])([^"'`]*)\1/g)].map((quoted) => quoted[2]!)) {
        if (pattern.startsWith('!')) continue;
        const prefix = pattern.slice(0, pattern.search(/[*?[{]|$/));
        const folder = place(file, prefix.endsWith('/') ? prefix : dirname(prefix) + '/', root, aliases);
        if (folder === undefined) return undefined;
        read.add(folder);
      }
    }
  }
  return [...read].filter((path) => path !== src && !isBelow(path, src));
}

/** Where a specifier points: relative to the importing file, `/` the project root (Vite), a tsconfig alias; undefined for a package. */
function place(from: string, specifier: string, root: string, aliases: readonly Alias[]): string | undefined {
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier);
  if (specifier.startsWith('/')) return resolve(root, `.${specifier}`);
  const alias = aliases.find(({prefix}) => specifier.startsWith(prefix));
  return alias ? resolve(alias.folder, specifier.slice(alias.prefix.length)) : undefined;
}
