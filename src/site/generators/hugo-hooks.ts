/**
 * What a Hugo link or image render hook (`layouts/_markup/render-image.html`) does with a
 * destination, read from its template text: postlint follows what reaches the `<img src>` (or
 * `<a href>`) attribute back through the template's variables.
 *
 * - `as-written`: the attribute gets `.Destination` unchanged, or only through `safeURL`
 *   (`{{ $src := .Destination | safeURL }}`…`src="{{ $src }}"`), or through `urls.Parse` and its
 *   `.String`: the browser reads the destination as without a hook.
 * - `from-root`: as written, but through `relURL` / `absURL`, which read a relative path from the
 *   site's base URL (Hugo's relURL: `img/x.png` → `/img/x.png` below the base path).
 * - `lookup`: a page resource, a global resource (`resources.Get`) or a page looked up by the
 *   destination as written wins, else the destination as written (Hugo's embedded hooks:
 *   `with or (.PageInner.Resources.Get $u.Path) (resources.Get $u.Path)`…`$src = .RelPermalink`).
 *   A lookup may also be by the destination joined to the page's folder (`resources.Get (path.Join
 *   .Page.File.Dir $u.Path)`: a file below `assets/` at the page's place; see hookLooksBesidePage).
 *   What a branch taken only when the resource was found does with it (`with $img`, `if $img`,
 *   `if and $img …`, the `else` of `if not $img`: a partial rendering a `<picture>`) leaves the
 *   rest as they are: only the branches taken when nothing was found are read.
 * - `rewrites`: anything else (`printf`, `replace`, a partial, a lookup by a changed path): only
 *   the template knows the URL.
 *
 * Other uses of `.Destination` (an element id made from the file name with `replaceRE`) do not
 * change where the image is loaded from.
 */
export type HookReading = 'as-written' | 'from-root' | 'lookup' | 'rewrites';

