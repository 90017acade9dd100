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
 *
 * Site-wide (docusaurusOwnPlugins), a function the config declares or writes in a list counts too
 * (`function variable() {…}` replacing `{@name@}` with the config's `customFields`): a destination
 * holding such a template token is unverifiable on that site (src/site/template-token.ts). The docs
 * folder's rule above keeps to modules: a relative path is still checked under an inline function.
 */
import {importBindings} from './astro-markdown-plugins.js';
import {objectOf} from './config-text.js';
import {balanced, bracketCloses, topLevelParts, withoutComments} from './js-source.js';

/** A module path of the repository's own (`./x`, `../x`), not a package name. */
const ownModule = /^\.{1,2}\//;

/** The text of each plugin list in an options object's text (brackets balanced). */
function pluginLists(optionsText: string): string[] {
  // Each list's end found in one pass: nested lists would cost a scan of the rest of the text each.
  const closes = bracketCloses(optionsText);
  const lists: string[] = [];
  let end = -1;
  for (const match of optionsText.matchAll(/(?:^|[^\w$])(?:beforeDefault(?:Remark|Rehype)|remark|rehype)Plugins['"]?\s*:\s*\[/g)) {
    const open = match.index + match[0].length - 1;
    // A list inside one already read (a plugin's own options) is part of that one's text.
    if (open < end) continue;
    lists.push(bodyAt(optionsText, open, closes));
    end = closes.get(open) ?? optionsText.length;
  }
  return lists;
}

/** The body of the bracket opening at `open`, its end looked up in `closes` (bracketCloses). */
function bodyAt(text: string, open: number, closes: Map<number, number>): string {
  return text.slice(open + 1, closes.get(open) ?? text.length);
}

/** `const name = require('./x')` bindings of the config. */
function requireBindings(configText: string): Map<string, string> {
  const bindings = new Map<string, string>();
  for (const match of configText.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g)) bindings.set(match[1]!, match[2]!);
  return bindings;
}

/**
 * Functions the config file declares itself (`function variable() {…}`, `const links = () => …`,
 * `const x = function …`): a plugin written there is the site's own code as much as a module of it is.
 */
function declaredFunctions(configText: string): Set<string> {
  const names = new Set<string>();
  for (const match of configText.matchAll(/\b(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/g)) names.add(match[1]!);
  for (const match of configText.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]{1,200})?=\s*(?:async\s+)?(?:function\b|\([^()]*\)\s*(?::[^=;\n]{1,200})?=>|[A-Za-z_$][\w$]*\s*=>)/g)) names.add(match[1]!);
  return names;
}

/** A function written where a plugin is named (`() => (tree) => {…}`, `function (options) {…}`). */
const inlineFunction = /^(?:async\s+)?(?:function\b|\([^()]*\)\s*(?::[^=;\n]{1,200})?=>|[A-Za-z_$][\w$]*\s*=>)/;

/** The plugin a list entry names: the entry, or the first element of a `[plugin, options]` pair. */
function entryPlugin(entry: string): string {
  return entry.startsWith('[') ? (topLevelParts(balanced(entry, 0))[0] ?? '') : entry;
}

/**
 * The site's own plugins among those a list of plugins names (the text inside its brackets), each
 * as `name (module)`, `name (declared in the config)`, the module alone when written in the list
 * itself, or `an inline function`. Packages are not here, nor the options a pair passes.
 */
function ownPluginsIn(list: string, names: Bindings, modulesOnly: boolean): string[] {
  const found = topLevelParts(withoutComments(list)).map((entry) => ownPlugin(entryPlugin(entry), names, modulesOnly));
  return [...new Set(found.filter((name) => name !== undefined))];
}

/** The config's bindings to modules (imports, requires) and the functions it declares. */
interface Bindings {
  modules: Map<string, string>;
  declared: Set<string>;
}

function bindingsOf(configText: string): Bindings {
  return {modules: new Map([...requireBindings(configText), ...importBindings(configText)]), declared: declaredFunctions(configText)};
}

