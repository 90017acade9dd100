/**
 * Template code in prose — Hugo shortcodes `{{< … >}}` / `{{% … %}}`, Liquid tags `{% … %}`, template
 * output `{{ … }}` — and MDX comments `{/* … *\/}`, blanked (same length, line breaks kept). What
 * `/\{\{[<%][\s\S]*?[>%]\}\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|\{\s*\/\*[\s\S]*?\*\/\s*\}/g` replaces,
 * found in one pass: the next closer of each kind is looked up once and reused while the openings
 * stay before it (a lazy `[\s\S]*?` from every unclosed `{{` or `{/*` scans the rest of the file
 * again for each: quadratic on a file of them).
 */

/** The next match of a closer at or after a position, for positions that only grow. */
function nextFinder(closer: RegExp): (from: number, text: string) => {at: number; end: number} | undefined {
  let found: {at: number; end: number} | undefined | null = null;
  return (from, text) => {
    if (found === undefined) return undefined;
    if (found === null || found.at < from) {
      closer.lastIndex = from;
      const match = closer.exec(text);
      found = match ? {at: match.index, end: match.index + match[0].length} : undefined;
    }
    return found;
  };
}

const mdxOpen = /\{\s*\/\*/y;

/** The source with its template code and MDX comments (unless `mdxComments` is false) blanked. */
export function blankTemplateCode(source: string, {mdxComments = true} = {}): string {
  if (!source.includes('{')) return source;
  const shortcodeEnd = nextFinder(/[>%]\}\}/g);
  const tagEnd = nextFinder(/%\}/g);
  const outputEnd = nextFinder(/\}\}/g);
  const commentEnd = nextFinder(/\*\/\s*\}/g);
  const spans: Array<[number, number]> = [];
  for (let i = source.indexOf('{'); i !== -1; ) {
    let end = -1;
    const next = source[i + 1];
    if (next === '{' && (source[i + 2] === '<' || source[i + 2] === '%')) end = shortcodeEnd(i + 3, source)?.end ?? -1;
    if (end === -1 && next === '%') end = tagEnd(i + 2, source)?.end ?? -1;
    if (end === -1 && next === '{') end = outputEnd(i + 2, source)?.end ?? -1;
    if (end === -1 && mdxComments) {
      mdxOpen.lastIndex = i;
      if (mdxOpen.test(source)) end = commentEnd(mdxOpen.lastIndex, source)?.end ?? -1;
    }
    if (end === -1) {
      i = source.indexOf('{', i + 1);
      continue;
    }
    spans.push([i, end]);
    i = source.indexOf('{', end);
  }
  return blankSpans(source, spans);
}

/** The source with each `[from, to)` span (in order, not overlapping) blanked. */
function blankSpans(source: string, spans: Array<[number, number]>): string {
  if (spans.length === 0) return source;
  let out = '';
  let last = 0;
  for (const [from, to] of spans) {
    out += source.slice(last, from) + source.slice(from, to).replace(/[^\n]/g, ' ');
    last = to;
  }
  return out + source.slice(last);
}

const pairedOpen = /\{\{[<%]\s*(highlight|code(?!tabs?\b)[\w-]*)\b/g;
const pairedClose = /\{\{[<%]\s*\/([\w-]+)\s*[>%]\}\}/g;

/**
 * Hugo shortcodes that hold code between their tags (`{{< highlight go >}} … {{< /highlight >}}`,
 * `code-toggle`), blanked from the opening to its own closing tag: what
 * `/\{\{[<%]\s*(highlight|code(?!tabs?\b)[\w-]*)\b[\s\S]*?\{\{[<%]\s*\/\1\s*[>%]\}\}/g` replaces. The
 * closing tags are listed once (by name) and each opening takes the first one of its name after it,
 * instead of scanning the rest of the file again from every unclosed opening.
 */
export function blankPairedCodeShortcodes(source: string): string {
  if (!source.includes('{{')) return source;
  const closers = new Map<string, {at: number[]; end: number[]; next: number}>();
  pairedClose.lastIndex = 0;
  for (const match of source.matchAll(pairedClose)) {
    const list = closers.get(match[1]!) ?? {at: [], end: [], next: 0};
    list.at.push(match.index);
    list.end.push(match.index + match[0].length);
    closers.set(match[1]!, list);
  }
  if (closers.size === 0) return source;
  const spans: Array<[number, number]> = [];
  pairedOpen.lastIndex = 0;
  for (let open = pairedOpen.exec(source); open; open = pairedOpen.exec(source)) {
    const list = closers.get(open[1]!);
    const from = open.index + open[0].length;
    // Openings come in order, so each name's closers are passed over once.
    while (list && list.next < list.at.length && list.at[list.next]! < from) list.next++;
    const end = list?.end[list.next];
    if (end === undefined) continue;
    spans.push([open.index, end]);
    pairedOpen.lastIndex = end;
  }
  return blankSpans(source, spans);
}

/**
 * Spans from `open` to the first `close` after it on the same line, blanked (what
 * `/\{\*[^\n]*?\*\}/g` replaces for `{*` and `*}`): an opening whose line has no closer after it
 * sends the search to the next line, since no other opening on that line has one either.
 */
export function blankOnOneLine(source: string, open: string, close: string): string {
  const spans: Array<[number, number]> = [];
  // The next closer and line end are kept and sought again only once the openings pass them: with one
  // closer far below many openings (or many spans on one long line), searching from each is quadratic.
  let end = -2;
  let eol = -2;
  for (let i = source.indexOf(open); i !== -1; ) {
    if (end !== -1 && end < i + open.length) end = source.indexOf(close, i + open.length);
    if (eol !== -1 && eol < i + open.length) eol = source.indexOf('\n', i + open.length);
    if (end !== -1 && (eol === -1 || end < eol)) {
      spans.push([i, end + close.length]);
      i = source.indexOf(open, end + close.length);
    } else {
      i = end === -1 || eol === -1 ? -1 : source.indexOf(open, eol + 1);
    }
  }
  return blankSpans(source, spans);
}