/** Functions that return their argument unchanged as a URL. */
const passThrough = new Set(['safeURL', 'safeHTMLAttr', 'htmlEscape', 'string']);
/** Functions that read a relative URL from the site's base URL. */
const fromBase = new Set(['relURL', 'absURL', 'relLangURL', 'absLangURL']);
/** Lookups by a path: a page resource, a global resource, a page. */
const lookupCall = /(?:\.Resources\.(?:Get|GetMatch)|\bresources\.(?:Get|GetMatch)|\.GetPage)\s+(\([^()]*\)|[^\s()]+)/g;
/** A value that is a lookup's result (a resource or page, or nil when nothing is found). */
const lookupValue = /^\(?\s*(?:\$?\.(?:Page|PageInner)\.)?(?:\.?Resources\.(?:Get|GetMatch)|resources\.(?:Get|GetMatch)|\.?GetPage)\s/;
/** `path.Join .Page.File.Dir …`: a path from the page's folder in the content tree. */
const besidePage = /\bpath\.Join\s+\$?\.Page\.File\.Dir\s/;

/** Does the hook look a destination up below `assets/` from the page's folder (`resources.Get (path.Join .Page.File.Dir $file)`)? */
export function hookLooksBesidePage(text: string): boolean {
  return besidePage.test(text);
}

const rank: Record<HookReading, number> = {'as-written': 0, lookup: 1, 'from-root': 2, rewrites: 3};
const worst = (a: HookReading, b: HookReading): HookReading => (rank[a] >= rank[b] ? a : b);

/** The template's actions (`{{ … }}`), without trim markers and comments. */
function actions(text: string): string[] {
  return templateTags(text).map((tag) => tag.action).filter((action) => !action.startsWith('/*'));
}

/**
 * Each `{{ … }}` of a template: where it starts and ends, and its action (trim markers and spaces
 * left out). An action holds no `{{`, so a `{{` left open is read up to the next one, not to the
 * end of the text from each (a lazy `\{\{[\s\S]*?\}\}` was quadratic on unclosed `{{`).
 */
export function templateTags(text: string): Array<{start: number; end: number; action: string}> {
  return [...text.matchAll(/\{\{-?((?:(?!\{\{|\}\})[\s\S])*)\}\}/g)].map((match) => ({
    start: match.index!,
    end: match.index! + match[0].length,
    action: match[1]!.replace(/-$/, '').trim(),
  }));
}

export function readHook(template: string, kind: 'link' | 'image'): HookReading {
  if (template.trim() === '') return 'rewrites';
  const assigned = new Map<string, string[]>();
  for (const action of actions(template)) {
    const match = /^(?:(?:with|if|range)\s+)?(\$\w+)\s*:?=\s*([\s\S]+)$/.exec(action);
    if (!match) continue;
    const list = assigned.get(match[1]!) ?? [];
    list.push(match[2]!.trim());
    assigned.set(match[1]!, list);
  }
  const {text, found} = withoutFoundBranches(template, assigned);
  // A partial or a template call renders the element elsewhere: not readable here.
  if (/\b(?:partial|partialCached|template)\s+"/.test(text)) return 'rewrites';
  const attribute = kind === 'image' ? 'src' : 'href';
  const outputs = [...text.matchAll(new RegExp(`\\b${attribute}\\s*=\\s*["']?\\{\\{-?\\s*([\\s\\S]*?)\\s*-?\\}\\}`, 'g'))].map((match) => match[1]!);
  // The attributes as a map written by a loop (Hugo's embedded image hook: `merge .Attributes (dict "src" $src …)`,
  // then `range $k, $v := …` printing each `%s=%q`): the map's entry is the attribute.
  if (outputs.length === 0 && /\brange\s+\$\w+\s*,\s*\$\w+\s*:=/.test(text)) {
    for (const action of actions(text)) {
      if (!/\bdict\b/.test(action)) continue;
      for (const match of action.matchAll(new RegExp(`"${attribute}"\\s+(\\([^()]*\\)|[^\\s()]+)`, 'g'))) outputs.push(match[1]!);
    }
  }
  if (outputs.length === 0) return 'rewrites';
  let reading: HookReading = 'as-written';
  for (const output of outputs) reading = worst(reading, readExpression(output, assigned, new Set()));
  if (reading === 'rewrites') return reading;
  // A lookup by something other than the destination as written finds files postlint does not look for.
  for (const match of text.matchAll(lookupCall)) {
    if (readExpression(match[1]!.replace(/^\(|\)$/g, ''), assigned, new Set(), true) === 'rewrites') return 'rewrites';
  }
  return found ? worst(reading, 'lookup') : reading;
}

/** A value that holds nothing found yet (`{{ $img := false }}` before the lookups): false in a condition. */
const nothing = /^(?:false|nil|""|0)$/;

/**
 * Is `term` true only when a lookup found something: a variable only ever a lookup's result (or
 * nothing yet), a lookup itself, or `or` of lookups (Hugo's embedded hook: `or (.PageInner.Resources.Get $u.Path) (resources.Get $u.Path)`)?
 */
function isFound(term: string, assigned: Map<string, string[]>): boolean {
  const inner = term.trim().replace(/^\((.*)\)$/s, '$1').trim();
  if (/^\$\w+$/.test(inner)) {
    const values = assigned.get(inner);
    return values !== undefined && values.some((value) => lookupValue.test(value)) && values.every((value) => lookupValue.test(value) || nothing.test(value));
  }
  if (lookupValue.test(inner)) return true;
  const alternatives = /^or\s+(.+)$/s.exec(inner)?.[1];
  return alternatives !== undefined && templateArguments(alternatives).every((alternative) => lookupValue.test(alternative));
}

/** A template call's arguments: parenthesised groups and single words. */
function templateArguments(text: string): string[] {
  return [...text.matchAll(/\([^()]*\)|[^\s()]+/g)].map((match) => match[0]);
}

/**
 * Which branch of a block opened by `action` runs only when a lookup found something: `then` for
 * `with $img`, `if $img`, `with $img := .Resources.GetMatch …`, `if and $img (…)`; `else` for
 * `if not $img` (its `else` is taken only when the image was found); undefined for any other block.
 */
function foundBranch(action: string, assigned: Map<string, string[]>): 'then' | 'else' | undefined {
  const block = /^(with|if)\s+([\s\S]+)$/.exec(action);
  if (!block) return undefined;
  const [, keyword, condition] = block as unknown as [string, string, string];
  const declared = /^\$\w+\s*:=\s*([\s\S]+)$/.exec(condition);
  if (declared) return isFound(declared[1]!, assigned) ? 'then' : undefined;
  if (isFound(condition, assigned)) return 'then';
  if (keyword !== 'if') return undefined;
  const negated = /^not\s+([\s\S]+)$/.exec(condition)?.[1];
  if (negated !== undefined && isFound(negated, assigned)) return 'else';
  // `and` is true only when each operand is: one that is a found lookup makes the branch a found one.
  const operands = /^and\s+([\s\S]+)$/.exec(condition)?.[1];
  return operands !== undefined && templateArguments(operands).some((operand) => isFound(operand, assigned)) ? 'then' : undefined;
}

/**
 * The template without the branches that run only when a lookup found the destination (the
 * `{{ with $img }}` or `{{ if $img }}` body up to its own `else`/`end`, or the `{{ else }}` of
 * `{{ if not $img }}` up to its `end`): there the resource's URL is written, often through a
 * partial that writes a `<picture>`. What is kept is what happens to a destination nothing matches.
 */
function withoutFoundBranches(text: string, assigned: Map<string, string[]>): {text: string; found: boolean} {
  const tags = templateTags(text);
  // Each block's own first `else` (`else if` continues the same block) and its `end`, nested blocks
  // counted, in one pass: a scan forward from each opening was quadratic on unclosed blocks.
  const open: Array<{at: number; otherwise?: number}> = [];
  const closes = new Map<number, {otherwise?: number; end: number}>();
  tags.forEach(({action}, j) => {
    if (/^(?:if|with|range|define|block)\b/.test(action)) open.push({at: j});
    else if (/^else\b/.test(action)) {
      const block = open.at(-1);
      if (block) block.otherwise ??= j;
    } else if (/^end\b/.test(action)) {
      const block = open.pop();
      if (block) closes.set(block.at, {otherwise: block.otherwise, end: j});
    }
  });
  const cuts: Array<[number, number]> = [];
  for (let i = 0; i < tags.length; i++) {
    const branch = foundBranch(tags[i]!.action, assigned);
    const block = branch ? closes.get(i) : undefined;
    if (!block) continue;
    if (branch === 'then') cuts.push([tags[i]!.end, tags[block.otherwise ?? block.end]!.start]);
    else if (block.otherwise !== undefined) cuts.push([tags[block.otherwise]!.start, tags[block.end]!.start]);
  }
  if (cuts.length === 0) return {text, found: false};
  let kept = '';
  let from = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    if (start < from) continue;
    kept += text.slice(from, start);
    from = end;
  }
  return {text: kept + text.slice(from), found: true};
}

/**
 * Where an expression's value comes from. `path`: the expression is a lookup argument, which may
 * also be the parsed URL's `.Path` or the destination without a leading `./` (Hugo's embedded hooks).
 */
function readExpression(expression: string, assigned: Map<string, string[]>, seen: Set<string>, path = false): HookReading {
  const stages = expression.split('|').map((stage) => stage.trim()).filter(Boolean);
  if (stages.length === 0) return 'rewrites';
  let reading = readTerm(stages[0]!, assigned, seen, path);
  for (const stage of stages.slice(1)) {
    if (passThrough.has(stage)) continue;
    if (fromBase.has(stage)) reading = worst(reading, 'from-root');
    else return 'rewrites';
  }
  return reading;
}

function readTerm(term: string, assigned: Map<string, string[]>, seen: Set<string>, path: boolean): HookReading {
  const inner = term.replace(/^\((.*)\)$/s, '$1').trim();
  if (inner === '.Destination') return 'as-written';
  // A resource or page found by a lookup: its URL (the lookups themselves are checked apart).
  if (/^(?:\$\w+)?\.(?:RelPermalink|Permalink)$/.test(inner)) return 'lookup';
  const call = /^(\w+(?:\.\w+)?)\s+(.+)$/s.exec(inner);
  if (call) {
    const [, name, argument] = call as unknown as [string, string, string];
    if (name === 'printf') return readPrintf(argument, assigned, seen, path);
    if (passThrough.has(name)) return readExpression(argument, assigned, seen, path);
    if (fromBase.has(name)) return worst('from-root', readExpression(argument, assigned, seen, path));
    if (name === 'urls.Parse') return readExpression(argument, assigned, seen, path);
    // `path.Join .Page.File.Dir $file`: the destination from the page's folder (hookLooksBesidePage).
    const joined = path && name === 'path.Join' ? /^\$?\.Page\.File\.Dir\s+(\S+)$/.exec(argument.trim()) : null;
    if (joined) return readExpression(joined[1]!, assigned, seen, path);
    if (path && name === 'strings.TrimPrefix' && /^"\.\/"\s+/.test(argument)) return readExpression(argument.replace(/^"\.\/"\s+/, ''), assigned, seen, path);
    return 'rewrites';
  }
  // `$u.String` (and `$u.Path` for a lookup) of `$u := urls.Parse .Destination`.
  const field = /^(\$\w+)\.(\w+)$/.exec(inner);
  if (field) {
    if (field[2] !== 'String' && !(path && field[2] === 'Path')) return 'rewrites';
    return readVariable(field[1]!, assigned, seen, path);
  }
  if (/^\$\w+$/.test(inner)) return readVariable(inner, assigned, seen, path);
  return 'rewrites';
}

/**
 * `printf "%s%s" .RelPermalink $fragment`: a URL with the destination's fragment put back (the
 * `#` written by the format or held by a variable that is only ever `""` or `printf "#%s" …`)
 * reads as the URL does. Any other format builds a URL of its own.
 */
function readPrintf(argument: string, assigned: Map<string, string[]>, seen: Set<string>, path: boolean): HookReading {
  const match = /^"(%s[#?]?%s)"\s+(\S+)\s+(\S+)$/.exec(argument.trim());
  if (!match) return 'rewrites';
  const [, format, url, fragment] = match as unknown as [string, string, string, string];
  // After a written `?` or `#` comes a query or a fragment (`with $u.RawQuery`…`printf "%s?%s" $src .`): the file loaded is the URL's.
  if (format === '%s%s' && !isFragment(fragment, assigned)) return 'rewrites';
  return readExpression(url, assigned, seen, path);
}

/** Is this term the destination's fragment: a variable only ever `""` or `printf "#%s" …`? */
function isFragment(term: string, assigned: Map<string, string[]>): boolean {
  if (!/^\$\w+$/.test(term)) return false;
  const values = assigned.get(term);
  return values !== undefined && values.every((value) => value === '""' || /^printf\s+"#%s"\s+\S+$/.test(value));
}

function readVariable(name: string, assigned: Map<string, string[]>, seen: Set<string>, path: boolean): HookReading {
  const values = assigned.get(name);
  if (!values) return 'rewrites';
  // `$src = printf "%s?%s" $src .`: the variable's earlier values, read on their own, decide.
  if (seen.has(name)) return 'as-written';
  seen.add(name);
  let reading: HookReading = 'as-written';
  for (const value of values) reading = worst(reading, readExpression(value, assigned, seen, path));
  seen.delete(name);
  return reading;
}

/**
 * A hook that changes only destinations with a given start (`{{ if hasPrefix $dst "../static/" }}{{ $dst =
 * printf … }}{{ end }}`, also `strings.HasPrefix`) leaves every other destination as its other branch
 * says. The tested value must be the destination as written: `.Destination`, or a variable first set
 * to it and not set again before the test. The prefixes so tested, in the order written; none when
 * the hook tests none (its reading is then the same for every destination).
 */
export function destinationPrefixes(template: string): string[] {
  return prefixTests(templateTags(template)).map((test) => test.prefix);
}

interface PrefixTest {
  /** The index of the `{{ if … }}` tag among the template's tags. */
  at: number;
  prefix: string;
}

const prefixCondition = /^if\s+(?:hasPrefix|strings\.HasPrefix)\s+(\.Destination|\$\w+)\s+"((?:[^"\\]|\\.)*)"$/;

