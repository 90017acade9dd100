/**
 * Release notes a tool writes from commit subjects (semantic-release, conventional-changelog,
 * changesets), known by their structure rather than their file name: version headings, two or
 * more of them linking to a compare view or standing alone as a version (`## [1.2.0](…/compare/…)`,
 * `## 1.2.0`), together with the sections those tools write (`### Bug Fixes`, `### Features`,
 * `### Patch Changes`) or entries that end in links to commits (`([f573f9a](…/commit/f573f9a…))`).
 * Their words are commit subjects nobody edits after the fact: spelling and brand-casing leave them
 * alone; the other rules still read them.
 */
const versionHeading = /^#{1,3}[ \t]+(?:\[v?\d+\.\d+\.\d+[^\]\n]*\]\([^)\n]*\/compare\/[^)\n]*\)|v?\d+\.\d+\.\d+)(?:[ \t].*)?$/gm;
const toolSection = /^#{2,4}[ \t]+(?:Bug Fixes|Features|Performance Improvements|Reverts|BREAKING CHANGES|Patch Changes|Minor Changes|Major Changes)[ \t]*$/m;
const commitLink = /\(\[[0-9a-f]{7,40}\]\([^)\n]*\/commits?\/[0-9a-f]{7,40}\)\)/g;

export function generatedReleaseNotes(source: string): boolean {
  if (!source.includes('#')) return false;
  const versions = source.match(versionHeading)?.length ?? 0;
  if (versions < 2) return false;
  return toolSection.test(source) || (source.match(commitLink)?.length ?? 0) >= 2;
}
