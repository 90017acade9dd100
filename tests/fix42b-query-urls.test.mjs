// A link's query string is no part of the page it names (round 41's query-string-url-matched-as-path):
// on a static host `/?p=7` is the home page, while a page whose front-matter url is `/?p=3` is
// written at a path holding the `?` (reached only as `/%3Fp=3/`); asserted by exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

const files = (links) => ({
  'hugo.toml': 'title = "Mill"\nbaseURL = "https://example.org/"\n',
  'content/posts/old.md': '---\ntitle: Old mill\ndate: 2020-01-01\ndraft: true\nurl: /?p=3\n---\n\nOld.\n',
  'content/posts/wheel.md': '---\ntitle: Wheel\ndate: 2020-01-02\nurl: /?p=7\n---\n\nWheel.\n',
  'content/posts/new.md': `---\ntitle: New\ndate: 2020-01-03\n---\n\n${links}\n`,
});

test('hugo: a link with a query string is not matched to a draft whose url holds another query', async () => {
  assert.deepEqual(await siteFindings('no-unpublished-links', files('See [wheel](/?p=7) and [home](/?p=9).')), []);
});

test('hugo: a link that escapes the ? names the page written at that path: the draft is unpublished', async () => {
  assert.deepEqual(await siteFindings('no-unpublished-links', files('See [old](/%3Fp=3/).')), ['content/posts/new.md:6:5 no-unpublished-links']);
});
