/**
 * Liquid's `{% capture name %}…{% endcapture %}` writes nothing where it stands: its text is output
 * where the page writes `{{ name }}`. Written with a filter that edits text (`{{ icon | replace: "0",
 * "firefox" }}`, `remove`, `slice`, …), each use outputs other text than the capture holds: a link
 * inside is a template of links (`/img/browser-0.svg` becomes `/img/browser-firefox.svg`), not a
 * link to the path as written. Filters that leave the text inside as it is (`strip`, `markdownify`,
 * `prepend`, `append`, `escape`, …) do not make it one; neither does a variable the page never
 * outputs (a layout or include may).
 */
// The capture's opening and closing tags, read one by one and paired in order (a pattern spanning open to close
// searched the rest of the page again from each capture never closed: quadratic).
const captureTags = /\{%-?\s*(?:capture\s+([\w-]+)|(endcapture))\s*-?%\}/g;
// Its filters end at the next `{` (the next tag): an output tag never closed is not searched for to the page's end.
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
  for (const match of source.matchAll(outputTag)) {
    const filters = match[2]!.split('|').slice(1).map((filter) => /^\s*([\w-]+)/.exec(filter)?.[1] ?? '');
    if (filters.some((name) => !keepingFilters.has(name)) && !rewritingUses.has(match[1]!)) rewritingUses.set(match[1]!, match[0]);
  }
  if (rewritingUses.size === 0) return [];
  const found: RewrittenCapture[] = [];
  // The capture open (its name and where it starts): a capture tag inside it is its text, the first endcapture closes it.
  let open: {name: string; start: number} | undefined;
  for (const match of source.matchAll(captureTags)) {
    if (open === undefined) {
      if (match[1] !== undefined) open = {name: match[1], start: match.index};
    } else if (match[2] !== undefined) {
      const use = rewritingUses.get(open.name);
      if (use !== undefined) found.push({range: [open.start, match.index + match[0].length], use});
      open = undefined;
    }
  }
  return found;
}
