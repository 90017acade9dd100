/**
 * nginx's configuration syntax, read as data: directives (`name arg …;`) and blocks
 * (`name arg … { … }`), as nginx's own reader splits them (src/core/ngx_conf_file.c,
 * ngx_conf_read_token): words are separated by white space, `;` ends a directive, `{` opens its
 * block and `}` closes it, `#` at the start of a word comments out the rest of the line, a word in
 * `"…"` or `'…'` may hold white space, `;` and braces, `${name}` is a variable inside a word, and
 * `\"`, `\'`, `\\` stand for the character itself. One pass over the text; nesting is bounded.
 */

export interface NginxDirective {
  name: string;
  args: string[];
  /** The directives of its block, when it has one. */
  block?: NginxDirective[];
}

/** Deeper blocks than this are not read (nginx's own configs nest a handful of levels). */
const maxDepth = 16;

/** The directives of a config text; undefined when its braces do not balance (nginx would refuse it too). */
export function parseNginx(text: string): NginxDirective[] | undefined {
  const top: NginxDirective[] = [];
  const stack: NginxDirective[][] = [top];
  let words: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (c === ';' || c === '{') {
      const [name, ...args] = words;
      words = [];
      i++;
      if (c === ';') {
        if (name !== undefined) stack.at(-1)!.push({name, args});
        continue;
      }
      const directive: NginxDirective = {name: name ?? '', args, block: []};
      // Too deep: the block is still walked (to keep the braces counted) but kept nowhere.
      if (stack.length <= maxDepth) stack.at(-1)!.push(directive);
      stack.push(directive.block!);
      continue;
    }
    if (c === '}') {
      if (stack.length === 1 || words.length > 0) return undefined;
      stack.pop();
      i++;
      continue;
    }
    const [word, next] = c === '"' || c === "'" ? quotedWord(text, i + 1, c) : plainWord(text, i);
    if (word === undefined) return undefined;
    words.push(word);
    i = next;
  }
  return stack.length === 1 && words.length === 0 ? top : undefined;
}

/** A quoted word from after its opening quote: its text and where reading goes on; undefined when never closed. */
function quotedWord(text: string, start: number, quote: string): [string | undefined, number] {
  let out = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      const escaped = unescape(text[i + 1]!);
      out += escaped ?? c;
      if (escaped !== undefined) i++;
      continue;
    }
    if (c === quote) return [out, i + 1];
    out += c;
  }
  return [undefined, text.length];
}

/** An unquoted word: up to white space, `;`, `{` or `}` (but `${name}` stays in it). */
function plainWord(text: string, start: number): [string, number] {
  let out = '';
  let i = start;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === ';' || c === '{' || c === '}') {
      if (c === '{' && text[i - 1] === '$') {
        // Looked for within the bound only: a `${` with no `}` must not scan to the end each time.
        const close = text.slice(i, i + 64).indexOf('}');
        if (close !== -1) {
          out += text.slice(i, i + close + 1);
          i += close + 1;
          continue;
        }
      }
      break;
    }
    if (c === '\\' && i + 1 < text.length) {
      const escaped = unescape(text[i + 1]!);
      // Any other escape is kept as written (`\.` in a regular expression); the next character never ends the word.
      out += escaped ?? `\\${text[i + 1]}`;
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return [out, i];
}

function unescape(c: string): string | undefined {
  switch (c) {
    case '"':
    case "'":
    case '\\':
      return c;
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case 'n':
      return '\n';
    default:
      return undefined;
  }
}
