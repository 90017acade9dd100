import type {Root} from 'mdast';
import {quotedTitleSpans} from './release-notes.js';
import {copiedChangelogSpans} from './copied-changelog.js';
import {templatedChangelogSpans} from './changelog-templates.js';
import {quotedRecordSpans} from './quoted-records.js';
import {creditsListSpans} from './credits-lists.js';
import {photoCreditSpans} from './photo-credits.js';
import {mergeSpans, type Span} from './spans.js';

const byTree = new WeakMap<Root, {source: string; wordsRoot: string; spans: readonly Span[]}>();

/**
 * What a page quotes of others' records, which brand-casing and spelling both leave alone: titles
 * of issues and pull requests release notes list, commit lines copied from a log, a search query, a
 * style guide's column of forms to avoid, a release's credits list of names, a photo's credit,
 * lines a changelog tool writes from commit subjects (git-chglog's template), another project's
 * release notes a page in another language copies. Merged (spans.ts), made once a page: both rules
 * asked each concept for it.
 */
export function othersRecordSpans(tree: Root, source: string, wordsRoot: string): readonly Span[] {
  const known = byTree.get(tree);
  if (known && known.source === source && known.wordsRoot === wordsRoot) return known.spans;
  const spans = mergeSpans([...quotedTitleSpans(tree, source), ...copiedChangelogSpans(tree), ...templatedChangelogSpans(source, wordsRoot), ...quotedRecordSpans(tree, source), ...creditsListSpans(tree), ...photoCreditSpans(tree, source)]);
  byTree.set(tree, {source, wordsRoot, spans});
  return spans;
}
