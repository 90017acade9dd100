// fix40b: words that are not the site writer's — a page its front matter marks as a repost, a
// foreword another person signed — left to spelling and brand-casing; links on those pages, and
// the writer's own pages and sections, still checked. Each with the case that must still be reported.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {repostMark} from '../dist/src/spelling/reposted.js';

const base = join(fixtures, 'words40b');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}${m.data?.word ? ` ${m.data.word}` : ''}`);
const lint = async (rule, folder) => rows((await lintRule({rule, fixture: join(base, folder), configFile: false})).findings);

test('spelling, brand-casing: a page marked as a repost (tagline 转, FixIt repost with its url, Butterfly copyright_author naming another) is left; the writer\'s own pages are still read', async () => {
  assert.deepEqual(await lint('spelling', 'reposts'), ['fixit-default.md:8:21 spelling recieve', 'own-butterfly.md:7:24 spelling recieve', 'own-tagline.md:7:21 spelling recieve', 'repost-title.md:5:22 spelling recieve']);
  assert.deepEqual(await lint('brand-casing', 'reposts'), ['fixit-default.md:8:5 brand-casing Github', 'own-butterfly.md:7:5 brand-casing Github', 'own-tagline.md:7:7 brand-casing Github', 'repost-title.md:5:5 brand-casing Github']);
});

test('no-broken-anchors: a repost\'s links are the site\'s and still checked', async () => {
  assert.deepEqual(await lint('no-broken-anchors', 'reposts'), ['tagline.md:9:1 no-broken-anchors']);
});

test('repost marks: a label\'s whole value, the theme keys, not a title or a sentence', () => {
  assert.equal(repostMark({tagline: '转'}), '`tagline: 转`');
  assert.equal(repostMark({tags: ['前端', '转载']}), '`tags: 转载`');
  assert.equal(repostMark({type: 'Reprint'}), '`type: Reprint`');
  assert.equal(repostMark({original: false}), '`original: false`');
  assert.equal(repostMark({repost: true}), '`repost: true`');
  assert.equal(repostMark({repost: {enable: true, url: 'https://example.org/a'}}), '`repost.enable` with its url');
  assert.equal(repostMark({repost: {enable: true, url: null}}), undefined);
  assert.equal(repostMark({repost: {enable: false, url: 'https://example.org/a'}}), undefined);
  assert.equal(repostMark({original: true}), undefined);
  assert.equal(repostMark({title: 'Repost'}), undefined);
  assert.equal(repostMark({tagline: '原创'}), undefined);
  assert.equal(repostMark({tagline: '译'}), undefined);
  assert.equal(repostMark({description: '转载请注明出处'}), undefined);
  assert.equal(repostMark({author: 'Ana Lima', copyright_author: 'Ana Lima'}), undefined);
  assert.equal(repostMark({author: 'Ana Lima', copyright_author: 'Quill Barnaby'}), '`copyright_author` naming another author');
  assert.equal(repostMark(undefined), undefined);
});

test('spelling, brand-casing: a foreword its heading names and its byline signs is that person\'s; unsigned, or under the writer\'s own heading, it is read', async () => {
  assert.deepEqual(await lint('spelling', 'forewords'), ['signed-html.md:13:33 spelling recieve', 'signed.md:15:14 spelling recieve', 'unsigned.md:5:16 spelling recieve', 'unsigned.md:11:21 spelling recieve']);
  assert.deepEqual(await lint('brand-casing', 'forewords'), ['signed-html.md:13:11 brand-casing Github', 'signed.md:15:5 brand-casing Github', 'unsigned.md:5:47 brand-casing Github', 'unsigned.md:11:6 brand-casing Github']);
});

test('spelling, brand-casing: another project\'s English release notes a Chinese page copies (three releases or more, a pre-release\'s label too) are its maintainers\'; a changelog in the page\'s own language, an English page\'s own, and two releases are read', async () => {
  assert.deepEqual(await lint('spelling', 'changelogs'), ['own-chinese.md:9:28 spelling recieve', 'own-english.md:7:25 spelling propogates', 'own-english.md:12:22 spelling resiliant', 'two-releases.md:9:25 spelling propogates']);
  assert.deepEqual(await lint('brand-casing', 'changelogs'), ['own-chinese.md:9:15 brand-casing Github', 'own-english.md:8:16 brand-casing Github', 'two-releases.md:13:16 brand-casing Github']);
});
