import {basename, dirname, relative} from 'node:path';
import {isBelow, toPosix} from '../paths.js';
import {CompletionItemKind, MarkupKind, type CompletionItem, type Hover, type Location, type Position} from 'vscode-languageserver';
import type {TextDocument} from 'vscode-languageserver-textdocument';
import type {LinkFact} from '../facts.js';
import type {PostlintConfig} from '../config.js';
import type {SiteIndex} from '../site/index.js';
import {linkTarget} from '../site/link-target.js';
import {documentIds, type IdTarget} from '../site/anchors.js';
import {chooseFlavor} from '../site/flavor.js';
import {flavor} from '../site/slug/index.js';
import {generatorOf} from '../site/generators/index.js';
import {uriOf} from './uris.js';

export interface SiteView {
  index: SiteIndex;
  config: PostlintConfig;
  /** Paths in messages are shown relative to this folder. */
  cwd: string;
}

/**
 * A link being written up to the cursor, with `#` typed: inline links `](path#`, reference
 * definitions `[x]: path#`, HTML `href="path#`, Hugo `{{< ref "path#` / `relref`, and after a
 * Liquid tag that makes a page's URL, `{% link path %}#` / `{% post_url name %}#` (Jekyll's tags
 * take no fragment; the one written after the tag goes to the page).
 */
