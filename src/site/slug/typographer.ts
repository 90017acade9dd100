/**
 * markdown-it's `typographer` (markdown-it lib/rules_core/replacements.mjs and smartquotes.mjs) as
 * it changes a heading's text before markdown-it-anchor slugs it: the anchor plugin adds its rule
 * with `md.core.ruler.push('anchor', …)`, after every core rule markdown-it has (…, `replacements`,
 * `smartquotes`, `text_join`), so it reads the typographer's output (`Don't` → `Don’t`, `--` → `–`).
 * Eleventy's IdAttributePlugin reads the rendered HTML, typographer's output too. The heading's
 * text is read as one text token (its code spans, which the typographer leaves alone, are not told
 * apart), with markdown-it's default `quotes` (`“”‘’`).
 */

const rare = /\+-|\.\.|\?\?\?\?|!!!!|,,|--/;
const scopedAbbreviation = /\((c|tm|r)\)/gi;
const abbreviations: Record<string, string> = {c: '©', r: '®', tm: '™'};

/** replacements: `(c)` `(tm)` `(r)`, `+-`, `...`, `?....`, `!!!!!`, `,,`, `---` and `--`. */
function replacements(text: string): string {
  let out = text.replace(scopedAbbreviation, (_whole, name: string) => abbreviations[name.toLowerCase()]!);
  if (!rare.test(out)) return out;
  out = out
    .replace(/\+-/g, '±')
    .replace(/\.{2,}/g, '…')
    .replace(/([?!])…/g, '$1..')
    .replace(/([?!]){4,}/g, '$1$1$1')
    .replace(/,{2,}/g, ',')
    .replace(/(^|[^-])---(?=[^-]|$)/gm, '$1\u2014')
    .replace(/(^|\s)--(?=\s|$)/gm, '$1\u2013')
    .replace(/(^|[^-\s])--(?=[^-\s]|$)/gm, '$1\u2013');
  return out;
}

const asciiPunctuation = /[!-/:-@[-`{-~]/;
const unicodePunctuation = /[\p{P}\p{S}]/u;

function isWhiteSpace(code: number): boolean {
  if (code >= 0x2000 && code <= 0x200a) return true;
  return [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000].includes(code);
}

const isPunctuation = (char: string): boolean => asciiPunctuation.test(char) || unicodePunctuation.test(char);

/**
 * smartquotes on one text token: paired quotes curled, a lone `'` in or after a word an apostrophe.
 * markdown-it's own loop slices the string at each quote and walks its stack back for a quote of
 * the same kind; here the characters are an array and each kind keeps its own stack of the open
 * quotes' places in the shared one, so a heading of many quotes costs linear time, same output.
 */
function smartquotes(input: string): string {
  const text = input.split(''); // UTF-16 units, as markdown-it reads them (charCodeAt)
  // The open quotes in order (markdown-it's stack), and for each kind the indexes in it of its own.
  const stack: Array<{pos: number; single: boolean}> = [];
  const ofKind: {single: number[]; double: number[]} = {single: [], double: []};
  let pos = 0;
  while (pos < text.length) {
    const char = text[pos]!;
    if (char !== "'" && char !== '"') {
      pos++;
      continue;
    }
    const at = pos;
    let canOpen = true;
    let canClose = true;
    pos = at + 1;
    const single = char === "'";
    const last = at > 0 ? text[at - 1]! : ' ';
    const next = pos < text.length ? text[pos]! : ' ';
    const lastPunctuation = isPunctuation(last);
    const nextPunctuation = isPunctuation(next);
    const lastSpace = isWhiteSpace(last.charCodeAt(0));
    const nextSpace = isWhiteSpace(next.charCodeAt(0));
    if (nextSpace) canOpen = false;
    else if (nextPunctuation && !(lastSpace || lastPunctuation)) canOpen = false;
    if (lastSpace) canClose = false;
    else if (lastPunctuation && !(nextSpace || nextPunctuation)) canClose = false;
    // `1""`: the first quote after a digit is an inch mark.
    if (next === '"' && char === '"' && last >= '0' && last <= '9') canClose = canOpen = false;
    if (canOpen && canClose) {
      canOpen = lastPunctuation;
      canClose = nextPunctuation;
    }
    if (!canOpen && !canClose) {
      if (single) text[at] = '\u2019';
      continue;
    }
    const own = single ? ofKind.single : ofKind.double;
    if (canClose && own.length > 0) {
      // The nearest open quote of this kind; the open quotes after it are dropped (markdown-it: `stack.length = j`).
      const j = own.pop()!;
      text[at] = single ? '\u2019' : '\u201d';
      text[stack[j]!.pos] = single ? '\u2018' : '\u201c';
      stack.length = j;
      const other = single ? ofKind.double : ofKind.single;
      while (other.length > 0 && other[other.length - 1]! >= j) other.pop();
      continue;
    }
    if (canOpen) {
      own.push(stack.length);
      stack.push({pos: at, single});
    } else if (canClose && single) text[at] = '\u2019';
  }
  return text.join('');
}

/** A heading's text as markdown-it with `typographer: true` renders it (replacements, then smartquotes). */
export function typographerText(text: string): string {
  return smartquotes(replacements(text));
}
