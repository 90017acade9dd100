// A Hugo image render hook that rewrites only destinations with some start (`if hasPrefix $src "../../../static/"`,
// or strings.HasPrefix) leaves every other destination as written: those are checked as without a hook (a missing
// image is reported), while the ones it rewrites stay unverifiable with the reason. A branch that rewrites the rest
// (the `else`), or a test of something other than the destination as written, keeps the hook unread for them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {filesOf, fixture, ruleFindings, siteFindings} from './rule-helpers.mjs';
import {siteUnverifiable, tempSite} from './helpers.mjs';

const {readHook, hookFor, destinationPrefixes} = await import('../dist/src/site/generators/hugo-hooks.js');
const site = 'generators/hugo-image-hook-prefix';
const files = filesOf(fixture(site));
const hook = files['layouts/_markup/render-image.html'];

test('hugo image hook by prefix: each destination is read by the branch it takes', () => {
  assert.deepEqual(destinationPrefixes(hook), ['../../../static/']);
  assert.equal(readHook(hook, 'image'), 'rewrites');
  assert.equal(readHook(hookFor(hook, 'lost-photo.png'), 'image'), 'as-written');
  assert.equal(readHook(hookFor(hook, '../../../static/images/logo.png'), 'image'), 'rewrites');
  // `else if` after a test not taken becomes the block's own test.
  const chain = '{{ $d := .Destination }}{{ if hasPrefix $d "a/" }}{{ $d = printf "/x/%s" $d }}{{ else if strings.HasPrefix $d "b/" }}{{ $d = replace $d "b/" "/" }}{{ end }}<img src="{{ $d }}">';
  assert.equal(readHook(hookFor(chain, 'c/pic.png'), 'image'), 'as-written');
  assert.equal(readHook(hookFor(chain, 'b/pic.png'), 'image'), 'rewrites');
  // A variable set again before the test no longer holds the destination as written: not read as a prefix test.
  const changed = '{{ $d := .Destination }}{{ $d = lower $d }}{{ if hasPrefix $d "a/" }}{{ $d = "x" }}{{ end }}<img src="{{ $d }}">';
  assert.deepEqual(destinationPrefixes(changed), []);
});

test('hugo image hook by prefix: a missing image it leaves alone is reported; one it rewrites is unverifiable', async () => {
  assert.deepEqual(await ruleFindings('no-missing-files', [site]), [`${site}/content/posts/trip/index.md:10:1 no-missing-files`, `${site}/content/posts/trip/index.md:14:1 no-missing-files`]);
  assert.deepEqual(siteUnverifiable(tempSite(files)), ['8:1 ../../../static/images/retired-logo.png: the site\'s image render hook rewrites destinations']);
});

test('hugo image hook by prefix: when the other branch rewrites, the destinations it takes stay unread', async () => {
  const elseRewrites = '{{ $src := .Destination }}{{ if hasPrefix $src "https://" }}{{ else }}{{ $src = printf "/media/%s" $src }}{{ end }}<img src="{{ $src | safeURL }}">\n';
  // Only the site-root one is judged, as with any hook (site-root paths are not read through it).
  assert.deepEqual(await siteFindings('no-missing-files', {...files, 'layouts/_markup/render-image.html': elseRewrites}), ['content/posts/trip/index.md:14:1 no-missing-files']);
});