/** How a plugin expression of the site's own is named, or undefined for a package's (or one not known to be the site's). */
function ownPlugin(plugin: string, {modules, declared}: Bindings, modulesOnly: boolean): string | undefined {
  // A module named in the entry itself: `require('./x')`, `path.resolve(__dirname, './x')`.
  const named = /\b(?:require|resolve|join)\(\s*(?:__dirname\s*,\s*)?['"`](\.{1,2}\/[^'"`]+)['"`]/.exec(plugin);
  if (named) return named[1]!;
  if (inlineFunction.test(plugin)) return modulesOnly ? undefined : 'an inline function';
  // `name`, `name.default`, `name(options)`: the binding the entry starts with.
  const name = /^[A-Za-z_$][\w$]*/.exec(plugin)?.[0];
  if (name === undefined) return undefined;
  const module = modules.get(name);
  if (module !== undefined) return ownModule.test(module) ? `${name} (${module})` : undefined;
  return !modulesOnly && declared.has(name) ? `${name} (declared in the config)` : undefined;
}

/**
 * The plugins the options object's plugin lists take from the site's own modules, each as
 * `name (module)` (or the module alone when written in the list itself); with `modulesOnly: false`,
 * functions the config declares or writes in the list too.
 */
export function ownMarkdownPlugins(optionsText: string | undefined, configText: string, {modulesOnly = true} = {}): string[] {
  if (optionsText === undefined) return [];
  // A list or a function in a comment (`// remarkPlugins: [fill],`) is none the build runs.
  const names = bindingsOf(withoutComments(configText));
  return [...new Set(pluginLists(withoutComments(optionsText)).flatMap((list) => ownPluginsIn(list, names, modulesOnly)))];
}

/**
 * Every Markdown plugin of the site's own a Docusaurus config runs, whichever content plugin's
 * options list it (the preset's docs, blog and pages, each `plugin-content-*`, a local content
 * plugin's own options), and the config's `markdown.preprocessor` (Docusaurus 3: a function of the
 * site's that gets each file's text before it is parsed): each may rewrite any destination.
 */
export function docusaurusOwnPlugins(configText: string): string[] {
  const found = new Set(configOwnPlugins(configText));
  // siteConfig.markdown.preprocessor (facebook/docusaurus packages/docusaurus-mdx-loader/src/preprocessor.ts).
  const markdown = objectOf(withoutComments(configText), 'markdown');
  if (markdown !== undefined && /(?:^|[\s,{])['"]?preprocessor['"]?\s*[:(]/m.test(markdown)) found.add('markdown.preprocessor');
  return [...found];
}

/** The plugins of the site's own every remark/rehype plugin list of a config names (Astro's `markdown`, its MDX integration's options). */
export function configOwnPlugins(configText: string): string[] {
  return ownMarkdownPlugins(configText, configText, {modulesOnly: false});
}

/** A markdown-it rule the config (or a local module it imports) writes itself: `md.renderer.rules.link_open = …`, `md.core.ruler.push(…)`. */
const ownRule = /\.renderer\.rules\.\w+\s*=(?!=)|\.(?:core|block|inline)\.ruler2?\.(?:push|before|after|at)\(/;

/**
 * The markdown-it plugins of the site's own a config adds with `.use(plugin, …)` (VitePress's
 * `markdown.config(md)`, Eleventy's `amendLibrary('md', …)` or `setLibrary('md', …)`), and a rule the
 * config writes on the instance: each gets every token of every page, a link's `href` included.
 */
export function markdownItOwnPlugins(configText: string): string[] {
  const text = withoutComments(configText);
  const names = bindingsOf(text);
  const found = new Set<string>();
  const closes = bracketCloses(text);
  let end = -1;
  for (const match of text.matchAll(/\.use\(/g)) {
    const open = match.index + match[0].length - 1;
    // A call inside another's arguments is read with that one's (each read once: linear time).
    if (open < end) continue;
    end = closes.get(open) ?? text.length;
    const plugin = topLevelParts(bodyAt(text, open, closes))[0];
    const own = plugin !== undefined ? ownPlugin(plugin, names, false) : undefined;
    if (own !== undefined) found.add(own);
  }
  if (ownRule.test(text)) found.add('a markdown-it rule of the site\'s own');
  return [...found];
}
