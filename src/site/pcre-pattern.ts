/**
 * A PCRE regular expression from a server's config (nginx `rewrite`, `location ~`), as a JavaScript
 * one when the two read it alike, and only when testing a URL path with it is cheap whatever the
 * config says. Read, never trusted:
 * - PCRE's own syntax JavaScript lacks or reads otherwise (possessive quantifiers, atomic groups,
 *   `\A`, `\z`, `\Q…\E`, inline options other than a leading `(?i)`, recursion, conditionals) is
 *   not translated: the expression is unread;
 * - an expression that can backtrack without bound (a repeated group holding a quantifier or an
 *   alternation: `(a+)+`, `(a|ab)*`; a back-reference; more than three quantifiers that repeat with
 *   a choice of count — `*`, `+`, `{n,}`, `{0,99}`, or `?` on such a group; more than six
 *   quantifiers with any choice, `?` included) is unread too, and paths longer than `maxPath` are
 *   never tested: a test costs at most about maxPath³ steps times 2⁶.
 * An unread expression still says how its paths begin (`literalPrefix`): the caller abstains on those.
 */

/** Paths longer than this are not tested (a real link's path is far shorter). */
export const maxPath = 256;

/** At most this many quantifiers that repeat with a choice of count (`*`, `+`, `{n,}`, `{0,99}`) in one expression. */
const maxRepeating = 3;
/** At most this many quantifiers with any choice (`?` too) in one expression: each one multiplies the ways to try. */
const maxChoices = 6;

/** A `(?i)` at the start: the whole expression ignores case (nginx's `~*` says the same). */
const leadingCaseless = /^\(\?i\)/;

/** PCRE-only syntax, or what may backtrack without bound: not translated. */
const unreadable = /\\[AzZGKQEpPXRhHvV]|\\[1-9]|\\g|\\k|\(\?[^:=!<P]|\(\?<[=!]|\(\?P[=>]|[*+?}]\+/;

/** The expression as JavaScript tests it; undefined when it is unread. */
export function pcreToRegExp(source: string, caseless = false): RegExp | undefined {
  let body = source;
  let ignoreCase = caseless;
  if (leadingCaseless.test(body)) {
    body = body.slice(4);
    ignoreCase = true;
  }
  body = body.replace(/\(\?P</g, '(?<');
  if (unreadable.test(body) || body.includes('\uE000') || !boundedBacktracking(body)) return undefined;
  try {
    return new RegExp(body, ignoreCase ? 'i' : '');
  } catch {
    return undefined;
  }
}

/**
 * Is backtracking bounded by a small power of the path's length? No quantified group that holds a
 * quantifier or an alternation (the exponential cases), at most `maxRepeating` repeating
 * quantifiers — a bounded `{0,99}` backtracks as far as a `*` on a path of `maxPath`, and `?` on a
 * group holding a quantifier or a `|` is a repeat of its choices — and at most `maxChoices` in all.
 */
function boundedBacktracking(body: string): boolean {
  // For each open group: does it hold a quantifier or a `|`?
  const open: boolean[] = [];
  let repeating = 0;
  let choices = 0;
  let inClass = false;
  let closedRisky = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      i++;
      closedRisky = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    const counted = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(body.slice(i, i + 24)) : null;
    if (c === '*' || c === '+' || c === '?' || counted) {
      // `{n}` repeats with no choice; `{n,m}` chooses among m - n + 1 counts.
      const fixed = counted !== null && (counted[2] === undefined || (counted[3] !== '' && Number(counted[3]) <= Number(counted[1])));
      const repeats = c === '*' || c === '+' || (counted !== null && !fixed && (counted[3] === '' || Number(counted[3]) > 1)) || (c === '?' && closedRisky);
      if (repeats && ++repeating > maxRepeating) return false;
      if (!fixed && ++choices > maxChoices) return false;
      // `?` after a group that repeats nothing inside is harmless; any repetition of a risky group is not.
      if (closedRisky && c !== '?') return false;
      if (open.length > 0) open[open.length - 1] = true;
      closedRisky = false;
      if (c === '{') i = body.indexOf('}', i);
      continue;
    }
    closedRisky = false;
    if (c === '[') inClass = true;
    else if (c === '(') {
      open.push(false);
      // A group's kind (`(?:`, `(?=`, `(?<name>`) is no quantifier.
      const kind = /^\?(?::|=|!|<[A-Za-z_]\w*>)/.exec(body.slice(i + 1, i + 40));
      if (kind) i += kind[0].length;
    }
    else if (c === '|') {
      if (open.length > 0) open[open.length - 1] = true;
    } else if (c === ')') {
      const risky = open.pop() ?? false;
      closedRisky = risky;
      if (risky && open.length > 0) open[open.length - 1] = true;
    }
  }
  return true;
}

/**
 * The literal text every path the expression matches starts with (`^/save/` → `/save/`), read up
 * to the first character that is not literal; '' when it is not anchored at the start, or when a
 * `|` outside any group makes it one of several branches (`^/docs|^/other`).
 */
export function literalPrefix(source: string): string {
  const body = source.replace(leadingCaseless, '');
  if (!body.startsWith('^') || hasTopLevelBranch(body)) return '';
  let prefix = '';
  for (let i = 1; i < body.length; i++) {
    const c = body[i]!;
    let literal: string | undefined;
    let width = 1;
    if (c === '\\' && /[./\-_~]/.test(body[i + 1] ?? '')) {
      literal = body[i + 1];
      width = 2;
    } else if (/[\p{L}\p{N}/\-_~%,=@!:]/u.test(c)) literal = c;
    if (literal === undefined) break;
    // A quantified last character is not certain (`^/docs?`).
    if (/^[*?{]/.test(body.slice(i + width, i + width + 1))) break;
    prefix += literal;
    i += width - 1;
  }
  return prefix;
}

/** Does a `|` outside every group, class and escape split the expression into branches? */
function hasTopLevelBranch(body: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
