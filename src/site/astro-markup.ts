/**
 * The markup of an Astro component (`.astro`), as template-ids.ts reads a template's `id` attributes
 * (Astro docs, "Components" and "Template expressions"; withastro/compiler):
 * - the component script between the leading `---` fences is code run at build time, no markup: left
 *   out, so `const id = "x"` is no id;
 * - `<script>` and `<style>` bodies are no markup either, nor an HTML comment or a `{/* … *\/}` comment;
 * - an attribute written as an expression is read for the text it writes: `id={"comments"}` is the
 *   literal id, `` id={`note-${n}`} `` writes `note-` and data (a pattern), and any other expression
 *   (`id={slug}`) is wholly data, which says nothing about which fragments exist. Data is written as a
 *   `{% … %}` action, which template-ids.ts reads as data whatever the template language.
 */

/** The component script's fences and body, at the top of the file. */
const scriptFence = /^\uFEFF?\s*---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The component script (between the leading `---` fences), where an Astro component imports; empty when it has none. */
export function astroScript(text: string): string {
  return scriptFence.exec(text)?.[1] ?? '';
}

/** The component's markup, its script left out and its expression attributes rewritten as quoted values. */
export function astroMarkup(text: string): string {
  let markup = text.replace(scriptFence, '');
  markup = markup.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  // An HTML comment (`<!-- <div id="old"> -->`) or an expression holding only a comment (`{/* … */}`) writes no element.
  markup = markup.replace(/<!--[\s\S]*?-->/g, '').replace(/\{\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*\}/g, '');
  let out = '';
  let at = 0;
  const attribute = /(^|\s)id\s*=\s*\{/g;
  for (let match = attribute.exec(markup); match; match = attribute.exec(markup)) {
    const open = match.index + match[0].length - 1;
    const close = closingBrace(markup, open);
    if (close === undefined) break;
    out += `${markup.slice(at, match.index)}${match[1]}id="${expressionText(markup.slice(open + 1, close).trim())}"`;
    at = close + 1;
    attribute.lastIndex = at;
  }
  return out + markup.slice(at);
}

/** The `}` that closes the expression opened at `open`, strings and template literals taken whole. */
function closingBrace(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length && i < open + 2000; i++) {
    const char = text[i]!;
    if (char === '"' || char === "'" || char === '`') {
      const end = stringEnd(text, i);
      if (end === undefined) return undefined;
      i = end;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  return undefined;
}

/** Where the string literal opened at `open` ends (`${…}` in a template literal taken whole). */
function stringEnd(text: string, open: number): number | undefined {
  const quote = text[open]!;
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\') i++;
    else if (char === quote) return i;
    else if (quote === '`' && char === '$' && text[i + 1] === '{') {
      const close = closingBrace(text, i + 1);
      if (close === undefined) return undefined;
      i = close;
    } else if (char === '\n' && quote !== '`') return undefined;
  }
  return undefined;
}

const data = '{% data %}';

/** The text an id expression writes: a string literal's own, a template literal's parts with data between them, else data. */
function expressionText(expression: string): string {
  const string = /^(["'])((?:(?!\1)[^\\\n"'])*)\1$/.exec(expression);
  if (string) return string[2]!;
  if (!/^`[\s\S]*`$/.test(expression) || stringEnd(expression, 0) !== expression.length - 1) return data;
  const body = expression.slice(1, -1);
  let text = '';
  let at = 0;
  for (let i = body.indexOf('${'); i !== -1; i = body.indexOf('${', at)) {
    const close = closingBrace(body, i + 1);
    if (close === undefined) return data;
    text += `${body.slice(at, i)}${data}`;
    at = close + 1;
  }
  text += body.slice(at);
  // Quotes, escapes or markup in the literal text are not an id's: read as data.
  return /["'<>\\]/.test(text.replaceAll(data, '')) ? data : text;
}