const fragmentContexts: Array<{pattern: RegExp; kind: LinkFact['kind']; syntax?: (match: RegExpExecArray) => string}> = [
  {pattern: /\]\(\s*<?([^()\s<>#]*)#([^()\s<>#]*)$/, kind: 'link'},
  {pattern: /^\s{0,3}\[[^\]]+\]:\s*<?([^\s<>#]*)#([^\s<>#]*)$/, kind: 'definition'},
  {pattern: /\bhref\s*=\s*["']([^"'#]*)#([^"'#]*)$/i, kind: 'html'},
  {pattern: /\{\{[<%]-?\s*(?:rel)?ref\s+["']([^"'#]*)#([^"'#]*)$/, kind: 'shortcode', syntax: () => 'ref'},
  {pattern: /(?<!\{)\{%-?\s*(?:link|post_url)\s+["']?([^"'\s%#]+)["']?\s*-?%\}#([^()\s<>#"']*)$/, kind: 'shortcode', syntax: (match) => (/post_url/.test(match[0]) ? 'post_url' : 'link')},
];

/**
 * A page path being written inside a generator's link syntax: Hugo's `{{< ref "` / `relref`,
 * Jekyll's `{% link ` and `{% post_url `. Which forms of a path each accepts is for the site
 * index (the generator's resolution) to say.
 */
const syntaxPathContexts: Array<{pattern: RegExp; syntax: (match: RegExpExecArray) => string}> = [
  {pattern: /\{\{[<%]-?\s*(?:rel)?ref\s+["']([^"'\s#]*)$/, syntax: () => 'ref'},
  {pattern: /(?<!\{)\{%-?\s*(link|post_url)\s+["']?([^"'\s%#]*)$/, syntax: (match) => match[1]!},
];

/** At most this many paths are offered (the editor filters them as more is typed; the list says it is incomplete). */
const maxPathItems = 500;
/** At most this many pages are tried (a generator may look a name up through every page: `post_url`). */
const maxPathAttempts = 2000;

/** Every id of a document's page under its site's slug flavor, with the ids of the files it includes. */
function idsOf(view: SiteView, document: string, seen = new Set<string>()): Map<string, IdTarget> {
  const facts = view.index.facts(document);
  if (!facts) return new Map();
  const choice = chooseFlavor(view.index.site(document), view.config);
  const ids = documentIds(facts, flavor(choice.name), choice.options);
  seen.add(document);
  for (const include of facts.includes ?? []) {
    const included = view.index.resolveInclude(document, include);
    if (!included || seen.has(included)) continue;
    for (const [id, target] of idsOf(view, included, seen)) if (!ids.has(id)) ids.set(id, target);
  }
  return ids;
}

/** Completion of the fragment after `#`: the target page's ids, labelled with their heading's text. */
export function completeFragment(view: SiteView, path: string, document: TextDocument, position: Position): CompletionItem[] {
  const before = document.getText({start: {line: position.line, character: 0}, end: position});
  for (const {pattern, kind, syntax} of fragmentContexts) {
    const match = pattern.exec(before);
    if (!match) continue;
    const [, target = '', typed = ''] = match;
    const where = linkTarget(view.index, path, {url: `${target}#`, kind, line: position.line + 1, column: 1, ...(syntax ? {syntax: syntax(match)} : {})});
    if (!where?.document) return [];
    const range = {start: {line: position.line, character: position.character - typed.length}, end: position};
    const items: CompletionItem[] = [];
    for (const [id, owner] of idsOf(view, where.document)) {
      if (id === '') continue;
      const heading = owner.heading;
      items.push({
        label: heading ? heading.text.trim() || id : id,
        kind: heading ? CompletionItemKind.Reference : CompletionItemKind.Constant,
        detail: `#${id}`,
        filterText: id,
        sortText: String(items.length).padStart(6, '0'),
        textEdit: {range, newText: id},
      });
    }
    return items;
  }
  return [];
}

/** A link's path being written: `](` then the path so far (no `#` yet). */
const pathContext = /\]\(\s*<?([^()\s<>#]*)$/;

/**
 * Completion of page paths after `](`: the site's Markdown files, relative to the document's folder
 * (as a relative link is written; the generator's own URL forms are not offered).
 */
export function completePath(view: SiteView, path: string, document: TextDocument, position: Position): CompletionItem[] {
  const before = document.getText({start: {line: position.line, character: 0}, end: position});
  const match = pathContext.exec(before);
  if (!match) return [];
  const typed = match[1] ?? '';
  const site = view.index.site(path)?.root;
  const range = {start: {line: position.line, character: position.character - typed.length}, end: position};
  const items: CompletionItem[] = [];
  for (const [file, facts] of view.index.files) {
    if (file === path || (site && view.index.site(file)?.root !== site)) continue;
    const written = toPosix(relative(dirname(path), file));
    const title = facts.frontMatter?.data['title'];
    items.push({
      label: written,
      kind: CompletionItemKind.File,
      ...(typeof title === 'string' ? {detail: title} : {}),
      textEdit: {range, newText: written},
    });
  }
  return items.sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * Completion of page paths inside a generator's link syntax (`{{< ref "`, `{% link `,
 * `{% post_url `): each page of the site in the first form the generator resolves back to it,
 * tried in the order a writer would use: from a content root, from the site root, from the
 * document's folder, or the bare name (what `post_url` takes). A syntax the site's generator does
 * not have offers nothing.
 */
export function completeSyntaxPath(view: SiteView, path: string, document: TextDocument, position: Position): {items: CompletionItem[]; incomplete: boolean} | undefined {
  const before = document.getText({start: {line: position.line, character: 0}, end: position});
  for (const {pattern, syntax: syntaxOf} of syntaxPathContexts) {
    const match = pattern.exec(before);
    if (!match) continue;
    const syntax = syntaxOf(match);
    const typed = match.at(-1) ?? '';
    const {index} = view;
    const site = index.site(path);
    const generator = generatorOf(site);
    const names = generator.linkSyntaxes.find((candidate) => candidate.name === syntax)?.names;
    if (!site || (names !== 'source' && names !== 'post')) return {items: [], incomplete: false};
    const roots = [...generator.contentRoots(site), site.root];
    const range = {start: {line: position.line, character: position.character - typed.length}, end: position};
    const items: CompletionItem[] = [];
    let incomplete = false;
    let attempts = 0;
    const files = [...index.files.keys()].filter((file) => file !== path && index.site(file)?.root === site.root && index.isPage(file)).sort();
    for (const file of files) {
      const forms = (names === 'post'
        ? [basename(file).replace(/\.[^.]+$/, '')]
        : [...roots.filter((root) => isBelow(file, root)).map((root) => toPosix(relative(root, file))), toPosix(relative(dirname(path), file))]).filter((form) => form.startsWith(typed));
      if (forms.length === 0) continue;
      if (++attempts > maxPathAttempts) {
        incomplete = true;
        break;
      }
      const written = forms.find((form) => linkTarget(index, path, {url: form, kind: 'shortcode', syntax, line: position.line + 1, column: 1})?.document === file);
      if (written === undefined) continue;
      if (items.length === maxPathItems) {
        incomplete = true;
        break;
      }
      const title = index.facts(file)?.frontMatter?.data['title'];
      items.push({label: written, kind: CompletionItemKind.File, ...(typeof title === 'string' ? {detail: title} : {}), textEdit: {range, newText: written}});
    }
    return {items, incomplete};
  }
  return undefined;
}

/** The link under the cursor, from the facts of the last lint (which saw the current text). */
function linkAt(view: SiteView, path: string, position: Position): LinkFact | undefined {
  const line = position.line + 1;
  const column = position.character + 1;
  return view.index.facts(path)?.links.find((link) => {
    const endLine = link.endLine ?? link.line;
    const endColumn = link.endColumn ?? Number.POSITIVE_INFINITY;
    if (line < link.line || line > endLine) return false;
    if (line === link.line && column < link.column) return false;
    return !(line === endLine && column > endColumn);
  });
}

interface Resolution {
  link: LinkFact;
  document?: string;
  fragment?: string;
  target?: IdTarget;
  external?: boolean;
}

function resolveLink(view: SiteView, path: string, position: Position): Resolution | undefined {
  const link = linkAt(view, path, position);
  if (!link) return undefined;
  const hasFragment = link.url.includes('#');
  const where = linkTarget(view.index, path, hasFragment ? link : {...link, url: `${link.url}#`});
  if (!where) return {link, external: true};
  if (!where.document) return {link};
  if (!hasFragment || where.fragment === '') return {link, document: where.document};
  return {link, document: where.document, fragment: where.fragment, ...optional(idsOf(view, where.document).get(where.fragment))};
}

function optional(target: IdTarget | undefined): {target?: IdTarget} {
  return target ? {target} : {};
}

/** Hover on a link: where it resolves (file and heading), or why it does not. */
export function hoverLink(view: SiteView, path: string, position: Position): Hover | undefined {
  const found = resolveLink(view, path, position);
  if (!found) return undefined;
  const {link} = found;
  let text: string;
  if (found.external) text = `External link \`${link.url}\`: checked by \`no-dead-links\` when postlint runs online.`;
  else if (!found.document) text = `\`${link.url}\` matches no page of this site postlint knows.`;
  else {
    const name = relative(view.cwd, found.document) || found.document;
    if (found.fragment === undefined) text = `→ \`${name}\``;
    else if (found.target?.heading) text = `→ \`${name}\` § ${found.target.heading.text.trim()} (line ${found.target.heading.line})`;
    else if (found.target) text = `→ \`${name}\` \`#${found.fragment}\` (${found.target.kind} id)`;
    else text = `\`#${found.fragment}\` matches no heading or id in \`${name}\`.`;
  }
  const end = {line: (link.endLine ?? link.line) - 1, character: (link.endColumn ?? link.column) - 1};
  return {contents: {kind: MarkupKind.Markdown, value: text}, range: {start: {line: link.line - 1, character: link.column - 1}, end}};
}

/** Go to definition on a link: the target heading, or the top of the target page. */
export function defineLink(view: SiteView, path: string, position: Position): Location | undefined {
  const found = resolveLink(view, path, position);
  if (!found?.document) return undefined;
  const heading = found.target?.heading;
  const at = heading ? {line: heading.line - 1, character: heading.column - 1} : {line: 0, character: 0};
  return {uri: uriOf(found.document), range: {start: at, end: at}};
}
