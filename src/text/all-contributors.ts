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
/**
 * The contribution types the tool knows by default (all-contributors/cli src/util/contribution-types.js,
 * the same keys as the project's docs/emoji-key.md). Those with a URL of their own (`bug`, `code`,
 * `doc`, `review`, `test`) link there unless told otherwise, but a contribution's own `url` can be
 * missing, so every type is listed. A project's custom `types` (in .all-contributorsrc) are not read.
 */
const contributionTypes = [
  'a11y', 'audio', 'blog', 'bug', 'business', 'code', 'content', 'data', 'design', 'doc', 'eventOrganizing', 'example',
  'financial', 'fundingFinding', 'ideas', 'infra', 'maintenance', 'mentoring', 'platform', 'plugin', 'projectManagement',
  'promotion', 'question', 'research', 'review', 'security', 'talk', 'test', 'tool', 'translation', 'tutorial',
  'userTesting', 'video',
];
/**
 * The tool's own fragment form: `#<type>-<login>`, or `#<type>` for a contributor without a login
 * (generate/format-contribution-type.js `getUrl`). The login is the host's, written as it is: GitHub's
 * older logins may end in `-` or hold `--`, GitLab's may hold `.` and `_`.
 */
export const contributionFragment = new RegExp(`^#(?:${contributionTypes.join('|')})(?:-[A-Za-z\\d._-]+)?$`);

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
