// kramdown takes a line `[label]: <> (TODO(x): …)` as a link reference definition (its
// LINK_DEFINITION_START allows any unquoted destination to the end of the line) and renders
// nothing; CommonMark shows it as a paragraph. On a kramdown site its text is not prose.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings, tempSite} from './helpers.mjs';

// The last definition is one in both readings once Liquid has run: it stays, and its missing fragment is reported.
const page = '---\ntitle: Guide\n---\n\n[comment]: <> (TODO(ann): check the URLs.)\n\nText, [the guide][self].\n\nA line\n[comment]: <> (TODO(ann): inside a paragraph.)\n\n[self]: {{ site.baseurl }}/guide/#nowhere\n';

test('kramdown: a definition line CommonMark rejects is no prose; one inside a paragraph still is', () => {
  assert.deepEqual(siteFindings(tempSite({'_config.yml': 'title: Guide\n', 'guide.md': page})), ['guide.md:10:16 no-placeholders', 'guide.md:12:9 no-broken-anchors']);
});

test('CommonMark (no kramdown): the line is a paragraph and its TODO is reported', () => {
  assert.deepEqual(siteFindings(tempSite({'_config.yml': 'title: Guide\nmarkdown: CommonMarkGhPages\n', 'guide.md': page})), ['guide.md:10:16 no-placeholders', 'guide.md:12:9 no-broken-anchors', 'guide.md:5:16 no-placeholders']);
});
