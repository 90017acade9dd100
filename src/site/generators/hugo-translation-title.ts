/**
 * A translated page left as a stub (`untranslated: 1`, no title) whose layout shows another
 * translation's title in its place: the layout tests a front-matter param and, when it is set,
 * ranges over the page's translations, keeps one in a variable and writes that variable's title:
 *
 *     {{ if .Params.untranslated }}{{ range .Translations }}{{ if eq .Lang "en" }}{{ $shown = . }}{{ end }}{{ end }}{{ end }}
 *     … {{ $shown.Title }}
 *
 * Hugo itself needs no title (the page builds; `.Title` is empty). Translations are the pages with
 * the same path below another language's content folder, or the same name with another language
 * suffix (here: the file without one beside it; gohugo.io content-management/multilingual, "Translate your content"); a `translationKey`
 * is not followed (such a stub stays reported). The title is excused only when the param is set on
 * the page and a translation in the checkout has a title; a stub no translation titles is still reported.
 */
import {basename, dirname, join, relative} from 'node:path';
import {isFile, readText, readFrontMatterDataSync} from './common.js';
import {hugoContentRootOf, hugoContentRoots, hugoPageLanguage} from './hugo-site.js';
import {hugoSingleLayout} from './hugo-page-layout.js';
import type {PageInput, SiteInfo} from './types.js';
import {toPosix} from '../../paths.js';

/** `{{ if .Params.x }}` / `{{ if .Page.Params.x }}` / `{{ if $.Params.x }}`: the param the block tests. */
const paramTest = /\{\{-?\s*if\s+\$?(?:\.Page)?\.Params\.(\w+)\s*-?\}\}/g;
/** Block openers and `end`, to find where a block closes. */
const blockAction = /\{\{-?\s*(if|range|with|define|block|try|end)\b[^}]*\}\}/g;

/** The text of the block opened by the action ending at `from`, up to its own `{{ end }}`. */
function blockBody(text: string, from: number): string {
  let depth = 1;
  blockAction.lastIndex = from;
  for (let match = blockAction.exec(text); match; match = blockAction.exec(text)) {
    depth += match[1] === 'end' ? -1 : 1;
    if (depth === 0) return text.slice(from, match.index);
  }
  return text.slice(from);
}

/**
 * Is the text at `at` written on every render of the template: inside no `if`, `with` or `range`
 * (only the `define`/`block` that holds it)? A kept translation's title written only in a branch
 * (a banner inside the param's own block, an `{{ else }}`) leaves the page's own title where it is.
 */
function unconditional(text: string, at: number): boolean {
  const open: string[] = [];
  blockAction.lastIndex = 0;
  for (let match = blockAction.exec(text); match && match.index < at; match = blockAction.exec(text)) {
    if (match[1] === 'end') open.pop();
    else open.push(match[1]!);
  }
  return open.every((kind) => kind === 'define' || kind === 'block');
}

/** `eq .Language.Lang "en"` (or `.Lang`, either side) inside the block: the one translation it keeps. */
const languageTest = /\beq\s+(?:\$?\.(?:Language\.Lang|Lang)\s+"([\w-]+)"|"([\w-]+)"\s+\$?\.(?:Language\.Lang|Lang)\b)/;

/**
 * The params for which the layout text shows a translation's title instead of the page's, each with
 * the language of the translation it keeps when the block names one.
 */
function translationTitleParams(text: string): Array<{param: string; language?: string}> {
  const params: Array<{param: string; language?: string}> = [];
  for (const test of text.matchAll(paramTest)) {
    const body = blockBody(text, test.index + test[0].length);
    // Inside: `range .Translations` (or AllTranslations), keeping one of them (`$shown = .`).
    if (!/\brange\s+\$?(?:\.Page)?\.(?:All)?Translations\b/.test(body)) continue;
    const kept = [...body.matchAll(/(\$\w+)\s*:?=\s*\.\s*-?\}\}/g)].map((match) => match[1]!);
    const shown = (variable: string): boolean => [...text.matchAll(new RegExp(String.raw`${variable.replace('$', '\\$')}\.(?:Title|LinkTitle)\b`, 'g'))].some((use) => unconditional(text, use.index));
    const language = languageTest.exec(body);
    if (kept.some(shown)) params.push({param: test[1]!, ...(language ? {language: (language[1] ?? language[2]!).toLowerCase()} : {})});
  }
  return params;
}

/** Go templates' truth: not false, 0, nil or empty. */
function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function paramOf(data: Record<string, unknown>, name: string): unknown {
  return Object.entries(data).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}

function titleOf(data: Record<string, unknown> | undefined): string | undefined {
  const title = data === undefined ? undefined : paramOf(data, 'title');
  return typeof title === 'string' && title.trim() !== '' ? title : undefined;
}

/** The page's translations in the checkout: the same path in the other content folders, the file without its language suffix beside it. */
function translations(path: string, site: SiteInfo): string[] {
  const root = hugoContentRootOf(path, site);
  if (!root) return [];
  const name = basename(path);
  const bare = name.replace(/\.[a-z]{2,3}(?:-[a-z]+)?(\.(?:md|markdown|html?))$/i, '$1');
  const rel = join(relative(root, dirname(path)), bare);
  // `about.fr.md` beside `about.md`: the default language's file is a translation too.
  const found = [join(dirname(path), bare), ...hugoContentRoots(site).filter((other) => other !== root).map((other) => join(other, rel))];
  return found.filter((file) => file !== path && isFile(file));
}

/**
 * Why a page without a title shows one anyway: its layout writes a translation's title when a param
 * the page sets is set, and a translation has one. Undefined otherwise.
 */
export function hugoTitleFromTranslation(page: PageInput): string | undefined {
  const site = page.site;
  if (!site) return undefined;
  const chosen = hugoSingleLayout(page.path, site, page.data);
  if (!chosen) return undefined;
  const params = chosen.files.flatMap((file) => translationTitleParams(readText(file) ?? ''));
  const set = params.find(({param: name}) => truthy(paramOf(page.data, name)));
  if (set === undefined) return undefined;
  const {param, language} = set;
  // The layout keeps the translation in the language it names (`eq .Language.Lang "en"`): another one's title is not shown.
  const kept = translations(page.path, site).filter((file) => language === undefined || hugoPageLanguage(file, site) === language);
  const titled = kept.find((file) => titleOf(readFrontMatterDataSync(readText(file) ?? '')) !== undefined);
  if (titled === undefined) return undefined;
  return `its layout, ${toPosix(relative(site.root, chosen.template))}, which shows the title of its translation ${toPosix(relative(site.root, titled))} when "${param}" is set`;
}
