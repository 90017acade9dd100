import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures, postlint, tempSite} from './helpers.mjs';
import {filesOf, fixture, lintSite, row, siteFindings} from './rule-helpers.mjs';

const rule = 'spelling';
const base = join(fixtures, 'spelling');
const words = (findings) => findings.map((m) => m.data.word);

// One run over every spelling fixture (pass and fail); the project-words site has its own test.
// The fixtures reuse the same invented words (`zorblat`) in many files on purpose, to test each
// skip rule on its own: the run-wide site-terms signal, tested below, is off for this run.
const all = await lintRule({rule, fixture: base, configFile: 'per-file.postlintrc.json', paths: ['pass', 'fail']});
const rows = all.findings.map(row);

test('spelling: pass fixtures (code, URLs, emails, paths, HTML, shortcodes, emoji, tags, mentions, identifiers, acronyms, editorial forms, vocabulary, names, front-matter words) have no findings', async () => {
  assert.deepEqual(rows.filter((row) => row.startsWith('pass/')), []);
});

test('spelling: fail fixtures flag exactly the prose uses, each use at its column', async () => {
  assert.deepEqual(rows.filter((row) => row.startsWith('fail/')), [
    'fail/accented-names.md:3:38 spelling',
    'fail/code-and-prose.md:3:29 spelling',
    'fail/compounds.md:3:8 spelling',
    'fail/compounds.md:3:16 spelling',
    'fail/compounds.md:3:40 spelling',
    'fail/entity-contractions.md:3:39 spelling',
    'fail/heading-name.md:1:18 spelling',
    'fail/identifiers-and-prose.md:3:67 spelling',
    'fail/markup-and-prose.md:3:23 spelling',
    'fail/real-site-shapes.md:3:17 spelling',
    'fail/real-site-shapes.md:5:26 spelling',
    'fail/reference-link-names.md:3:23 spelling',
    'fail/seed-like.md:2:28 spelling',
    'fail/seed-like.md:5:31 spelling',
    'fail/seed-like.md:9:46 spelling',
    'fail/seed-like.md:10:50 spelling',
    'fail/urls-and-prose.md:4:11 spelling',
  ]);
});

function message(file, line) {
  return all.findings.find((m) => m.file === file && m.line === line);
}

test('spelling: "collegues" in the title is reported with the count of its uses and "colleagues" among suggestions', async () => {
  const m = message('fail/seed-like.md', 2);
  assert.equal(m.data.word, 'collegues');
  assert.equal(m.data.count, 3);
  assert.ok(m.data.suggestions.includes('colleagues'), m.message);
  assert.ok(m.data.suggestions.length <= 3);
  assert.match(m.message, /^Unknown word "collegues"; did you mean "colleagues"/);
  assert.equal(m.severity, 'warning');
});

test('spelling: a misspelled part of a compound and a possessive are reported as the word itself', async () => {
  assert.equal(message('fail/compounds.md', 3).data.word, 'writen');
  assert.deepEqual(words(all.findings.filter((m) => m.file === 'fail/compounds.md')), ['writen', 'zorblat', 'Frobnicatte']);
});

test('spelling: the seed words are known without configuration', async () => {
  const {messages} = await lintSite(rule, {
    'post.md': 'Words: django Django coroutines async asyncio ORM API JavaScript TypeScript npm GitHub Kubernetes PostgreSQL.\n\nAnd my collegues.\n',
  });
  assert.deepEqual(words(messages), ['collegues']);
});

test('spelling: project words from .postlint/words.txt, spelling.words, spelling.dictionaries (list and .dic) and front matter', async () => {
  const site = join(base, 'project-words');
  const withConfig = await lintRule({rule, fixture: site});
  assert.deepEqual(withConfig.findings.map(row), ['content/posts/words.md:8:31 spelling']);
  assert.equal(withConfig.findings[0].data.word, 'mispeled');
  // Without the config only words.txt and the front matter still count.
  const bare = await lintRule({rule, fixture: site, configFile: false, options: {report: 'unknown'}});
  assert.deepEqual(words(bare.findings), ['frobnicatte', 'blorptastic', 'snarfle', 'wibbleton', 'mispeled']);
});

