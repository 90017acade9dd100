// Generator behaviours the round-11 tune set showed postlint lacked (MkDocs hooks, Jekyll permalinks,
// multi-deploy mdBook hosts, Hugo front matter), each on a small site of its own, asserted by exact
// rule id, line and column (or an unverifiable reason), passing and failing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tempSite, siteFindings as run, siteUnverifiable as unverifiable} from './helpers.mjs';

// ---- MkDocs: hooks whose build-level events may write files into the built site ----

const mkdocsPage = [
  '# Release',
  '',
  'Check with [the key](/signing.pub), [the same by URL](https://docs.example.org/signing.pub) and [a screenshot](shot.png).',
  '',
].join('\n');

test('mkdocs hooks: a hook with on_post_build makes a missing site-root file unverifiable; a missing relative file is still reported', () => {
  const root = tempSite({
    'mkdocs.yml': 'site_name: Demo\nsite_url: https://docs.example.org/\nhooks:\n  - tools/hooks.py\n',
    'tools/hooks.py': 'import shutil\n\ndef on_post_build(config, **kwargs):\n    shutil.copy("keys/signing.pub", config.site_dir)\n',
    'docs/index.md': mkdocsPage,
  });
  assert.deepEqual(run(root), ['docs/index.md:3:97 no-missing-files']);
  const rows = unverifiable(root);
  assert.deepEqual(rows.map((row) => row.replace(/: .*/, '')), ['3:12 /signing.pub', '3:37 https://docs.example.org/signing.pub']);
  assert.match(rows[0], /the MkDocs hook tools\/hooks\.py has on_post_build, which may write files into the built site/);
});

test('mkdocs hooks: a hook with only page events writes no files (reported); a hook postlint cannot read may (unverifiable)', () => {
  const pageOnly = tempSite({
    'mkdocs.yml': 'site_name: Demo\nsite_url: https://docs.example.org/\nhooks:\n  - tools/hooks.py\n',
    'tools/hooks.py': 'def on_page_markdown(markdown, **kwargs):\n    return markdown.replace("TODAY", "now")\n',
    'docs/index.md': mkdocsPage,
  });
  assert.deepEqual(run(pageOnly), ['docs/index.md:3:12 no-missing-files', 'docs/index.md:3:37 no-missing-files', 'docs/index.md:3:97 no-missing-files']);
  const unread = tempSite({
    'mkdocs.yml': 'site_name: Demo\nhooks:\n  - tools/gone.py\n',
    'docs/index.md': mkdocsPage,
  });
  assert.deepEqual(run(unread), ['docs/index.md:3:97 no-missing-files']);
  assert.match(unverifiable(unread)[0], /^3:12 \/signing\.pub: the MkDocs hook tools\/gone\.py \(which postlint cannot read\)/);
});
