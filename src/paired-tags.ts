/**
 * Paired shortcodes and block tags whose body a template transforms before (or instead of) Markdown:
 * Eleventy's `addPairedShortcode` (`{% codeExample %}…{% endcodeExample %}`), Jekyll block tags
 * (a `Liquid::Block`), Nunjucks `{% macro %}`/`{% filter %}`/`{% call %}`, and Hugo's
 * `{{< name >}}…{{< /name >}}`, whose output Hugo inserts as is (not part of the page's Markdown,
 * nor of its table of contents). What the body becomes is the template's to say, so the headings
 * Markdown would read in it (a `---` separator under `} ` turns a code line into a heading) are not
 * the page's heading structure.
 *
 * Left as the page's own: Liquid/Nunjucks control flow (`if`, `for`, `unless`, `case`, `block`…),
 * which outputs its body unchanged, and Hugo's `{{% name %}}…{{% /name %}}`, whose output Hugo renders
 * as Markdown with the page (its headings are in the table of contents).
 */
export interface PairedTagOptions {
  /** The generator runs Liquid or Nunjucks over the page before Markdown (Jekyll, Eleventy). */
  liquid: boolean;
}

/** Source offsets [start, end) of each outermost paired tag, opening tag to closing tag inclusive. */
export type Range = readonly [number, number];

/** Block tags that output their body as it is (control flow, template inheritance). */
const passThrough = new Set(['if', 'unless', 'for', 'case', 'tablerow', 'block', 'with', 'each', 'switch', 'ifasync', 'asynceach', 'asyncall', 'raw', 'verbatim']);

/**
 * A tag's opening up to its name; the tag runs on to the first `%}` (Liquid) or `>}}` (Hugo) after the
 * name, as `/\{%-?\s*(end)?([A-Za-z_][\w-]*)\b[^%]*?-?%\}/` and `/\{\{<\s*(\/)?\s*([\w/.-]*\w)[^>]*?>\}\}/`
 * read it: the tag ends at the first `%` (`>`) after its name, or there is no tag. That character is
 * looked up once for every opening before it, not scanned for again from each (quadratic on a line
 * of unclosed `{{<`).
 */
const liquidTag = {open: /\{%-?\s*(end)?([A-Za-z_][\w-]*)\b/g, stop: '%', close: '%}'};
const hugoTag = {open: /\{\{<\s*(\/)?\s*([\w/.-]*\w)/g, stop: '>', close: '>}}'};

export function pairedTagRanges(source: string, options: PairedTagOptions): Range[] {
  const ranges: Range[] = [];
  if (options.liquid && source.includes('{%')) ranges.push(...pairs(source, liquidTag, (name) => !passThrough.has(name.toLowerCase())));
  if (source.includes('{{<')) ranges.push(...pairs(source, hugoTag, () => true));
  return ranges.sort((a, b) => a[0] - b[0]);
}

interface Tag {
  closing: boolean;
  name: string;
  start: number;
  end: number;
}

function tagsOf(source: string, kind: {open: RegExp; stop: string; close: string}): Tag[] {
  const tags: Tag[] = [];
  let stop = -2;
  kind.open.lastIndex = 0;
  for (let match = kind.open.exec(source); match; match = kind.open.exec(source)) {
    const from = match.index + match[0].length;
    if (stop !== -1 && stop < from) stop = source.indexOf(kind.stop, from);
    if (stop === -1) break;
    if (source.startsWith(kind.close, stop)) {
      tags.push({closing: match[1] !== undefined, name: match[2]!, start: match.index, end: stop + kind.close.length});
      kind.open.lastIndex = stop + kind.close.length;
    } else {
      kind.open.lastIndex = match.index + 1;
    }
  }
  return tags;
}

/**
 * Tags matched opener to closer by name (a closer closes the latest open tag of its name), nested ones
 * inside their outermost pair; an opener never closed is no pair.
 */
function pairs(source: string, kind: {open: RegExp; stop: string; close: string}, counts: (name: string) => boolean): Range[] {
  const tags = tagsOf(source, kind);
  const closer = new Map<number, number>();
  const open = new Map<string, number[]>();
  tags.forEach((tag, i) => {
    const stack = open.get(tag.name);
    if (!tag.closing) {
      if (stack) stack.push(i);
      else open.set(tag.name, [i]);
    } else if (stack && stack.length > 0) {
      closer.set(stack.pop()!, i);
    }
  });
  const ranges: Range[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const j = closer.get(i);
    if (tag.closing || !counts(tag.name) || j === undefined) continue;
    ranges.push([tag.start, tags[j]!.end]);
    // Inside a pair nothing else is the page's: go on after its closing tag.
    i = j;
  }
  return ranges;
}

/**
 * The pairs of the named Liquid/Nunjucks tags (`{% name %}…{% endname %}`, a site's own paired
 * shortcodes), each with its name, opening tag to closing tag inclusive; one inside another's
 * pair is in that one.
 */
export function namedTagRanges(source: string, names: readonly string[]): Array<{name: string; range: Range}> {
  if (names.length === 0 || !source.includes('{%')) return [];
  const wanted = new Set(names);
  return pairs(source, liquidTag, (name) => wanted.has(name)).map((range) => ({name: /\{%-?\s*([A-Za-z_][\w-]*)/.exec(source.slice(range[0]))![1]!, range}));
}

/** Does the offset lie inside one of the ranges? */
export function inRange(ranges: readonly Range[], offset: number): boolean {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}

/** Hugo's `{{% name %}}…{{% /name %}}` calls (read like `{{< >}}`: the tag ends at the first `%}}` after its name). */
const hugoMarkdownTag = {open: /\{\{%\s*(\/)?\s*([\w/.-]*\w)/g, stop: '%', close: '%}}'};

/**
 * Every Hugo shortcode pair of the text, `{{< name >}}…{{< /name >}}` and `{{% name %}}…{{% /name %}}`,
 * nested ones too, each with its name and the written opening (`{{% name %}}`), opening tag to closing tag inclusive.
 */
export function hugoShortcodePairs(source: string): Array<{name: string; call: string; range: Range}> {
  const found: Array<{name: string; call: string; range: Range}> = [];
  for (const [kind, call] of [[hugoTag, (name: string) => `{{< ${name} >}}`], [hugoMarkdownTag, (name: string) => `{{% ${name} %}}`]] as const) {
    if (!source.includes(kind === hugoTag ? '{{<' : '{{%')) continue;
    const tags = tagsOf(source, kind);
    const open = new Map<string, number[]>();
    for (const tag of tags) {
      const stack = open.get(tag.name) ?? [];
      open.set(tag.name, stack);
      if (!tag.closing) stack.push(tag.start);
      else if (stack.length > 0) found.push({name: tag.name, call: call(tag.name), range: [stack.pop()!, tag.end]});
    }
  }
  return found.sort((a, b) => a.range[0] - b.range[0]);
}
