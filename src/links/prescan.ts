/**
 * A pre-scan of a Markdown file's raw text for link destinations, so that the link worker can
 * start requests before the parser reaches the file. It is conservative on purpose: it returns
 * only `[text](https://…)` and `![alt](https://…)` in plain paragraphs, where the parser is sure
 * to see a link with exactly that destination. Whatever it cannot be sure of — code of any kind,
 * HTML, template tags, escapes, titles, nested brackets — it leaves alone, and the parse finds
 * those links later. The parse stays the only source of what is reported; a URL written only
 * inside a code block is never returned, so never requested.
 */

/** Characters a destination may have here: no spaces, brackets, quotes, backslashes, pipes or `<>`. */
const destination = String.raw`https?:\/\/[A-Za-z0-9\-._~:/?#@!$*+,;=%&']+`;
/** `[text](url)` or `![alt](url)`: text without brackets, pipes (table cells) or a leading `^` (footnotes). */
const simpleLink = new RegExp(String.raw`\[(?!\^)[^\[\]\n|]*\]\((${destination})\)`, 'gi');
/** After these, the scanner cannot know what the rest of the file is (blocks that span blank lines). */
const stopMarkers = /<[!?]|<(?:script|pre|style|textarea)\b|\{\{|\{%/i;
const frontMatterFence = /^(?:---|\+\+\+)[ \t]*$/;
/** A fence the scanner trusts: at column 0, so it is in no container and always opens a code block. */
const fenceOpen = /^(`{3,}|~{3,})(.*)$/;

export function prescanUrls(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  let start = 0;
  if (frontMatterFence.test(lines[0] ?? '')) {
    // Front matter, as remark-frontmatter reads it: up to the same fence at column 0.
    const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === lines[0]!.trimEnd());
    if (close === -1) return [];
    start = close + 1;
  }
  const found: string[] = [];
  let block: string[] = [];
  let fence: {char: string; length: number} | undefined;
  const flush = (): void => {
    found.push(...plainBlockLinks(block));
    block = [];
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (stopMarkers.test(line)) return found;
    const open = fenceOpen.exec(line);
    if (open) {
      // A backtick fence's info string has no backtick; and only after plain text is the line surely a fence
      // (an HTML block or a definition's title could swallow it).
      if (open[1]![0] === '`' && open[2]!.includes('`')) return found;
      if (block.some((l) => l.includes('<') || l.includes(']:'))) return found;
      flush();
      fence = {char: open[1]![0]!, length: open[1]!.length};
      continue;
    }
    // Any other fence-like run: a fence inside a container, or code that the scanner cannot place.
    if (line.includes('```') || line.includes('~~~')) return found;
    if (line.trim() === '') flush();
    else block.push(line);
  }
  // An unclosed fence runs to the end of the file: nothing after it was taken.
  if (!fence) flush();
  return found;
}

/**
 * The links of one run of non-blank lines, or none when anything in it could make a link-looking
 * text something else: a code span (backtick), inline HTML or an autolink (`<`), an escape (`\`),
 * a tab or four spaces (indented code), a reference definition (`]:`), or any `](` that is not a
 * simple link (a title, a nested bracket, a destination with spaces or parentheses).
 */
function plainBlockLinks(block: string[]): string[] {
  if (block.length === 0) return [];
  const text = block.join('\n');
  if (/[`<\\\t]| {4}|\]:/.test(text)) return [];
  const urls: string[] = [];
  for (const match of text.matchAll(simpleLink)) {
    const url = match[1]!;
    const before = text[match.index - 1] === '!' ? text[match.index - 2] : text[match.index - 1];
    // `[a][b](url)` is a reference link when b is defined; `&…;` in a destination is an entity.
    if (before === ']' || /&#?[A-Za-z0-9]+;/.test(url)) return [];
    urls.push(url);
  }
  const candidates = text.split('](').length - 1;
  return urls.length === candidates ? urls : [];
}
