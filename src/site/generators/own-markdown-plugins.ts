/**
 * Remark and rehype plugins a site writes itself: a docs plugin's options list a module of the
 * repository (`import links from './src/transformers/links.ts'`, `require('./plugins/x')`,
 * `path.resolve(__dirname, './x.js')`), not a package. Docusaurus runs each over every doc of that
 * plugin (`remarkPlugins`, `beforeDefaultRemarkPlugins`, `rehypePlugins`, `beforeDefaultRehypePlugins`,
 * facebook/docusaurus packages/docusaurus-mdx-loader processor.ts), and such a plugin may rewrite a
 * link's destination: a common one turns a relative link that leaves the docs folder into a link to
 * the repository on GitHub, so `../../LICENSE` works on the built site. postlint never runs a
 * site's code, so it names these plugins, and the links they may rewrite are unverifiable.
 * A package's plugin is not here: a published plugin's behaviour is its own documented concern.
 */
import {importBindings} from './astro-markdown-plugins.js';
import {balanced} from './js-source.js';

/** A module path of the repository's own (`./x`, `../x`), not a package name. */
const ownModule = /^\.{1,2}\//;

/** The text of each plugin list in an options object's text (brackets balanced). */
function pluginLists(optionsText: string): string[] {
  return [...optionsText.matchAll(/(?:^|[^\w$])(?:beforeDefault(?:Remark|Rehype)|remark|rehype)Plugins['"]?\s*:\s*\[/g)].map((match) => balanced(optionsText, match.index + match[0].length - 1));
}

/** `const name = require('./x')` bindings of the config. */
function requireBindings(configText: string): Map<string, string> {
  const bindings = new Map<string, string>();
  for (const match of configText.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g)) bindings.set(match[1]!, match[2]!);
  return bindings;
}

/**
 * The plugins the options object's plugin lists take from the site's own modules, each as
 * `name (module)` (or the module alone when written in the list itself).
 */
export function ownMarkdownPlugins(optionsText: string | undefined, configText: string): string[] {
  if (optionsText === undefined) return [];
  const bindings = new Map([...requireBindings(configText), ...importBindings(configText)]);
  const found = new Set<string>();
  for (const list of pluginLists(optionsText)) {
    // A module named in the list itself: `require('./x')`, `path.resolve(__dirname, './x')`.
    for (const match of list.matchAll(/\b(?:require|resolve|join)\(\s*(?:__dirname\s*,\s*)?['"`](\.{1,2}\/[^'"`]+)['"`]/g)) found.add(match[1]!);
    for (const match of list.matchAll(/[A-Za-z_$][\w$]*/g)) {
      const module = bindings.get(match[0]);
      if (module !== undefined && ownModule.test(module)) found.add(`${match[0]} (${module})`);
    }
  }
  return [...found];
}
