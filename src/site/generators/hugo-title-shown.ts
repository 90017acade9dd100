/**
 * Does one Hugo template write the page's title where an untitled page would show a gap? Read
 * action by action with the blocks around each (Go text/template: `if`/`with`/`range`, `else`,
 * `else if`, `end`), as Hugo renders it for one page:
 * - a branch guarded by the title (`if .Title`, `with .Title`, `if $title` after `$title := .Title`)
 *   writes it only when there is one: `{{ if .Title }}{{ .Title }}{{ else }}…{{ end }}` is a fallback;
 * - a branch decided by the page's section, type or kind (`if or (eq .Section "posts") (eq .Section "")`,
 *   hugo-page-condition.ts) that the page does not take is not rendered, nor the partials it calls;
 * - `.Title | default …`, `default … .Title`, `or .Title …` write something else when it is empty.
 * Any other write of `.Title` (`$.Title`, `.Page.Title`, a variable holding it; `.LinkTitle` on a
 * page without `linkTitle`, which falls back on the title) shows it. Conditions do not write.
 * The page may be reached another way: `.Params.title` is the same front-matter title (Hugo's
 * page__meta.go sets `params["title"]` to it), `$page.Title` after `$page := .`, and `.page.Title`
 * in a partial called with `(dict "page" .)`; each is read as `.Title`.
 */
import {templateActions} from './hugo-heading-hook.js';
import {pageCondition, type PageKinds} from './hugo-page-condition.js';

/** The page's title, as a template reads it (`.Title`, `$.Title`, `.Page.Title`; not `.Site.Title`). */
const titleUse = /(?:^|[^\w.$])\$?(?:\.Page)?\.(Title|LinkTitle)\b/g;
/**
 * Uses that give something else for an empty title: `.Title | default …`, `default … .Title`, `or .Title …`.
 * Not when the something else is an empty string (`default "" .Title`, `or .Title ""`): that writes "" all the same.
 */
