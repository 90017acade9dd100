// Rule concepts learnt from the round-9 held-out verdicts (issue 16, precision pass): words a page
// mentions rather than uses (a correction, a quoted wrong form, a stretched word, others' words),
// identifiers and packages in prose, derivations the dictionaries lack, and names a page links.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintSite} from './rule-helpers.mjs';

const mkdocs = {'mkdocs.yml': 'site_name: X\n'};

test('spelling: a correction spelled out, a word stretched in an exclamation, a name-ist, a prefixed word are not typos; a slip or a bounced key still is', async () => {
  const page = [
    '# Changes', // 1
    '',
    '- Fix typo: recieve -> receive', // 3: the wrong side of a correction
    '- The worker can recieve jobs now.', // 4: a typo in use
    '- Moar treees for everyone!', // 5: a word stretched for effect
    '- Some Rails-ists drift towards other stacks.', // 6: a follower of a name
    '- Files can be undeleted later.', // 7: a prefix and an ordinary word
    '- Add the symlinks neeeded for the build.', // 8: a vowel that bounced in a plain sentence
    '- The imagary was poor.', // 9: a slip
    '- Run the commmand again.', // 10: a key that bounced, not a stretched vowel
    '',
  ].join('\n');
  const {rows} = await lintSite('spelling', {...mkdocs, 'docs/changes.md': page}, {severity: 'error'});
  assert.deepEqual(rows, ['docs/changes.md:4:18 spelling', 'docs/changes.md:8:20 spelling', 'docs/changes.md:9:7 spelling', 'docs/changes.md:10:11 spelling']);
});

test('spelling: a blockquote introduced as what someone said is their words; the site\'s own blockquote and prose are read', async () => {
  const page = [
    '# Databases', // 1
    '',
    'He writes:',
    '',
    '> The data lives on a product over which you can partion.', // 5: quoted (sic)
    '',
    'We partion the data by customer.', // 7: the site's own words
    '',
    '> **Note:** the shards partion the keys.', // 9: a note, the site's own
    '',
  ].join('\n');
  const {rows} = await lintSite('spelling', {...mkdocs, 'docs/db.md': page}, {severity: 'error'});
  assert.deepEqual(rows, ['docs/db.md:7:4 spelling', 'docs/db.md:9:24 spelling']);
});

test('spelling: a name the page links to its own address is that name wherever the page writes it so', async () => {
  const page = [
    '---',
    'description: "Shotcut is a video editor."', // 2
    '---',
    '',
    '[Shotcut](https://www.shotcut.org/) is a free video editor.', // 5
    '',
    '| Port | Use |',
    '| --- | --- |',
    '| 3000 | Shotcut desktop over HTTP |', // 9
    '',
    'Press the shotcut key to save.', // 11: another form, a typo of shortcut
    '',
  ].join('\n');
  const {rows} = await lintSite('spelling', {...mkdocs, 'docs/shotcut.md': page}, {severity: 'error'});
  assert.deepEqual(rows, ['docs/shotcut.md:11:11 spelling']);
});

test('brand-casing: a quoted wrong form beside the right one, a correction, an escaped identifier, a package, a verb; a plugin names the product', async () => {
  const page = [
    '# Names', // 1
    '',
    'Always write GitHub with a capital H. Avoid "Github".', // 3: a style rule shows the wrong form
    '',
    'Avoid "Github" in titles.', // 5: no right form beside it: reported
    '',
    '- Rename Github -> GitHub in the footer.', // 7: a correction
    '- Place the shortcode [github\\_cv url=""] in a post.', // 8: an identifier with its underscore escaped
    '- Fix the numpy wheel on arm.', // 9: a package
    '- You google it, or you duckduckgo it.', // 10: a name made a verb
    '- It installs like any drupal plugin.', // 11: a plugin for the product: the product named
    '- We pull files from github and write them in postcss.', // 12: names in a wrong case
    '',
  ].join('\n');
  const {rows} = await lintSite('brand-casing', {...mkdocs, 'docs/names.md': page}, {severity: 'error'});
  assert.deepEqual(rows, ['docs/names.md:5:8 brand-casing', 'docs/names.md:11:24 brand-casing', 'docs/names.md:12:22 brand-casing', 'docs/names.md:12:47 brand-casing']);
});

test('brand-casing: a stylized form with a lone capital is another product (WiX, not Wix); a capital at a word boundary is a slip', async () => {
  const page = [
    '# Installers', // 1
    '',
    '- Added support for WiX 4+.', // 3: the WiX toolset
    '- We host the docs on CloudFlare.', // 4: Cloud + Flare, a slip
    '- Donate on LiberaPay.', // 5: a capital at a boundary, a slip
    '- Book it on AirBnB.', // 6: a lone capital, but Air is a word: reported
    '- Right click on Project -> Properties -> Javascript -> Include path', // 7: a menu path, not a correction
    '',
  ].join('\n');
  const {rows} = await lintSite('brand-casing', {...mkdocs, 'docs/installers.md': page}, {severity: 'error'});
  assert.deepEqual(rows, ['docs/installers.md:4:23 brand-casing', 'docs/installers.md:5:13 brand-casing', 'docs/installers.md:6:14 brand-casing', 'docs/installers.md:7:43 brand-casing']);
});
