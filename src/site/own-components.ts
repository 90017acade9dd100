/**
 * The site's own components an MDX page imports (`import ArticlePhoto from '~/components/ArticlePhoto.astro'`,
 * `./Figure.jsx`: a relative path or a tsconfig alias, no package) that read a bare name in their `src` or
 * `href` prop themselves: the component, not the browser, turns `src="2022-04-06-launch"` into a URL (an
 * upload's name looked up with `import.meta.glob`, an imports map, a CDN id, a prop passed on to another
 * component). postlint follows one step only: a component whose source writes the prop straight into an
 * element's attribute (`<img src={src}>`, `<a href={Astro.props.href}>`) gives the browser the value as
 * written, and its bare name stays a link; any other, or one whose file cannot be found, is left to the
 * component (facts.ts's packageValue: a value written as a path, `./x.png`, `/img/x.png`, stays a link).
 */
import {readText} from './generators/common.js';
import {moduleFile, tsconfigAliases, type Alias} from './generators/tsconfig-paths.js';
import {importedNames} from '../text/mdx-imports.js';
import {escapeRegExp} from '../links/patterns.js';

/** Whether each component file writes a prop straight into an element, by `file\0prop` (components are shared by many pages). */
const writesStraight = new Map<string, boolean>();

/** Each site root's tsconfig aliases, read once (every MDX page of the site asks). */
const aliasesByRoot = new Map<string, Alias[]>();

/** The page's own imported components' props (`ArticlePhoto src`, by the name the page uses) whose bare-name value the component reads itself. */
export function selfResolvingProps(source: string, page: string, root: string): Set<string> {
  const names = new Set<string>();
  const imports = importedNames(source);
  if (imports.size === 0) return names;
  let aliases = aliasesByRoot.get(root);
  if (aliases === undefined) aliasesByRoot.set(root, (aliases = tsconfigAliases(root)));
  for (const [name, {from}] of imports) {
    if (!/^[A-Z]/.test(name)) continue;
    const local = from.startsWith('.') || aliases.some(({prefix}) => from.startsWith(prefix));
    if (!local) continue;
    const file = moduleFile(page, from, aliases);
    for (const prop of ['src', 'href'] as const) if (file === undefined || !writesPropStraight(file, prop)) names.add(`${name} ${prop}`);
  }
  return names;
}

/**
 * Does the component's source put the prop as it is into an element's attribute of the same name
 * (`<img src={src}`), or spread its props onto an element (`<img {...attrs} />`)? A prop passed on to
 * another component, looked up, or never written is the component's own business.
 */
function writesPropStraight(file: string, prop: 'src' | 'href'): boolean {
  const key = `${file}\0${prop}`;
  let straight = writesStraight.get(key);
  if (straight === undefined) {
    const text = readText(file) ?? '';
    const value = String.raw`\{\s*(?:Astro\.props\.|props\.)?${escapeRegExp(prop)}\s*\}`;
    // A lowercase tag is an HTML element the browser reads; Astro's own `<Image>`/`<Picture>` take a path too.
    straight = new RegExp(String.raw`<(?:[a-z][\w-]*|Image|Picture)\b[^<>]*?\s${prop}\s*=\s*${value}`).test(text) || /<[a-z][\w-]*\b[^<>]*?\{\s*\.\.\.[\w$.]+\s*\}/.test(text);
    writesStraight.set(key, straight);
  }
  return straight;
}