const guardedTitleUse = /\b(?:or|default\s+(?!(?:""|``)\s)(?:"[^"]*"|`[^`]*`|\S+))\s+\$?(?:\.Page)?\.(?:Title|LinkTitle)\b(?!\s+(?:""|``)(?![^\s)]))|\$?(?:\.Page)?\.(?:Title|LinkTitle)\s*\|\s*default\b(?!\s+(?:""|``)(?![^\s)|]))/g;
/** A partial call: `partial "name" .`, `partialCached "name" .`, `template "partials/name"`. */
const partialCall = /\b(?:partial|partialCached)\s+"([^"]*)"|\btemplate\s+"(?:_?partials\/)([^"]*)"/g;
/**
 * Calls whose target postlint cannot follow: a partial named by an expression, another view of
 * the page, Hugo's embedded templates (`template "_internal/opengraph.html"` writes the title).
 */
const unknownCall = /\b(?:partial|partialCached)\s+[^"\s]|\.Render\b|\btemplate\s+"_internal\//;
/** `$name := …` or `$name = …`. */
const assignment = /^\$(\w+)\s*:?=(?!=)/;
/** The page itself, as a value: `.`, `$`, `.Page`, `$.Page`. */
const pageValue = /^(?:\$|\.|\$?\.Page)$/;
/** `$name.` (a variable's field), `.name.` / `$.name.` (a field of the context: a dict's key), `.Params.title`. */
const variableField = /\$(\w+)(?=\.)/g;
const contextField = /(^|[^\w.$])(\$?)\.(\w+)(?=\.)/g;
const paramsTitle = /(^|[^\w.$])(\$?(?:\.Page)?)\.Params\.title\b/g;
/** A dict's key given the page (`dict "page" .`, `"ctx" $page`): the partial reads the page as `.page`. */
const dictPage = /"(\w+)"\s+(\$\w*|\.(?:Page)?|\$\.Page)(?=[\s)]|$)/g;

/** What one template does with the title, and the partials it renders for the page. */
export interface TitleReading {
  /** It writes the title unguarded in a branch the page may take. */
  shows: boolean;
  /** It calls what postlint cannot follow, in a branch the page may take. */
  unknown: boolean;
  /** The partials it renders for the page, whether a title guard is around the call, and the keys of a dict context given the page. */
  partials: Array<{name: string; guarded: boolean; pageKeys: string[]}>;
}

/** One open block: whether its current branch may run for the page and is guarded by the title. */
interface Block {
  outerLive: boolean;
  outerGuarded: boolean;
  live: boolean;
  guarded: boolean;
  /** An earlier branch of this block runs for the page for certain: later ones never do. */
  taken: boolean;
}

/** A variable as an action names it: `$title`, `$t` (not `$` alone, the template's dot). */
const variableUse = /\$(\w+)/g;

/** Does the text name the title (or a variable that holds it)? One pass over the text, however many variables there are. */
function namesTitle(text: string, variables: Set<string>, hasLinkTitle: boolean): boolean {
  for (const match of text.matchAll(titleUse)) if (match[1] === 'Title' || !hasLinkTitle) return true;
  if (variables.size === 0) return false;
  for (const match of text.matchAll(variableUse)) if (variables.has(match[1]!)) return true;
  return false;
}

/** A condition that holds only when the title is not empty: `.Title`, `$.Page.Title`, `$title` (holding it). */
function titleCondition(condition: string, variables: Set<string>): boolean {
  const subject = condition.trim();
  if (/^\$?(?:\.Page)?\.(?:Title|LinkTitle)$/.test(subject)) return true;
  const variable = /^\$(\w+)$/.exec(subject)?.[1];
  return variable !== undefined && variables.has(variable);
}

/**
 * The action with the page's other names written as the page: `$page.Title` → `$.Title`,
 * `.page.Title` → `.Page.Title` (a dict key given the page), `.Params.title` → `.Title`. One pass each.
 */
function asPage(action: string, pageVariables: ReadonlySet<string>, pageKeys: ReadonlySet<string>): string {
  let text = action;
  if (pageVariables.size > 0) text = text.replace(variableField, (whole, name: string) => (pageVariables.has(name) ? '$' : whole));
  if (pageKeys.size > 0) text = text.replace(contextField, (whole, before: string, dollar: string, name: string) => (pageKeys.has(name) ? `${before}${dollar}.Page` : whole));
  return text.replace(paramsTitle, '$1$2.Title');
}

/** The dict keys of a partial call's context that hold the page. */
function pageKeysOf(call: string, pageVariables: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  for (const [, key, value] of call.matchAll(dictPage)) {
    if (pageValue.test(value!) || (value!.startsWith('$') && pageVariables.has(value!.slice(1)))) keys.push(key!);
  }
  return keys;
}

/**
 * Reads one template's text for a page of these kinds; `guarded` when its caller wrote it inside a title guard,
 * `pageKeys` the keys of the dict it was given as context that hold the page.
 */
export function readTitleUse(text: string, page: PageKinds, hasLinkTitle: boolean, guarded: boolean, pageKeys: readonly string[] = []): TitleReading {
  const reading: TitleReading = {shows: false, unknown: false, partials: []};
  const variables = new Set<string>();
  // Variables given the page (`$page := .`): kept once set, as a later assignment may sit in a branch not taken.
  const pageVariables = new Set<string>();
  const keys = new Set(pageKeys);
  const open: Block[] = [];
  const here = (): {live: boolean; guarded: boolean} => open.at(-1) ?? {live: true, guarded};
  for (const {action: written} of templateActions(text)) {
    if (written.startsWith('/*')) continue;
    const action = asPage(written, pageVariables, keys);
    const {live, guarded: safe} = here();
    const opening = /^(if|with|range|define|block)\b\s*(.*)$/s.exec(action);
    const elseBranch = /^else\b\s*(?:(if|with)\b\s*(.*))?$/s.exec(action);
    if (opening) {
      const [, keyword, condition = ''] = opening;
      const decided = keyword === 'if' ? pageCondition(condition, page) : undefined;
      const titled = (keyword === 'if' || keyword === 'with') && titleCondition(condition, variables);
      // A define's body is rendered where its block is (baseof): as live as the file.
      open.push({outerLive: live, outerGuarded: safe, live: live && decided !== false, guarded: safe || titled, taken: decided === true});
      // `block "main" .` renders its default body and calls nothing by itself; a range's subject is read, not written.
      if (keyword === 'block' || keyword === 'define') continue;
    } else if (elseBranch) {
      const top = open.at(-1);
      if (!top) continue;
      const [, keyword, condition = ''] = elseBranch;
      const decided = keyword === 'if' ? pageCondition(condition, page) : undefined;
      top.live = top.outerLive && !top.taken && decided !== false;
      top.guarded = top.outerGuarded || (keyword !== undefined && titleCondition(condition, variables));
      top.taken ||= decided === true;
      continue;
    } else if (/^end\b/.test(action)) {
      open.pop();
      continue;
    }
    const now = here();
    if (!now.live) continue;
    // A call in a branch the page takes (or may take) is rendered for it.
    if (unknownCall.test(action)) reading.unknown = true;
    for (const match of action.matchAll(partialCall)) {
      reading.partials.push({name: match[1] ?? match[2]!, guarded: now.guarded, pageKeys: pageKeysOf(action.slice(match.index), pageVariables)});
    }
    if (opening) continue;
    const name = assignment.exec(action)?.[1];
    if (name !== undefined && pageValue.test(action.replace(assignment, '').trim())) pageVariables.add(name);
    const unguarded = action.replace(guardedTitleUse, '');
    if (name !== undefined) {
      // `$title := .Title` writes nothing: the variable holds the title (or another value).
      if (namesTitle(unguarded, variables, hasLinkTitle)) variables.add(name);
      else variables.delete(name);
      if (!/\b(?:partial|partialCached)\b/.test(action)) continue;
    }
    if (!now.guarded && namesTitle(unguarded.replace(assignment, ''), name === undefined ? variables : new Set(), hasLinkTitle)) reading.shows = true;
  }
  return reading;
}