function prefixTests(tags: Array<{action: string}>): PrefixTest[] {
  const tests: PrefixTest[] = [];
  tags.forEach(({action}, at) => {
    const match = prefixCondition.exec(action);
    if (!match) return;
    const [, subject, prefix] = match as unknown as [string, string, string];
    if (subject !== '.Destination' && !holdsDestination(tags.slice(0, at).map((tag) => tag.action), subject)) return;
    tests.push({at, prefix: JSON.parse(`"${prefix}"`) as string});
  });
  return tests;
}

/** Is `name` set to `.Destination` and not set again in these actions (the ones before the test)? */
function holdsDestination(before: string[], name: string): boolean {
  const sets = before.flatMap((action) => {
    const match = /^(?:(?:with|if|range)\s+)?(\$\w+)\s*:?=\s*([\s\S]+)$/.exec(action);
    return match && match[1] === name ? [match[2]!.trim()] : [];
  });
  return sets.length === 1 && sets[0] === '.Destination';
}

/**
 * The template as it runs for `destination`: each prefix test's branch that is not taken cut out
 * (`{{ if hasPrefix $d "p" }}A{{ else }}B{{ end }}` is `A` for a destination starting with `p`, `B`
 * for any other; an `{{ else if … }}` that follows becomes the block's own `{{ if … }}`). Read by
 * readHook, what is left says what the hook does with such a destination.
 */
