/**
 * Code blocks written with template tags rather than Markdown fences: Jekyll's
 * `{% highlight ruby %}…{% endhighlight %}` (Liquid runs before Markdown, so a `# comment` inside
 * is code, not a heading) and Hugo's `{{< highlight go >}}…{{< /highlight >}}`, and Liquid
 * `{% comment %}` blocks, which render nothing; and Docsy's code tabs, `{{< tab lang="toml" >}}`
 * (or any tab of a `{{< tabpane langEqualsHeader=true >}}`), and the Kubernetes-style
 * `{{< tab name="x" codelang="yaml" >}}` (also namespaced, `blocks/tab`), whose content the theme renders as
 * highlighted code (a TOML front-matter sample's `+++` and a YAML sample's `---` are not Markdown).
 *
 * On a site whose generator runs Liquid or Nunjucks over Markdown (Jekyll, Eleventy), also the
 * blocks whose content is not Markdown there: `{% set x %}…{% endset %}` and `{% capture x %}…
 * {% endcapture %}` capture text into a variable (output elsewhere, usually right after),
 * `{% raw %}…{% endraw %}` and `{% verbatim %}…{% endverbatim %}` show template text literally.
 * They become fences too: no rule reads their content, and a heading just before one is not empty.
 * Hugo, MkDocs and Docusaurus run no Liquid, so there these tags are left as text. On a page
 * Nunjucks renders (Eleventy's `njk`), its `{# … #}` comments are blanked first (src/text/nunjucks-comments.ts).
 *
 * Each tag line is rewritten in place as a Markdown fence (or an HTML comment) of the same
 * length, so the parser sees what the generator will render and every position stays exact.
 */
import {blankNunjucksComments} from './text/nunjucks-comments.js';
import {frontMatterLineCount} from './text/front-matter-lines.js';

