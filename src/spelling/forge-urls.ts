/**
 * Addresses on source forges, as the spelling exemptions read them: a link into a forge project
 * (quotations' software labels), one item of a project's history or tracker (quotations' quoted
 * titles), a commit by its hash (quoted-records' commit lines, release-notes' commit links), an
 * entry of any issue tracker (release-notes' issue links). Each caller keeps its own acceptance:
 * the hosts and paths differ on purpose, so each test is its own function here.
 */

/** A link into a source forge: a project, a folder or a file of one. */
const forgeHost = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sr\.ht|git\.sr\.ht)\//i;

export function isForgeUrl(url: string): boolean {
  return forgeHost.test(url);
}

export type ForgeItemKind = 'issue' | 'pull' | 'commit' | 'discussion';

/** An address of one item of a forge project's history or tracker (GitLab's groups nest, its paths take `/-/`). */
const forgeItem = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/(?:[^/?#]+\/){2,}(?:-\/)?(issues|pull|pulls|pull-requests|merge_requests|commit|commits|discussions)\/[\w-]+/i;

const itemKinds: Record<string, ForgeItemKind> = {
  issues: 'issue',
  pull: 'pull',
  pulls: 'pull',
  'pull-requests': 'pull',
  merge_requests: 'pull',
  commit: 'commit',
  commits: 'commit',
  discussions: 'discussion',
};

/** What one item of a forge project an address names (GitHub, GitLab, Codeberg, Bitbucket), if it names one. */
export function forgeItemKind(url: string): ForgeItemKind | undefined {
  const match = forgeItem.exec(url);
  return match ? itemKinds[match[1]!.toLowerCase()] : undefined;
}

/**
 * The path to one commit by its short or full hash, on any host: GitHub, GitLab (`/-/commit/`),
 * Bitbucket (`/commits/`).
 */
const commitPath = String.raw`\/commits?\/[0-9a-f]{7,40}`;
const commitUrl = new RegExp(commitPath + String.raw`(?:[/?#]|$)`, 'i');

/** An address of one commit (`…/commit/d4f5526`, `…/-/commit/0fb5fd40…?x`), letters in either case. */
export function isCommitUrl(url: string): boolean {
  return commitUrl.test(url);
}

/** conventional-changelog's link to a commit in Markdown source, `([f573f9a](…/commit/f573f9a…))`, lower-case hex; global. */
export const commitLinkSource = new RegExp(String.raw`\(\[[0-9a-f]{7,40}\]\([^)\n]*` + commitPath + String.raw`\)\)`, 'g');

/** The paths an issue tracker's entry takes (GitHub, GitLab, SourceForge, Trac-like `ticket/N`). */
export const trackerPaths = String.raw`(?:issues|pull|pulls|merge_requests|bugs|tickets?)`;
const trackerItem = new RegExp(String.raw`^https?:\/\/[^\s]*\/` + trackerPaths + String.raw`\/\d*\/?(?:[#?]\S*)?$`);

/** An address of an issue tracker's entry on any host (`…/issues/35`, `…/ticket/7#c2`). */
export function isTrackerItemUrl(url: string): boolean {
  return trackerItem.test(url);
}

/** An address of the tracker's entry `number` names (`…/issues/35`, `…/pull/35#discussion`): the entry a number next to the link cites. */
export function isTrackerItemOf(url: string, number: string): boolean {
  return isTrackerItemUrl(url) && new RegExp(String.raw`\/${number}\/?(?:[#?]\S*)?$`).test(url);
}

/** A link's text that is an issue's number (`#35`, `owner/repo#35`, `GH-35`). */
export const issueNumberText = /^(?:[\w.-]+\/[\w.-]+)?#\d+$|^GH-\d+$/i;

/**
 * A link that cites an issue or a pull request by its number (`[#35](…)`, `<a href="…/issues/35">#35</a>`)
 * or by its address written as its text: how release notes and change logs point at the entry whose
 * title they quote. The one test release-notes.ts and referenced-entries.ts both read, in Markdown and raw HTML alike.
 */
export function citesTrackerItem(url: string, text: string): boolean {
  return issueNumberText.test(text) || (text === url && isTrackerItemUrl(url));
}

/** A user's page on a forge: one path segment under the host (`https://github.com/octocat`), not a project's. */
const forgeProfile = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org)\/([\w.-]+)\/?$/i;

/**
 * A link that credits a forge user by their handle, as change-log tools write the author of a pull
 * request: its text is the handle, with or without `@`, and its address that user's page
 * (`[octocat](https://github.com/octocat)`, `[@octocat](https://github.com/octocat)`).
 */
export function creditsForgeUser(url: string, text: string): boolean {
  const login = forgeProfile.exec(url)?.[1];
  return login !== undefined && text.replace(/^@/, '').toLowerCase() === login.toLowerCase();
}

/** An issue tracker's key as Jira and its kind write it: a project key of capitals and digits, a dash, the number (`DRILL-7081`). */
export const trackerKeyText = /^[A-Z][A-Z\d_]+-\d+$/;

/**
 * A link whose text is a tracker key and whose address is that key's entry: Jira's `/browse/KEY-12`,
 * YouTrack's and Linear's `/issue/KEY-12`, `/issues/` or `/ticket(s)/` elsewhere. A key-shaped text
 * linking anywhere else (`[UTF-8](…/wiki/UTF-8)`, `[RFC-5424](…/rfc5424)`) is not one.
 */
export function namesTrackerKey(url: string, text: string): boolean {
  if (!trackerKeyText.test(text)) return false;
  const match = /\/(?:browse|issues?|tickets?)\/([A-Z][A-Z\d_]+-\d+)(?:[/?#]|$)/i.exec(url);
  return match !== null && match[1]!.toUpperCase() === text;
}
