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