test('spelling: ignoreAcronyms and names can be turned off', async () => {
  const rows = await siteFindings(rule, {'post.md': 'Thanks to Andrew Zorblat for the QWXZ idea.\n'}, {options: {ignoreAcronyms: false, names: false, report: 'unknown'}});
  assert.deepEqual(rows, ['post.md:1:18 spelling', 'post.md:1:34 spelling']);
});

test('spelling: language en-GB accepts British spellings that en-US flags', async () => {
  const files = {'post.md': 'The favourite behaviour of the organisation.\n'};
  // Set explicitly, en-US holds a British text to American spelling (by default it would be read as British).
  const us = await lintSite(rule, files, {config: {spelling: {language: 'en-US'}}});
  assert.deepEqual(words(us.messages), ['favourite', 'behaviour', 'organisation']);
  assert.deepEqual(await siteFindings(rule, files, {config: {spelling: {language: 'en-GB'}}}), []);
});

test('spelling: a language without an installed dictionary, or a missing dictionary file, is a configuration error', async () => {
  // UsageErrors: the CLI prints them as one line and exits 2 (cli-output tests that).
  const files = {'post.md': 'Hello.\n'};
  const usage = (pattern) => (error) => error.name === 'UsageError' && pattern.test(error.message);
  await assert.rejects(lintRule({rule, files, config: {spelling: {language: 'xx-YY'}}}), usage(/^spelling\.language "xx-YY": no Hunspell dictionary installed; run npm install dictionary-xx-yy$/));
  await assert.rejects(lintRule({rule, files, config: {spelling: {dictionaries: ['nope.txt']}}}), usage(/^spelling\.dictionaries: cannot read .*nope\.txt \(ENOENT\)$/));
  // With the rules off (here: only another rule on), their settings are not read at all.
  assert.deepEqual(await siteFindings('no-drafts', files, {config: {spelling: {language: 'xx-YY'}}}), []);
});

test('spelling: a run with spelling and brand-casing off never loads the spelling engine or a dictionary', async () => {
  const root = tempSite({'post.md': 'My collegues.\n'});
  // A preload script reports every word list or dictionary file read and every module loaded
  // from the spelling packages; the test reads those reports.
  const preload = join(root, 'trace.cjs');
  writeFileSync(preload, `
    const fs = require('node:fs');
    const {register, syncBuiltinESMExports} = require('node:module');
    const watched = /dictionary-en|word-list|dist.data|node_modules.(nspell|@cspell)/;
    for (const name of ['readFileSync', 'readFile']) {
      const original = fs[name];
      fs[name] = function (path, ...rest) {
        if (watched.test(String(path))) process.stderr.write('LOADED ' + path + '\\n');
        return original.call(this, path, ...rest);
      };
    }
    fs.promises.readFile = ((original) => function (path, ...rest) {
      if (watched.test(String(path))) process.stderr.write('LOADED ' + path + '\\n');
      return original.call(this, path, ...rest);
    })(fs.promises.readFile);
    syncBuiltinESMExports();
    register('data:text/javascript,' + encodeURIComponent('export async function load(url, context, next) { if (/node_modules.(nspell|dictionary-en|@cspell)/.test(url)) process.stderr.write("LOADED " + url + "\\\\n"); return next(url, context); }'));
  `);
  const env = {NODE_OPTIONS: `--require=${preload}`};
  const off = postlint(['--no-config', '--rule', 'spelling:off', '--rule', 'brand-casing:off', 'post.md'], {cwd: root, env});
  assert.equal(off.code, 0, off.stderr);
  assert.doesNotMatch(off.stderr, /LOADED/);
  const on = postlint(['--no-config', 'post.md'], {cwd: root, env});
  assert.match(on.stdout, /collegues/);
  // The build's prepared list of the dictionary's words, not the dictionary itself (see word-data.ts).
  assert.match(on.stderr, /LOADED .*dist.data.dictionary-en\.txt/);
});

