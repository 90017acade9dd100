/**
 * The contributors table all-contributors (all-contributors/cli) writes between its marker comments,
 * `<!-- ALL-CONTRIBUTORS-LIST:START - Do not remove or modify this section -->` and
 * `<!-- ALL-CONTRIBUTORS-LIST:END -->`. For a contribution type without a URL of its own (`talk`,
 * `financial`, `maintenance`, …) the tool links the emoji to `#<type>-<login>`
 * (generate/format-contribution-type.js), an id no page defines: the tool's fixed form, rewritten
 * on every update, so nothing an editor could fix.
 */
const start = /<!--[ \t]*ALL-CONTRIBUTORS-LIST:START\b/g;
const end = /<!--[ \t]*ALL-CONTRIBUTORS-LIST:END\b/g;
/** The tool's own fragment form: `#` + a contribution type (camelCase) + `-` + a GitHub login. */
export const contributionFragment = /^#[a-z][A-Za-z]*-[A-Za-z\d](?:[A-Za-z\d-]*[A-Za-z\d])?$/;

/** The line ranges (1-based, inclusive) the tool's markers enclose. */
export function allContributorsLines(source: string): Array<[number, number]> {
  if (!source.includes('ALL-CONTRIBUTORS-LIST:START')) return [];
  const lineAt = (offset: number): number => source.slice(0, offset).split('\n').length;
  const ranges: Array<[number, number]> = [];
  for (const open of source.matchAll(start)) {
    end.lastIndex = open.index;
    const close = end.exec(source);
    // An unclosed table runs to the end of the file, as the tool would replace it.
    ranges.push([lineAt(open.index), close ? lineAt(close.index) : Number.MAX_SAFE_INTEGER]);
  }
  return ranges;
}
