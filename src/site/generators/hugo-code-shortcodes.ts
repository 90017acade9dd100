/**
 * Hugo shortcodes whose template writes their inner text as code: the page's `{{< name >}}…{{< /name >}}`
 * body is a code sample, not prose (read as a fence by src/template-code.ts). Read from the shortcode's own
 * template (the site's `layouts/shortcodes/<name>.html` or `_shortcodes/`, before its themes'): every use
 * of `.Inner` must be one of
 *
 * - highlighted: `.Inner | highlight …`, `highlight .Inner …`, `transform.Highlight` (Hugo's own `highlight`
 *   shortcode does this: tpl/tplimpl/embedded/templates/shortcodes/highlight.html);
 * - put in a Markdown fence: a `printf` whose format holds a ``` fence around the `%s` it goes to (the
 *   fenced result then rendered as Markdown);
 * - written inside a `<pre>` or `<code>` element of the template (`<pre><code>{{ .Inner }}</code></pre>`).
 *
 * A template that also writes `.Inner` any other way (`{{ .Inner | markdownify }}` in a note's `<div>`)
 * keeps its body checked as prose. A condition (`with .Inner`, `if .Inner`) is no use.
 */
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {perSite, readText} from './common.js';
import {hugoLayoutDirs} from './hugo-site.js';
import {templateTags} from './hugo-hooks.js';
import type {SiteInfo} from './types.js';


/** Is each `.Inner` of one action a code use (highlighted, or fenced by a printf)? Counts: [uses, code uses]. */
function innerUses(action: string): [number, number] {
  const uses = (action.match(/\.Inner\b/g) ?? []).length;
  if (uses === 0 || /^(?:with|if)\s+\.Inner\s*$/.test(action)) return [0, 0];
  if (/\b(?:transform\.Highlight|highlight)\b/.test(action)) return [uses, uses];
  const printf = /\bprintf\s+"((?:[^"\\]|\\.)*)"((?:\s+[^\s|)]+)+)/.exec(action);
  if (printf) {
    const format = printf[1]!;
    const args = printf[2]!.trim().split(/\s+/);
    const slot = args.indexOf('.Inner');
    const verbs = [...format.matchAll(/%[-+# 0-9.]*[a-zA-Z%]/g)].filter((verb) => verb[0] !== '%%');
    const verb = slot >= 0 ? verbs[slot] : undefined;
    if (verb && fenced(format, verb.index!)) return [uses, 1];
  }
  return [uses, 0];
}

/** Is position `at` of a printf format between an opening ``` and a closing one? */
function fenced(format: string, at: number): boolean {
  const before = format.slice(0, at).split('```').length - 1;
  const after = format.slice(at).includes('```');
  return before % 2 === 1 && after;
}

/** Is the action at `at` inside a `<pre>` or `<code>` element of the template's HTML? */
function inCodeElement(text: string, at: number): boolean {
  const before = text.slice(0, at).toLowerCase();
  return ['pre', 'code'].some((tag) => before.lastIndexOf(`<${tag}`) > before.lastIndexOf(`</${tag}>`));
}

/** Does this shortcode template write its inner text only as code? */
export function writesInnerAsCode(template: string): boolean {
  let uses = 0;
  let code = 0;
  for (const {start: at, action} of templateTags(template)) {
    const [all, coded] = innerUses(action);
    uses += all;
    code += coded < all && inCodeElement(template, at) && !/\b(?:markdownify|RenderString)\b/.test(action) ? all : coded;
  }
  return uses > 0 && code === uses;
}

/** The names of the site's shortcodes that write their inner text as code (the site's template before its themes'). */
export const hugoCodeShortcodes = perSite((site: SiteInfo): ReadonlySet<string> => {
  const seen = new Set<string>();
  const code = new Set<string>();
  for (const layouts of hugoLayoutDirs(site)) {
    for (const folder of ['shortcodes', '_shortcodes']) {
      const dir = join(layouts, folder);
      if (!existsSync(dir)) continue;
      let names: string[];
      try {
        names = readdirSync(dir, {recursive: true, encoding: 'utf8'});
      } catch {
        continue;
      }
      for (const file of names) {
        const name = /^(.+?)\.html$/.exec(file.split('\\').join('/'))?.[1];
        // One per name: the site's own template hides a theme's of the same name.
        if (!name || seen.has(name)) continue;
        seen.add(name);
        if (writesInnerAsCode(readText(join(dir, file)) ?? '')) code.add(name);
      }
    }
  }
  return code;
});