const openers: Array<{pattern: RegExp; closer: RegExp; open: (lang: string) => string; close: string}> = [
  {
    pattern: /^ {0,3}\{%-?\s*highlight(?:\s+([\w+#.-]+)?[^%]*)?-?%\}\s*$/,
    closer: /^ {0,3}\{%-?\s*endhighlight\s*-?%\}\s*$/,
    open: (lang) => `~~~~${lang}`,
    close: '~~~~',
  },
  {
    pattern: /^ {0,3}\{\{[<%]\s*highlight\s+"?([\w+#.-]+)?"?[^>%]*[>%]\}\}\s*$/,
    closer: /^ {0,3}\{\{[<%]\s*\/highlight\s*[>%]\}\}\s*$/,
    open: (lang) => `~~~~${lang}`,
    close: '~~~~',
  },
  {
    pattern: /^ {0,3}\{%-?\s*comment\s*-?%\}()\s*$/,
    closer: /^ {0,3}\{%-?\s*endcomment\s*-?%\}\s*$/,
    open: () => '<!--',
    close: '-->',
  },
];

/** A `{% raw %}` or `{% verbatim %}` tag (`end` for its closing tag), as a pattern's source. */
function rawTag(prefix: string): string {
  return String.raw`\{%-?\s*${prefix}(?:raw|verbatim)\s*-?%\}`;
}

/** Liquid and Nunjucks blocks whose content is template text, not Markdown (only where Liquid/Nunjucks runs). */
const liquidOpeners: typeof openers = [
  ['set', /set\s+[\w$.]+\s*(?:\|[^%]*)?/],
  ['capture', /capture\s+(?:[\w-]+|"[^"]*"|'[^']*')\s*/],
  ['raw', /raw\s*/],
  ['verbatim', /verbatim\s*/],
].map(([name, body]) => ({
  // Eleventy's docs write a capture and a raw block on one line: `{%- set codeBlock %}{% raw %}` … `{% endraw %}{%- endset %}`.
  pattern: new RegExp(String.raw`^ {0,3}\{%-?\s*${(body as RegExp).source}-?%\}()(?:\s*${rawTag('')})*\s*$`),
  closer: new RegExp(String.raw`^ {0,3}(?:${rawTag('end')}\s*)*\{%-?\s*end${name as string}\s*-?%\}\s*$`),
  open: () => '~~~~',
  close: '~~~~',
}));

/** A Markdown fence opening (backticks or tildes, up to three spaces in): its character and length. */
const fenceLine = /^ {0,3}(`{3,}|~{3,})/;

const tabPane = /^ {0,3}\{\{<\s*tabpane\b([^>]*)>\}\}\s*$/;
const tabPaneEnd = /^ {0,3}\{\{<\s*\/tabpane\s*>\}\}\s*$/;
// `tab`, or a namespaced one (`blocks/tab`): the Kubernetes website's tab shortcode, copied by others, highlights its body as `codelang`.
const tab = /^ {0,3}\{\{<\s*((?:[\w-]+\/)*tab)\b([^>]*?)\s*>\}\}\s*$/;
const tabEnd = (name: string): RegExp => new RegExp(String.raw`^ {0,3}\{\{<\s*\/${name.replace(/[-/]/g, '\\$&')}\s*>\}\}\s*$`);

/** The language of a Docsy tab that holds code (`lang="toml"`, or its header in a `langEqualsHeader` pane), else undefined. */
function codeTabLanguage(parameters: string, langEqualsHeader: boolean): string | undefined {
  if (parameters.trimEnd().endsWith('/')) return undefined;
  const lang = /\b(?:code)?lang\s*=\s*"([^"]*)"/.exec(parameters)?.[1];
  if (lang !== undefined) return lang;
  if (!langEqualsHeader) return undefined;
  return /\bheader\s*=\s*"([^"]*)"/.exec(parameters)?.[1] ?? /^\s*"?([\w+#.-]+)"?/.exec(parameters)?.[1] ?? '';
}

/** Hugo's `comment` shortcode (Docsy's and others'), which renders nothing; text may share its lines. */
const commentOpen = /^( {0,3})(\{\{[<%]\s*comment\s*[>%]\}\})/;
const commentClose = /\{\{[<%]\s*\/comment\s*[>%]\}\}/;

/** A `{{< comment >}}…{{< /comment >}}` becomes an HTML comment of the same length: `<!--` … `-->`. */
function maskComments(lines: string[]): boolean {
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const open = commentOpen.exec(lines[i]!);
    if (!open) continue;
    const rest = lines[i]!.slice(open[0].length);
    const sameLine = commentClose.exec(rest);
    const end = sameLine ? i : lines.findIndex((line, j) => j > i && commentClose.test(line));
    if (end === -1) continue;
    lines[i] = open[1]! + '<!--'.padEnd(open[2]!.length, ' ') + rest;
    const close = commentClose.exec(end === i ? lines[i]!.slice(open[0].length) : lines[end]!)!;
    const at = (end === i ? open[0].length : 0) + close.index;
    lines[end] = lines[end]!.slice(0, at) + '-->'.padStart(close[0].length, ' ') + lines[end]!.slice(at + close[0].length);
    changed = true;
    i = end;
  }
  return changed;
}

export interface TemplateCodeOptions {
  /** The site's generator runs Liquid or Nunjucks over Markdown (Jekyll, Eleventy). */
  liquid?: boolean;
  /** Nunjucks renders this page before Markdown (Eleventy's `njk`): its `{# … #}` comments are dropped. */
  nunjucks?: boolean;
  /** The site's paired shortcodes whose template writes their body as code (`{{< code-sample >}}…{{< /code-sample >}}`). */
  codeShortcodes?: ReadonlySet<string>;
}

export function fenceTemplateCode(written: string, options: TemplateCodeOptions = {}): string {
  // Nunjucks drops its comments first, whatever they hold (tags, fences, headings); the front matter is no template text.
  const text = options.nunjucks ? blankNunjucksComments(written, bodyOffset(written)) : written;
  if (!text.includes('{%') && !text.includes('{{')) return text;
  const lines = text.split('\n');
  let changed = maskComments(lines);
  let langEqualsHeader = false;
  const kinds = options.liquid ? [...openers, ...liquidOpeners] : openers;
  /** The Markdown fence the line is in (its tag lines are code there, not template tags). */
  let inFence: string | undefined;
  const closings = new Map<string, {after: number; at: number}>();
  for (let i = 0; i < lines.length; i++) {
    const fence = fenceLine.exec(lines[i]!);
    if (inFence !== undefined) {
      if (fence && fence[1]![0] === inFence[0] && fence[1]!.length >= inFence.length && /^ {0,3}[`~]+\s*$/.test(lines[i]!)) inFence = undefined;
      continue;
    }
    if (fence && !(fence[1]![0] === '`' && lines[i]!.slice(fence[0].length).includes('`'))) {
      inFence = fence[1];
      continue;
    }
    const pane = tabPane.exec(lines[i]!);
    if (pane) langEqualsHeader = /\blangEqualsHeader\s*=\s*"?true"?/.test(pane[1]!);
    else if (tabPaneEnd.test(lines[i]!)) langEqualsHeader = false;
    const opening = tab.exec(lines[i]!);
    const lang = opening ? codeTabLanguage(opening[2]!, langEqualsHeader && opening[1] === 'tab') : undefined;
    if (lang !== undefined) {
      const closer = tabEnd(opening![1]!);
      const end = lines.findIndex((line, j) => j > i && closer.test(line));
      if (end !== -1) {
        lines[i] = sameLength(lines[i]!, `~~~~${/^[\w+#.-]*$/.test(lang) ? lang : ''}`);
        lines[end] = sameLength(lines[end]!, '~~~~');
        changed = true;
        i = end;
        continue;
      }
    }
    const sample = options.codeShortcodes ? codeShortcodeAt(lines, i, options.codeShortcodes, closings) : undefined;
    if (sample) {
      const longest = Math.max(3, ...lines.slice(i + 1, sample.end).map((line) => /^ {0,3}(~*)/.exec(line)![1]!.length));
      const tildes = '~'.repeat(longest + 1);
      lines[i] = sameLength(lines[i]!, `${tildes}${sample.lang}`);
      lines[sample.end] = sameLength(lines[sample.end]!, tildes);
      changed = true;
      i = sample.end;
      continue;
    }
    for (const kind of kinds) {
      const match = kind.pattern.exec(lines[i]!);
      if (!match) continue;
      const end = lines.findIndex((line, j) => j > i && kind.closer.test(line));
      if (end === -1) break;
      // Inside an HTML block (`<div markdown="1">` on the line above) a fence cannot open: the template
      // renders the block as one HTML element (or nothing), so its lines become blank, same length.
      if (inHtmlBlock(lines, i)) {
        for (let j = i; j <= end; j++) lines[j] = lines[j]!.replace(/[^\r]/g, ' ');
        changed = true;
        i = end;
        break;
      }
      // A tilde fence longer than any inside the block, so the block's own fences stay inside it.
      const longest = Math.max(3, ...lines.slice(i + 1, end).map((line) => /^ {0,3}(~*)/.exec(line)![1]!.length));
      const tildes = '~'.repeat(longest + 1);
      lines[i] = sameLength(lines[i]!, kind.open(match[1] ?? '').replace(/^~~~~/, tildes));
      lines[end] = sameLength(lines[end]!, kind.close.replace(/^~~~~$/, tildes));
      changed = true;
      i = end;
      break;
    }
  }
  return changed ? lines.join('\n') : text;
}

/**
 * A line that opens one of the site's code shortcodes alone (`{{< code-sample lang="go" >}}`, not
 * self-closing) and the line of its own closing tag; the language from a `lang`/`language` parameter.
 * `found` remembers, per pattern, the next line matching it: a page of openings with no closing tag is read once, not once per opening.
 */
function codeShortcodeAt(lines: readonly string[], i: number, names: ReadonlySet<string>, found: Map<string, {after: number; at: number}>): {end: number; lang: string} | undefined {
  const open = /^ {0,3}\{\{([<%])-?\s*([\w/.-]*\w)\b(.*?)-?([>%])\}\}\s*$/.exec(lines[i]!);
  if (!open || !names.has(open[2]!) || open[3]!.trimEnd().endsWith('/') || open[3]!.includes('}}')) return undefined;
  const name = open[2]!.replace(/\./g, '\\.');
  // Hugo closes it at the first closing tag after it, wherever on a line: only one that starts its line, followed by
  // nothing but other shortcode tags (`{{< /code-tab >}}{{< /code-tabs >}}`, which write no text), ends a fence.
  const closer = new RegExp(String.raw`\{\{[<%]-?\s*\/${name}\s*-?[>%]\}\}`);
  const end = nextMatching(lines, i, closer, found);
  if (end === -1 || !new RegExp(String.raw`^ {0,3}${closer.source}(?:\s*\{\{[<%][^{}]*[>%]\}\})*\s*$`).test(lines[end]!)) return undefined;
  // Another opening of the same shortcode before that closing tag: this one is left unclosed (Hugo fails the page), or
  // holds one of its own kind; which text is code is not known, so none is made a fence and the prose stays checked.
  const reopened = nextMatching(lines, i, new RegExp(String.raw`\{\{[<%]-?\s*${name}(?![\w/.-])`), found);
  if (reopened !== -1 && reopened < end) return undefined;
  const lang = /\blang(?:uage)?\s*=\s*"([\w+#.-]*)"/.exec(open[3]!)?.[1] ?? '';
  return {end, lang};
}

/** The first line after `i` that `pattern` matches (-1: none), remembered by pattern for the openings that follow. */
function nextMatching(lines: readonly string[], i: number, pattern: RegExp, found: Map<string, {after: number; at: number}>): number {
  const known = found.get(pattern.source);
  let at = known && known.after <= i && (known.at === -1 || known.at > i) ? known.at : undefined;
  // Read on from `i` (never from the top): the next opening asks again right after this one's match.
  for (let j = i + 1; at === undefined && j < lines.length; j++) if (pattern.test(lines[j]!)) at = j;
  found.set(pattern.source, {after: i, at: at ?? -1});
  return at ?? -1;
}

/** Where the body starts: after the front matter's lines (none: 0). */
function bodyOffset(text: string): number {
  let offset = 0;
  for (let line = frontMatterLineCount(text); line > 0; line--) {
    const end = text.indexOf('\n', offset);
    if (end === -1) return text.length;
    offset = end + 1;
  }
  return offset;
}

/** Does line `i` continue an HTML block (the non-blank lines above it start with a tag, CommonMark's HTML block start)? */
function inHtmlBlock(lines: readonly string[], i: number): boolean {
  let first = i;
  while (first > 0 && lines[first - 1]!.trim() !== '') first--;
  return first < i && /^ {0,3}<(?:\/?[A-Za-z][\w-]*(?:[\s/>]|$)|!--)/.test(lines[first]!);
}

/** The replacement padded with spaces to the original's length (a carriage return kept). */
function sameLength(original: string, replacement: string): string {
  const cr = original.endsWith('\r') ? '\r' : '';
  const width = original.length - cr.length;
  return replacement.length > width ? original : replacement.padEnd(width, ' ') + cr;
}
