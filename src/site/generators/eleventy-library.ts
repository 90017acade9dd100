/**
 * Eleventy's `setLibrary('md', lib)` (11ty/eleventy UserConfig.setLibrary; TemplateEngine Markdown
 * then renders with that markdown-it instance): the heading ids and attribute syntax come from the
 * plugins the library was built with. A config that imports the library from a local module
 * (`import markdown from './utils/markdown.js'`, `const md = require('./lib/md')`) builds it there:
 * that module's text (and the local modules it imports) is read with the config's, as text, never run.
 */
import {dirname, resolve} from 'node:path';
import {localModules} from './config-text.js';

/** The text of the local module (and its own local imports) that the config's `setLibrary('md', name)` takes its library from; '' when none. */
export function markdownLibraryText(configFile: string, text: string): string {
  const name = /\bsetLibrary\s*\(\s*['"`]md['"`]\s*,\s*([A-Za-z_$][\w$]*)\s*\)/.exec(text)?.[1];
  if (!name) return '';
  const escaped = name.replace(/\$/g, '\\$');
  const source = new RegExp(`\\bimport\\s+${escaped}\\s+from\\s+['"](\\.{1,2}/[^'"]+)['"]|\\b(?:const|let|var)\\s+${escaped}\\s*=\\s*require\\(\\s*['"](\\.{1,2}/[^'"]+)['"]\\s*\\)`).exec(text);
  const path = source?.[1] ?? source?.[2];
  if (!path) return '';
  // localModules follows the module's own imports; the entry is a one-line stand-in that names it.
  const modules = localModules(resolve(dirname(configFile), '.postlint-library.js'), `import x from '${path}'`);
  return modules.slice(1).map((module) => module.text).join('\n');
}
