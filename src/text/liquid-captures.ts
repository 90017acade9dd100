/**
 * Liquid's `{% capture name %}…{% endcapture %}` writes nothing where it stands: its text is output
 * where the page writes `{{ name }}`. Written with a filter that edits text (`{{ icon | replace: "0",
 * "firefox" }}`, `remove`, `slice`, …), each use outputs other text than the capture holds: a link
 * inside is a template of links (`/img/browser-0.svg` becomes `/img/browser-firefox.svg`), not a
 * link to the path as written. Filters that leave the text inside as it is (`strip`, `markdownify`,
 * `prepend`, `append`, `escape`, …) do not make it one, and a capture the page also outputs so
 * (`{{ icon }}` beside the rewriting use) writes its links as they are; neither does a variable the
 * page never outputs (a layout or include may).
 */
const captureOpen = /\{%-?\s*capture\s+([\w-]+)\s*-?%\}/g;
const captureClose = /\{%-?\s*endcapture\s*-?%\}/g;
// A filter's text stops at a brace too: a tag left open (`{{ x | f` with no `}}`) is given up at the next tag, not
// scanned to the page's end from every one (quadratic on a page of open tags).
const outputTag = /\{\{-?\s*([\w-]+)\s*((?:\|[^{}|]*)*)-?\}\}/g;
// Shopify Liquid and Jekyll filters that keep the captured text whole (they trim, escape or add around it).
const keepingFilters = new Set(['strip', 'lstrip', 'rstrip', 'strip_newlines', 'markdownify', 'prepend', 'append', 'escape', 'escape_once', 'xml_escape', 'newline_to_br', 'default', 'smartify', 'normalize_whitespace']);

export interface RewrittenCapture {
  /** The capture's body, from its opening tag to its closing tag, as source offsets. */
  range: readonly [number, number];
  /** The first use that rewrites it, as written (`{{icon | replace: "0", "firefox"}}`). */
  use: string;
}

/** Each capture of the page that the page outputs through a filter editing its text. */
export function rewrittenCaptures(source: string): RewrittenCapture[] {
  if (!source.includes('capture')) return [];
  const rewritingUses = new Map<string, string>();
  // A variable the page also outputs as written (`{{ icon }}`, `{{ icon | strip }}`) puts the links inside on the page as they are.
  const keptUses = new Set<string>();
  for (const match of source.matchAll(outputTag)) {
    const filters = match[2]!.split('|').slice(1).map((filter) => /^\s*([\w-]+)/.exec(filter)?.[1] ?? '');
    if (!filters.some((name) => !keepingFilters.has(name))) keptUses.add(match[1]!);
    else if (!rewritingUses.has(match[1]!)) rewritingUses.set(match[1]!, match[0]);
  }
  for (const name of keptUses) rewritingUses.delete(name);
  if (rewritingUses.size === 0) return [];
  const found: RewrittenCapture[] = [];
  // Each capture ends at the first `{% endcapture %}` after it; with none left, no later capture ends either (one scan of the page).
  captureOpen.lastIndex = 0;
  for (let open = captureOpen.exec(source); open !== null; open = captureOpen.exec(source)) {
    captureClose.lastIndex = open.index + open[0].length;
    const close = captureClose.exec(source);
    if (close === null) break;
    const use = rewritingUses.get(open[1]!);
    if (use !== undefined) found.push({range: [open.index, close.index + close[0].length], use});
    captureOpen.lastIndex = close.index + close[0].length;
  }
  return found;
}
