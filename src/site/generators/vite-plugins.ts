/**
 * Vite plugins of a site's own that rewrite Markdown before the generator reads it. A Vite plugin's
 * `transform(code, id)` hook is handed every module, a page's `.md` source included, and what it
 * returns is what VitePress renders (its `vitepress` plugin runs after user plugins with
 * `enforce: 'pre'`): one may append sections to every page (a `## Type Declarations` written from
 * the built types), so the page has headings its file does not. postlint never runs the site's
 * code; it finds, among the config and the local modules it imports, the ones that define a
 * `transform` hook and test for `.md`, and names them. Packages are not read (not installed in a
 * checkout); a Markdown-it plugin (`markdown.config`) writes no Markdown source.
 */
import {relative} from 'node:path';
import {localModules} from './config-text.js';
import {toPosix} from '../../paths.js';

/** A `transform` hook: a method `transform(…)` / `async transform(…)`, or a `transform: function`/arrow. */
const transformHook = /\btransform\s*(?:\(|:\s*(?:async\s+)?(?:function\b|\())/;

/** A test for Markdown modules: `/\.md$/`, `'.md'`, `endsWith('.md')`. */
const markdownTest = /\\\.md\b|['"`]\.md['"`]|\.md\$/;

/**
 * The site's local Vite plugins that transform Markdown, each as `name (file)`; `root` is the
 * folder file names are shown from.
 */
export function markdownTransformPlugins(configFile: string, configText: string, root: string): string[] {
  const found: string[] = [];
  for (const module of localModules(configFile, configText)) {
    // The hook must test for `.md` itself (within its first lines), not merely sit in a module that mentions Markdown files.
    const hooks = [...module.text.matchAll(new RegExp(transformHook.source, 'g'))];
    if (!hooks.some((hook) => markdownTest.test(module.text.slice(hook.index, hook.index + 600)))) continue;
    const name = /\bname\s*:\s*['"`]([^'"`]+)['"`]/.exec(module.text)?.[1];
    const file = toPosix(relative(root, module.file));
    found.push(name ? `${name} (${file})` : file);
  }
  return found;
}