export function hookFor(template: string, destination: string): string {
  let text = template;
  // One test at a time, the tags read again after each cut; a hook has a handful at most.
  for (let round = 0; round < 20; round++) {
    const tags = templateTags(text);
    const test = prefixTests(tags)[0];
    if (!test) return text;
    const block = blockOf(tags, test.at);
    if (!block) return text;
    const open = tags[test.at]!;
    const otherwise = block.otherwise === undefined ? undefined : tags[block.otherwise]!;
    const end = tags[block.end]!;
    if (destination.startsWith(test.prefix)) {
      // The then-branch alone.
      text = text.slice(0, open.start) + text.slice(open.end, (otherwise ?? end).start) + text.slice(end.end);
    } else if (otherwise && /^else\s+if\s/.test(otherwise.action)) {
      text = `${text.slice(0, open.start)}{{ ${otherwise.action.replace(/^else\s+/, '')} }}${text.slice(otherwise.end)}`;
    } else {
      text = text.slice(0, open.start) + (otherwise ? text.slice(otherwise.end, end.start) : '') + text.slice(end.end);
    }
  }
  return text;
}

/** The block opened at tag `at`: its own first `else` (or `else if`) and its `end`, nested blocks counted. */
function blockOf(tags: Array<{action: string}>, at: number): {otherwise?: number; end: number} | undefined {
  let depth = 0;
  let otherwise: number | undefined;
  for (let j = at + 1; j < tags.length; j++) {
    const action = tags[j]!.action;
    if (/^(?:if|with|range|define|block)\b/.test(action)) depth++;
    else if (/^else\b/.test(action)) {
      if (depth === 0) otherwise ??= j;
    } else if (/^end\b/.test(action)) {
      if (depth === 0) return {otherwise, end: j};
      depth--;
    }
  }
  return undefined;
}
