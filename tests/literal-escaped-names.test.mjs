// A file committed with percent escapes in its name (`Trip%20962.jpg`): the link `Trip%20962.jpg`
// is decoded by the host before it looks, so whether the literal name is served depends on the
// host. postlint abstains (unverifiable), and a link to a name that is not there at all is missing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings, tempSite} from './helpers.mjs';

test('a link whose decoded name exists only with literal escapes is unverifiable, not missing', () => {
  const site = {
    '_config.yml': 'title: Photos\n',
    'images/Trip%20962.jpg': 'jpg',
    'photos.md': '---\ntitle: Photos\n---\n\n![Trip](/images/Trip%20962.jpg) and ![other](/images/Trip%20963.jpg)\n',
  };
  assert.deepEqual(siteFindings(tempSite(site)), ['photos.md:5:37 no-missing-files']);
});

test('the folder of literal-escaped names is listed once a run, not once a missing link', async () => {
  const {default: fs} = await import('node:fs');
  const {syncBuiltinESMExports} = await import('node:module');
  const {lintSite} = await import('./rule-helpers.mjs');
  const site = (count) => {
    const links = Array.from({length: count}, (_, i) => `![${i}](/images/Trip%20${i}.jpg)`).join('\n\n');
    return {'_config.yml': 'title: Photos\n', 'images/Trip%200.jpg': 'jpg', 'photos.md': `---\ntitle: Photos\n---\n\n${links}\n`};
  };
  const original = fs.readdirSync;
  let reads = 0;
  fs.readdirSync = function (path, ...rest) {
    if (String(path).endsWith('images')) reads++;
    return original.call(this, path, ...rest);
  };
  syncBuiltinESMExports();
  const listings = {};
  try {
    for (const count of [2, 12]) {
      reads = 0;
      const {rows} = await lintSite('no-missing-files', site(count));
      listings[count] = reads;
      // Trip%200.jpg is there only with its literal escape (unverifiable); the others are missing, one a line.
      assert.deepEqual(rows, Array.from({length: count - 1}, (_, i) => `photos.md:${7 + 2 * i}:1 no-missing-files`));
    }
  } finally {
    fs.readdirSync = original;
    syncBuiltinESMExports();
  }
  // Ten more missing links into the folder read it no more often (finding files, the run's listing, clean-up).
  assert.equal(listings[12], listings[2], JSON.stringify(listings));
});
