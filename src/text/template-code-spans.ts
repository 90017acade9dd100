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

/** The source with its template code and MDX comments blanked. */
export function blankTemplateCode(source: string): string {
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
    if (end === -1) {
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
  if (spans.length === 0) return source;
  let out = '';
  let last = 0;
  for (const [from, to] of spans) {
    out += source.slice(last, from) + source.slice(from, to).replace(/[^\n]/g, ' ');
    last = to;
  }
  return out + source.slice(last);
}
