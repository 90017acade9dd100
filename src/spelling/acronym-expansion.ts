/**
 * A word of an acronym's expansion whose capitals spell the acronym: `RESP (REdis Serialization
 * Protocol)`, `REdis Serialization Protocol (RESP)`. The odd capitals are there on purpose, to
 * show where the letters come from: not a name written in a wrong case.
 */
export function spellsAcronym(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset) === -1 ? source.length : source.indexOf('\n', offset);
  const line = source.slice(lineStart, lineEnd);
  const at = offset - lineStart;
  // The expansion in parentheses after the acronym.
  const open = line.lastIndexOf('(', at);
  const close = line.indexOf(')', at);
  if (open !== -1 && close !== -1 && !line.slice(open + 1, at).includes(')')) {
    const acronym = /([A-Z][A-Z0-9]{1,9})\s*$/.exec(line.slice(0, open))?.[1];
    if (acronym && capitals(line.slice(open + 1, close)) === acronym) return true;
  }
  // The acronym in parentheses after the expansion.
  const after = /^[^()]*?\(([A-Z][A-Z0-9]{1,9})\)/.exec(line.slice(at));
  if (after) {
    const words = [...line.slice(0, at + after[0].indexOf('(')).matchAll(/\S+/g)];
    for (let n = 1; n <= Math.min(words.length, after[1]!.length); n++) {
      const phrase = words.slice(-n);
      if (phrase[0]!.index! <= at && capitals(phrase.map((word) => word[0]).join(' ')) === after[1]) return true;
    }
  }
  return false;
}

function capitals(text: string): string {
  return text.replace(/[^A-Z0-9]/g, '');
}
