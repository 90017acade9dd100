/**
 * Code blocks written with template tags rather than Markdown fences: Jekyll's
 * `{% highlight ruby %}…{% endhighlight %}` (Liquid runs before Markdown, so a `# comment` inside
 * is code, not a heading) and Hugo's `{{< highlight go >}}…{{< /highlight >}}`, and Liquid
 * `{% comment %}` blocks, which render nothing.
 *
 * Each tag line is rewritten in place as a Markdown fence (or an HTML comment) of the same
 * length, so the parser sees what the generator will render and every position stays exact.
 */
const openers: Array<{pattern: RegExp; closer: RegExp; open: (lang: string) => string; close: string}> = [
  {
    pattern: /^ {0,3}\{%-?\s*highlight\s+([\w+#.-]+)?[^%]*-?%\}\s*$/,
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

export function fenceTemplateCode(text: string): string {
  if (!text.includes('{%') && !text.includes('{{')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    for (const kind of openers) {
      const match = kind.pattern.exec(lines[i]!);
      if (!match) continue;
      const end = lines.findIndex((line, j) => j > i && kind.closer.test(line));
      if (end === -1) break;
      lines[i] = sameLength(lines[i]!, kind.open(match[1] ?? ''));
      lines[end] = sameLength(lines[end]!, kind.close);
      changed = true;
      i = end;
      break;
    }
  }
  return changed ? lines.join('\n') : text;
}

/** The replacement padded with spaces to the original's length (a carriage return kept). */
function sameLength(original: string, replacement: string): string {
  const cr = original.endsWith('\r') ? '\r' : '';
  const width = original.length - cr.length;
  return replacement.length > width ? original : replacement.padEnd(width, ' ') + cr;
}
