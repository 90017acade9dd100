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

const liquidTag = /\{%-?\s*(end)?([A-Za-z_][\w-]*)\b[^%]*?-?%\}/g;
const hugoTag = /\{\{<\s*(\/)?\s*([\w/.-]*\w)[^>]*?>\}\}/g;

export function pairedTagRanges(source: string, options: PairedTagOptions): Range[] {
  const ranges: Range[] = [];
  if (options.liquid && source.includes('{%')) ranges.push(...pairs(source, liquidTag, (name) => !passThrough.has(name.toLowerCase())));
  if (source.includes('{{<')) ranges.push(...pairs(source, hugoTag, () => true));
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Tags matched opener to closer by name, nested ones inside their outermost pair; an opener never closed is no pair. */
function pairs(source: string, pattern: RegExp, counts: (name: string) => boolean): Range[] {
  const tags = [...source.matchAll(pattern)].map((match) => ({closing: match[1] !== undefined, name: match[2]!, start: match.index, end: match.index + match[0].length}));
  const ranges: Range[] = [];
  for (let i = 0; i < tags.length; i++) {
    const open = tags[i]!;
    if (open.closing || !counts(open.name)) continue;
    let depth = 0;
    for (let j = i + 1; j < tags.length; j++) {
      const tag = tags[j]!;
      if (tag.name !== open.name) continue;
      if (!tag.closing) depth++;
      else if (depth > 0) depth--;
      else {
        ranges.push([open.start, tag.end]);
        // Inside a pair nothing else is the page's: go on after its closing tag.
        i = j;
        break;
      }
    }
  }
  return ranges;
}

/** Does the offset lie inside one of the ranges? */
export function inRange(ranges: readonly Range[], offset: number): boolean {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}
