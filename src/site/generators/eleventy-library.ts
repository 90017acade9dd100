/**
 * Eleventy's `setLibrary('md', lib)` (11ty/eleventy UserConfig.setLibrary; TemplateEngine Markdown
 * then renders with that markdown-it instance): the heading ids and attribute syntax come from the
 * plugins the library was built with. A config that imports the library from a local module
 * (`import markdown from './utils/markdown.js'`, `import {markdown} from './lib/plugins/markdown.ts'`,
 * `const md = require('./lib/md')`) builds it there: that module's text (and the local modules it
 * imports) is read with the config's, as text, never run.
 *
 * A config that calls neither `setLibrary('md', …)` nor `amendLibrary('md', …)` may add a local plugin
 * module that does (`addPlugin(require('./config/libraries/markdown-it.js'))`): that module builds it.
 *
 * markdown-it-anchor's `slugify` option may name a function the site declares in another module
 * (`slugify: slugifyString`, imported from `../utils/string.ts`): it is followed to its
 * declaration (named imports, re-exports, inside the site only), and when its body is one call it
 * is read as that call, with the imports of the module it is written in.
 */
import {relative} from 'node:path';
import {localModules} from './config-text.js';
import {functionReturns, identifierExpression} from './config-settings.js';
import {relativeModuleFile, topLevelParts} from './js-source.js';
import {markdownItUse} from './markdown-it-use.js';
import {readText} from './common.js';

export interface MarkdownLibrary {
  /** The text of the local module the library is built in, and of the local modules it imports; '' when the config builds it itself. */
  text: string;
  /**
   * markdown-it-anchor's `slugify` when it names a function declared in a module of the site:
   * that function as one arrow (`(str) => slugify(str, {lower: true})`) and the text of the module
   * it is written in (whose imports say what it calls).
   */
  anchorSlugify?: {expression: string; text: string} | {unknown: string};
}

/** The local module file the config's `setLibrary('md', name)` takes its library from; undefined when none (or the config builds it). */
function libraryFile(configFile: string, text: string, name: string, within: string): string | undefined {
  const escaped = name.replace(/\$/g, '\\$');
  // `require` is a call postlint does not follow as a value: the module it names is the library's.
  const required = new RegExp(`\\b(?:const|let|var)\\s+(?:${escaped}|\\{[^}]*\\b${escaped}\\b[^}]*\\})\\s*=\\s*require\\(\\s*['"](\\.{1,2}/[^'"]+)['"]\\s*\\)`).exec(text)?.[1];
  if (required !== undefined) return relativeModuleFile(configFile, required);
  const found = identifierExpression(name, configFile, within);
  return 'unread' in found || found.file === configFile ? undefined : found.file;
}

/**
 * markdown-it-anchor's `slugify` option in the first of `modules` that uses the plugin with one,
 * followed to the function it names; undefined when it is written inline (the config's own text
 * is read for that) or postlint cannot follow it.
 */
function anchorSlugify(modules: Array<{file: string; text: string}>, within: string): MarkdownLibrary['anchorSlugify'] {
  for (const module of modules) {
    const options = markdownItUse(module.text, 'markdown-it-anchor')?.options;
    if (options === undefined) continue;
    // `slugify: name` or the shorthand `slugify`.
    const entry = topLevelParts(options).map((part) => /^(['"]?)slugify\1\s*(?::\s*([\s\S]*))?$/.exec(part)).find((match) => match !== null);
    const name = entry ? (entry[2] ?? 'slugify').trim() : undefined;
    if (name === undefined || !/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
    // A name postlint cannot follow (a package's export: npm `slugify` itself) is read from the text as before.
    const found = identifierExpression(name, module.file, within);
    if ('unread' in found) return undefined;
    const fn = functionReturns(found.expression);
    const param = fn?.params[0];
    if (!fn || !param) return {unknown: `the Eleventy config gives markdown-it-anchor its own slugify (\`${name}\`, declared in ${relative(within, found.file)}: more than one call), which postlint does not run`};
    return {expression: `(${param}) => ${fn.returns}`, text: found.text};
  }
  return undefined;
}

/** `setLibrary('md', …)` or `amendLibrary('md', …)`: the call that builds (or extends) the Markdown library. */
const mdLibraryCall = /\b(?:setLibrary|amendLibrary)\s*\(\s*['"`]md['"`]/;

/**
 * A config that never calls `setLibrary('md', …)` itself may add a local plugin that does
 * (`addPlugin(require('./config/libraries/markdown-it.js'), {…})`: Eleventy's addPlugin runs the
 * plugin function with the same eleventyConfig, UserConfig.addPlugin): the first local module the
 * config loads (and those they load) that calls it builds the library.
 */
function pluginLibraryFile(configFile: string, text: string): string | undefined {
  return localModules(configFile, text).slice(1).find((module) => mdLibraryCall.test(module.text))?.file;
}

/** The config's Markdown library as its modules build it (see the module comment); `within` is the site folder. */
export function markdownLibrary(configFile: string, text: string, within: string): MarkdownLibrary {
  const name = /\bsetLibrary\s*\(\s*['"`]md['"`]\s*,\s*([A-Za-z_$][\w$]*)\s*\)/.exec(text)?.[1];
  const file = name ? libraryFile(configFile, text, name, within) : mdLibraryCall.test(text) ? undefined : pluginLibraryFile(configFile, text);
  const source = file ? readText(file) : undefined;
  const modules = file && source !== undefined ? localModules(file, source) : [];
  const slugify = anchorSlugify([{file: configFile, text}, ...modules], within);
  return {text: modules.map((module) => module.text).join('\n'), ...(slugify ? {anchorSlugify: slugify} : {})};
}

