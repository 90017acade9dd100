import {test} from 'node:test';
import assert from 'node:assert/strict';
import {isSpace, longestToken, maskSource, proseTokens, shapeOf, tokenizeText} from '../dist/src/spelling/prose.js';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {assertLinearGrowth} from './growth.mjs';

// The spelling tokenizer reads char codes in place (no regex match per chunk or word): it must find
// exactly the words the patterns it replaced found, `/\S+/g` for chunks then `/[\p{L}\p{M}\p{N}_'’-]+/gu`
// per chunk, on any text: astral letters, combining marks, other scripts' digits, lone surrogates,
// every Unicode space. The reference below is that pattern-based reading, word for word, with a chunk's
// backslash escapes read as they render (fix44e: `a\.b` is the dotted `a.b`, `a\_b` the one word `a_b`).
function reference(text, start, masked) {
  const out = [];
  const beside = (offset, length) => {
    const before = masked[offset - 1];
    const after = masked[offset + length];
    return before === '>' || before === '\u00AD' || after === '<' || after === '\u00AD' || (before !== undefined && '*_~'.includes(before)) || (after !== undefined && '*_~'.includes(after));
  };
  const joiner = (c) => c === "'" || c === '’' || c === '-';
  for (const chunk of text.matchAll(/\S+/g)) {
    const value = chunk[0];
    const shown = value.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    if (shown.includes('/') || shown.includes('\\') || (shown.includes('.') && /\p{L}\.\p{L}/u.test(shown))) continue;
    for (const match of value.matchAll(/(?:[\p{L}\p{M}\p{N}_'’-]|\\_)+/gu)) {
      const raw = match[0];
      let lead = 0;
      while (lead < raw.length && joiner(raw[lead])) lead++;
      let tail = raw.length;
      while (tail > lead && joiner(raw[tail - 1])) tail--;
      const word = raw.slice(lead, tail);
      const offset = start + chunk.index + match.index + lead;
      const elided = tail < raw.length && /in$/i.test(word) && /^['’]/.test(raw.slice(tail));
      if ((word.length < 2 && !beside(offset, word.length)) || word.length > longestToken || /[\p{N}_]/u.test(word)) continue;
      const before = masked.charCodeAt(offset - 1);
      if (before === 46 || before === 96) continue;
      const parts = word.includes('-') ? word.split('-') : [word];
      let at = offset;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (parts.length === 1 || part.length >= 2) {
          const token = {text: part, offset: at, shape: shapeOf(part)};
          if (parts.length > 1) {
            token.compound = word;
            token[i < parts.length - 1 ? 'prefix' : 'suffix'] = true;
          }
          if (elided && i === parts.length - 1) token.elided = true;
          out.push(token);
        }
        at += part.length + 1;
      }
    }
  }
  return out;
}

const words = (tokens) => tokens.map(({text, offset, shape, compound, prefix, suffix, elided}) => ({text, offset, shape, ...(compound === undefined ? {} : {compound}), ...(prefix ? {prefix} : {}), ...(suffix ? {suffix} : {}), ...(elided ? {elided} : {})}));

function tokens(text, from, to, shift, masked) {
  const out = [];
  tokenizeText(text, from, to, shift, masked, 'frontmatter', out);
  return words(out);
}

const pieces = ['word', 'Word', 'API', 'GitHub', 'é', 'e\u0301', 'ß', 'İ', '1', '٣', '_', "'", '’', '-', '.', '/', '\\', ' ', '\u00a0', '\u2003', '\u3000', '\ufeff', '\n', '\t', '𝒜', '𝒜b', '😀', '\ud800', '\udc00', '<', '>', '*', '~', '`', 'in', "doin'", 'lookin’', 'x', 'non-blocking', 'a-b-c', 'e.g.', 'Node.js', '\u00ad', 'Ω', 'ф', 'ー', '漢字', '\u200b'];

test('the spelling tokenizer finds the words the patterns found, on every kind of character', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 4000; round++) {
    let text = '';
    const length = 1 + Math.floor(random() * 24);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    assert.deepEqual(tokens(text, 0, text.length, 0, text), words(reference(text, 0, text)), JSON.stringify(text));
    // A stretch of the source, as a text node is read: offsets in the source, the characters around it seen.
    const from = Math.floor(random() * text.length);
    const to = from + Math.floor(random() * (text.length - from + 1));
    assert.deepEqual(tokens(text, from, to, 0, text), words(reference(text.slice(from, to), from, text)), JSON.stringify([text, from, to]));
  }
});

test('the spelling tokenizer: a text read apart from the source (a component\'s children) keeps source offsets', () => {
  const masked = 'xx <Note>Helo wrold, pre-release doin\' 𝒜lpha</Note>';
  const text = 'Helo wrold, pre-release doin\' 𝒜lpha';
  const start = masked.indexOf('Helo');
  assert.deepEqual(tokens(text, 0, text.length, start, masked), words(reference(text, start, masked)));
  assert.deepEqual(tokens(text, 0, text.length, start, masked).map((token) => [token.text, token.offset]), [['Helo', start], ['wrold', start + 5], ['pre', start + 12], ['release', start + 16], ['doin', start + 24], ['𝒜lpha', start + 30]]);
});

test('isSpace is /\\s/ on every UTF-16 unit', () => {
  for (let code = 0; code < 0x10000; code++) assert.equal(isSpace(code), /\s/.test(String.fromCharCode(code)), code.toString(16));
});

test('the spelling tokenizer stays linear on names joined by `::` (lines of them, and one chunk as long)', () => {
  // Measured by growth.mjs's shape of CPU time (least of interleaved rounds, 4n against n, re-measured
  // over 16n on a busy machine), not a wall-clock bound: a quadratic scan of the chunk takes about 16×.
  const tokenize = (text) => tokenizeText(text, 0, text.length, 0, text, 'body', []);
  const lines = (n) => Array.from({length: n}, (_, i) => `Call—Foo${i}::Bar, x::1y, ${'a'.repeat(i % 50)}::`).join('\n');
  const glued = (n) => 'a::1'.repeat(n) + 'word'.repeat(n) + '::';
  assertLinearGrowth('tokenizeText on lines of `::` names', tokenize, lines, 5_000);
  assertLinearGrowth('tokenizeText on one chunk of `::` names', tokenize, glued, 2_000);
});

// perf46: two masks now run cheaper than their patterns did over the whole text: the hashtag pattern matches
// its sign before looking behind it, the URL pattern runs only on the lines that hold `://`. The masked text
// must be what the old patterns gave, on texts made of the pieces both read (line starts, brackets, escapes).
test('the hashtag and URL masks blank what their whole-text patterns blanked', () => {
  const blank = (match) => match.replace(/[^\n]/g, ' ');
  const hashtags = (text) => text.replace(/(?<=^|[\s(["'*_~>])[#@]\\?[\p{L}\p{N}_](?:\\?[\p{L}\p{N}_.-])*/gmu, blank);
  const urls = (text) => text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"'()[\]]+/gi, blank);
  // The other masks, as maskSource runs them between these two, for the pieces below (e-mail addresses, emoji codes).
  const others = (text) => text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, blank).replace(/:[a-z0-9_+-]+:/g, blank);
  // No character of a mask not modelled here (`{`, `&`, `=`, `$`, `<`, `[`, a closing bracket after `\`).
  const pieces = ['#', '@', '#tag', '@who', '\\', '\\_', 'x', 'Word', ' ', '\n', '(', '"', '*', '>', '.', '-', '://', 'https', 'git+ssh', 'a.b', 'é', '~', '\t', '1'];
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 3000; round++) {
    let text = '';
    const length = 1 + Math.floor(random() * 30);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    assert.equal(maskSource(text), hashtags(others(urls(text))), JSON.stringify(text));
  }
  assert.equal(maskSource('See https://example.org/a and\n#tag\nno url here'), 'See ' + ' '.repeat('https://example.org/a'.length) + ' and\n    \nno url here');
});

// perf46: every token has every field from the start (unset ones undefined), in one order, so the tokens of a
// page share one hidden class and the rules' loops over them stay monomorphic. A token given a field later,
// or one copied by a spread, would have its own keys' order.
test('every prose token has the same fields in the same order (one hidden class a page)', () => {
  const source = '# A Title\n\nSome **bo**ld non-blocking text by Andrew Godwin, see [jekyll-feed](https://github.com/jekyll/jekyll-feed).\n\n<b>Sm</b>all words. Second sentence here.\n';
  const tokens = proseTokens(unified().use(remarkParse).parse(source), source, undefined, false, true);
  assert.ok(tokens.length > 10);
  assert.ok(tokens.some((token) => token.joined !== undefined) && tokens.some((token) => token.compound !== undefined) && tokens.some((token) => token.named === true));
  const keys = Object.keys(tokens[0]).join();
  for (const token of tokens) assert.equal(Object.keys(token).join(), keys, token.text);
});
