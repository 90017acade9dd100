import type {Root} from 'mdast';
import {quotedTitleSpans} from './release-notes.js';
import {copiedChangelogSpans} from './copied-changelog.js';
import {templatedChangelogSpans} from './changelog-templates.js';
import {quotedRecordSpans} from './quoted-records.js';
import {creditsListSpans} from './credits-lists.js';
import {photoCreditSpans} from './photo-credits.js';
import {referencedEntrySpans} from './referenced-entries.js';
import {generatedBlockSpans} from './generated-blocks.js';
import {repostedBodySpans} from './reposted-body.js';
import {upgradeNoteSpans} from './upgrade-notes.js';
import {ownVersions} from './own-versions.js';
import {quotedOriginalSpans} from '../text/quoted-original.js';
import type {SiteInfo} from '../site/generators/types.js';
import {mergeSpans, type Span} from './spans.js';

const byTree = new WeakMap<Root, {source: string; wordsRoot: string; spans: readonly Span[]}>();

/**
 * What a page quotes of others' records, which brand-casing and spelling both leave alone: titles
 * of issues and pull requests release notes list, commit lines copied from a log, a search query, a
 * style guide's column of forms to avoid, a release's credits list of names, a photo's credit,
 * lines a changelog tool writes from commit subjects (git-chglog's template), another project's
 * release notes a page in another language copies, a change log's list of titles ending in their pull request
 * (`Fix the crash (#1234)`), a block an HTML comment says a program wrote, another author's article reposted
 * under its byline, the original a translation quotes in a `<details>` block (`<summary>原文</summary>`), the
 * release notes of the components a platform's change-log post upgrades (`### Log Cache - v2.12.3 up from v2.12.2`). Merged (spans.ts), made once a page: both rules
 * asked each concept for it.
 */
export function othersRecordSpans(tree: Root, source: string, wordsRoot: string, site: SiteInfo | undefined, data: Record<string, unknown> | undefined): readonly Span[] {
  const known = byTree.get(tree);
  if (known && known.source === source && known.wordsRoot === wordsRoot) return known.spans;
  const spans = mergeSpans([...quotedTitleSpans(tree, source), ...referencedEntrySpans(tree), ...upgradeNoteSpans(tree), ...generatedBlockSpans(tree), ...repostedBodySpans(tree, site, data), ...copiedChangelogSpans(tree, ownVersions(site)), ...templatedChangelogSpans(source, wordsRoot), ...quotedRecordSpans(tree, source), ...creditsListSpans(tree), ...photoCreditSpans(tree, source), ...quotedOriginalSpans(source)]);
  byTree.set(tree, {source, wordsRoot, spans});
  return spans;
}
