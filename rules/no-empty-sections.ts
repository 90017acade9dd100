/**
 * no-empty-sections — a heading with nothing under it.
 *
 * Default severity: warn.
 * Options:
 *   allow: string[]   heading texts (compared without regard to case) whose sections may be
 *                     empty, e.g. a placeholder that a theme fills ("Comments")
 *
 * A section is empty when no content comes before the next heading of the same or a higher
 * level, or the end of the file. A section whose only content is subsections that are all
 * empty is empty too. Content is anything a reader sees: text, lists with text, code, tables,
 * images, HTML blocks, shortcodes (`{{< figure … >}}`, `{% include … %}`), MDX components.
 * Comments, link definitions and kramdown attribute lists are not content.
 *
 * Fails:
 *   ## Notes
 *
 *   ## Further reading
 *
 *   - [A book](https://example.org/book)
 * Passes:
 *   ## Gallery
 *
 *   {{< figure src="cat.jpg" >}}
 */
import {basename} from 'node:path';
import type {RuleModule} from '../src/types.js';
import type {HeadingFact} from '../src/facts.js';
import {docsUrl} from '../src/rule-kit.js';
import {hasVisibleText} from '../src/text/visible.js';

interface Options {
  allow: string[];
}

const id = 'no-empty-sections';

export default {
  meta: {
    id,
    description: 'Headings followed by no content before the next heading of the same or a higher level',
    severity: 'warn',
    defaults: {allow: []},
    optionsSchema: {properties: {allow: {type: 'array', items: {type: 'string'}}}, additionalProperties: false},
    docs: docsUrl(id),
  },
  siteRule({index, targets, options, report}) {
    for (const path of targets) {
      // Files the site never builds (`.github/` templates, a README outside the docs folder) keep their empty sections on purpose.
      if (!index.isPage(path)) continue;
      const headings = index.facts(path)?.headings ?? [];
      const allowed = new Set((options(path)?.allow ?? []).map((text) => text.trim().toLowerCase()));
      for (const [i, heading] of headings.entries()) {
        // A heading with no text is no-empty-headings' finding; saying it twice helps nobody.
        if (!heading.empty || !hasVisibleText(heading.text) || allowed.has(heading.text.trim().toLowerCase())) continue;
        const {nested, next} = subsections(headings, i);
        report({file: path, message: emptyMessage(heading, nested, next, basename(path)), line: heading.line, column: heading.column, endLine: heading.endLine, endColumn: heading.endColumn});
      }
    }
  },
} satisfies RuleModule<Options>;

/** The headings nested under headings[i] (all empty, since headings[i] is), and the heading that ends the section. */
function subsections(headings: HeadingFact[], i: number): {nested: HeadingFact[]; next?: HeadingFact} {
  const own = headings[i]!;
  const nested: HeadingFact[] = [];
  for (const next of headings.slice(i + 1)) {
    if (next.depth <= own.depth) return {nested, next};
    nested.push(next);
  }
  return {nested};
}

function emptyMessage(heading: HeadingFact, nested: HeadingFact[], next: HeadingFact | undefined, file: string): string {
  const name = `"${heading.text.trim()}"`;
  if (nested.length === 0) {
    const where = next ? `before the next heading, "${next.text.trim()}" (line ${next.line})` : `before the end of ${file}`;
    return `Section ${name} is empty: no content follows its heading ${where}; write it or remove the heading`;
  }
  const names = nested.map((h) => `"${h.text.trim()}"`).join(', ');
  return `Section ${name} is empty: its only content is the empty subsection${nested.length > 1 ? 's' : ''} ${names}; write it or remove the heading`;
}
