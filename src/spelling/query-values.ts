/**
 * A value of a search or filter expression quoted in prose (`'compute_resource = Openstack'`, `"name ~
 * web and os != Debian"`): the query a reader types into a search box (Foreman's and Katello's scoped
 * search, a tracker's filter), whose values are the data it matches, kept as typed, not names the writer
 * spells. The quotation must hold the expression alone: one comparison or more joined by `and`/`or`, each a
 * lower-case key (`compute_resource`, `os.name`), an operator (`=`, `!=`, `~`, `!~`, `^`, `!^`, `<`, `>`,
 * `<=`, `>=`) and one value. The same words outside quotes (`deployed on compute resource Openstack`), or a
 * quoted sentence, are prose, and read.
 */

const key = String.raw`[\p{Ll}_][\p{Ll}\p{N}_.]*`;
const operator = String.raw`(?:!=|!~|!\^|<=|>=|==|=|~|\^|<|>)`;
const value = String.raw`[^\s'"‘’“”=<>~^!]+`;
const comparison = String.raw`(?:not[ \t]+)?${key}[ \t]*${operator}[ \t]*(${value})`;
const query = new RegExp(String.raw`^[ \t]*${comparison}(?:[ \t]+(?:and|or)[ \t]+${comparison})*[ \t]*$`, 'u');
const oneComparison = new RegExp(comparison, 'gu');

/** Quote characters that open a quotation, and the one closing each. */
const closers: Record<string, string> = {"'": "'", '"': '"', '\u2018': '\u2019', '\u201C': '\u201D'};

/**
 * Whether the word at `at` (of `length`) in `line` is a value of a query quoted alone: the quotation around it on
 * its line, at most 160 characters, reads as a query and the word is one of its values.
 */
export function quotedQueryValue(line: string, at: number, length: number): boolean {
  for (let open = at - 1; open >= 0 && at - open <= 160; open--) {
    const closer = closers[line[open]!];
    if (closer === undefined) continue;
    // The closer within the quotation's 160 characters only: a search to the line's end for each opener of each word was quadratic on a long line.
    const within = line.slice(at + length, open + 161).indexOf(closer);
    if (within === -1) continue;
    const close = at + length + within;
    const inner = line.slice(open + 1, close);
    if (!query.test(inner)) continue;
    for (const match of inner.matchAll(oneComparison)) {
      const start = open + 1 + match.index + match[0].length - match[1]!.length;
      if (at >= start && at + length <= start + match[1]!.length) return true;
    }
    return false;
  }
  return false;
}