test('spelling: on the example blog post modelled on the seed, only "collegues" is flagged, with "colleagues" suggested', async () => {
  const {findings: spelling} = await lintRule({rule, fixture: join(fixtures, 'blog'), configFile: false, paths: ['content/posts/async-python-web.md']});
  assert.deepEqual(spelling.map((m) => [m.line, m.column, m.data.word]), [[8, 46, 'collegues']]);
  assert.ok(spelling[0].data.suggestions.includes('colleagues'));
});

test('spelling leaves pages in another language alone: Hugo translations, lang in front matter, a site default', async () => {
  const rows = await siteFindings(rule, {
    'hugo.toml': "title = 'Cafe'\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n",
    'content/menu/index.md': '---\ntitle: Menu\n---\n\nOur coffe is roasted here.\n',
    'content/menu/index.fr.md': '---\ntitle: Carte\n---\n\nNotre café est torréfié ici, chaque matin.\n',
    'content/about.md': '---\ntitle: Over ons\nlang: nl\n---\n\nWij schrijven over koffie.\n',
  }, {paths: ['content']});
  assert.deepEqual(rows, ['content/menu/index.md:5:5 spelling']);
  const dutch = {'hugo.toml': "title = 'Notities'\ndefaultContentLanguage = 'nl'\n", 'content/post.md': '---\ntitle: Vogels\n---\n\nVandaag telden wij vogels in het park.\n'};
  assert.deepEqual(await siteFindings(rule, dutch, {paths: ['content']}), []);
});

test('spelling: the prose of a Docsy codetab is read; the code of a code-toggle is not', async () => {
  const files = {'a.md': '# Steps\n\n{{< tabs Python >}}\n{{% codetab %}}\nRun it untill it stops.\n{{% /codetab %}}\n{{< /tabs >}}\n\n{{< code-toggle >}}\nuntill = 1\n{{< /code-toggle >}}\n'};
  assert.deepEqual(await siteFindings(rule, files), ['a.md:5:8 spelling']);
});

test('spelling: an emoji in the children of an MDX component moves nothing after it (offsets are UTF-16 units)', async () => {
  const files = {'a.mdx': '# Steps\n\n<Note>\n🎉 Run it untill it stops.\n</Note>\n', 'b.md': '# Steps\n\n🎉 Run it untill it stops.\n'};
  assert.deepEqual(await siteFindings(rule, files), ['a.mdx:4:11 spelling', 'b.md:3:11 spelling']);
});

test('spelling: link text in another language (a Spanish title beside the English one, with `de`) and a phrase with an elided article (raison d\'etre) are not English typos; a typo in terse link text (two unknown words, no accent), in English link text with a loan word (Café menu reveiws) or before a name with an apostrophe (O\'Brien, d\'Orsay, D\'Angelo) is still reported', async () => {
  assert.deepEqual(await siteFindings('spelling', filesOf(fixture('spelling', 'foreign-spans'))), [
    'elided-names.md:3:29 spelling', // musuem d'Orsay: a name after the apostrophe, not an elided article
    'elided-names.md:5:16 spelling', // totaly D'Angelo
    'loan-words.md:3:14 spelling', // [Café menu reveiws]: no function word of another language
    'loan-words.md:4:11 spelling', // [Résumé writting tips]
    'page.md:4:4 spelling',
    'page.md:4:12 spelling',
    'page.md:8:15 spelling',
  ]);
});

test('spelling: a blockquote credited in the next paragraph (@eli summed it up in this [comment](…)) is others\' words; the writer\'s own note before a paragraph that credits something else (@dee wrote the [deploy guide](…)) is read', async () => {
  assert.deepEqual(await siteFindings('spelling', filesOf(fixture('quotations', 'credited-after'))), ['notes.md:3:22 spelling']);
});

test('spelling: a line after a shell prompt is a command (not read) unless its first word is an English function word: in `$ is the prompt sign; … you recieve …` the typo is reported', async () => {
  assert.deepEqual(await siteFindings('spelling', filesOf(fixture('brand-casing', 'shell-prompt'))), ['sign.md:5:53 spelling']);
});
