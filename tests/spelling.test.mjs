import {test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fixtures, findings, postlint, postlintJson, tempSite} from './helpers.mjs';

const base = join(fixtures, 'spelling');
const only = (rule) => (row) => row.endsWith(` ${rule}`);

// One run over every spelling fixture (pass and fail); the project-words site has its own test.
// The fixtures reuse the same invented words (`zorblat`) in many files on purpose, to test each
// skip rule on its own: the run-wide site-terms signal, tested below, is off for this run.
const {json} = postlintJson(['-c', 'per-file.postlintrc.json', 'pass', 'fail'], {cwd: base});
const rows = findings(json, base).filter(only('spelling'));

test('spelling: pass fixtures (code, URLs, emails, paths, HTML, shortcodes, emoji, tags, mentions, identifiers, acronyms, editorial forms, vocabulary, names, front-matter words) have no findings', () => {
  assert.deepEqual(rows.filter((row) => row.startsWith('pass/')), []);
});

test('spelling: fail fixtures flag exactly the prose uses, once per word per file, at the first use', () => {
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
    'fail/urls-and-prose.md:4:11 spelling',
  ]);
});

function message(file, line) {
  const result = json.find((f) => f.filePath === join(base, file));
  return result.messages.find((m) => m.ruleId === 'spelling' && m.line === line);
}

test('spelling: "collegues" in the title is reported once with its further uses and "colleagues" among suggestions', () => {
  const m = message('fail/seed-like.md', 2);
  assert.equal(m.data.word, 'collegues');
  assert.equal(m.data.count, 3);
  assert.ok(m.data.suggestions.includes('colleagues'), m.message);
  assert.ok(m.data.suggestions.length <= 3);
  assert.match(m.message, /^Unknown word "collegues" \(2 more uses in this file\); did you mean "colleagues"/);
  assert.equal(m.severity, 1);
});

test('spelling: a misspelled part of a compound and a possessive are reported as the word itself', () => {
  assert.equal(message('fail/compounds.md', 3).data.word, 'writen');
  const words = json.find((f) => f.filePath === join(base, 'fail/compounds.md')).messages.filter((m) => m.ruleId === 'spelling').map((m) => m.data.word);
  assert.deepEqual(words, ['writen', 'zorblat', 'Frobnicatte']);
});

test('spelling: the seed words are known without configuration', () => {
  const root = tempSite({
    'post.md': 'Words: django Django coroutines async asyncio ORM API JavaScript TypeScript npm GitHub Kubernetes PostgreSQL.\n\nAnd my collegues.\n',
  });
  const {json: out} = postlintJson(['--no-config', '.'], {cwd: root});
  assert.deepEqual(out[0].messages.filter((m) => m.ruleId === 'spelling').map((m) => m.data.word), ['collegues']);
});

test('spelling: project words from .postlint/words.txt, spelling.words, spelling.dictionaries (list and .dic) and front matter', () => {
  const site = join(base, 'project-words');
  const withConfig = postlintJson(['.'], {cwd: site});
  assert.deepEqual(findings(withConfig.json, site), ['content/posts/words.md:8:31 spelling']);
  assert.equal(withConfig.json[0].messages[0].data.word, 'mispeled');
  // Without the config only words.txt and the front matter still count.
  const bare = postlintJson(['-c', join(base, 'report-unknown.postlintrc.json'), '--rule', 'no-drafts:off', '--rule', 'front-matter:off', '--rule', 'brand-casing:off', '.'], {cwd: site});
  assert.deepEqual(bare.json[0].messages.map((m) => m.data.word), ['frobnicatte', 'blorptastic', 'snarfle', 'wibbleton', 'mispeled']);
});

test('spelling: ignoreAcronyms and names can be turned off', () => {
  const root = tempSite({
    '.postlintrc.json': JSON.stringify({rules: {spelling: ['warn', {ignoreAcronyms: false, names: false, report: 'unknown'}]}}),
    'post.md': 'Thanks to Andrew Zorblat for the QWXZ idea.\n',
  });
  const {json: out} = postlintJson(['.'], {cwd: root});
  assert.deepEqual(findings(out, root).filter(only('spelling')), ['post.md:1:18 spelling', 'post.md:1:34 spelling']);
});

test('spelling: language en-GB accepts British spellings that en-US flags', () => {
  const files = {'post.md': 'The favourite behaviour of the organisation.\n'};
  // Set explicitly, en-US holds a British text to American spelling (by default it would be read as British).
  const us = postlintJson(['.'], {cwd: tempSite({...files, '.postlintrc.json': JSON.stringify({spelling: {language: 'en-US'}})})});
  assert.deepEqual(us.json[0].messages.filter((m) => m.ruleId === 'spelling').map((m) => m.data.word), ['favourite', 'behaviour', 'organisation']);
  const gb = tempSite({...files, '.postlintrc.json': JSON.stringify({spelling: {language: 'en-GB'}})});
  assert.deepEqual(postlintJson(['.'], {cwd: gb}).json[0].messages.filter((m) => m.ruleId === 'spelling'), []);
});

test('spelling: a language without an installed dictionary, or a missing dictionary file, is a configuration error', () => {
  const root = tempSite({'.postlintrc.json': JSON.stringify({spelling: {language: 'xx-YY'}}), 'post.md': 'Hello.\n'});
  const missing = postlint(['.'], {cwd: root});
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'postlint: spelling.language "xx-YY": no Hunspell dictionary installed; run npm install dictionary-xx-yy\n');
  const noFile = tempSite({'.postlintrc.json': JSON.stringify({spelling: {dictionaries: ['nope.txt']}}), 'post.md': 'Hello.\n'});
  const unreadable = postlint(['.'], {cwd: noFile});
  assert.equal(unreadable.code, 2);
  assert.match(unreadable.stderr, /^postlint: spelling\.dictionaries: cannot read .*nope\.txt \(ENOENT\)\n$/);
  // With the rules off, their settings are not read at all.
  assert.equal(postlint(['--rule', 'spelling:off', '--rule', 'brand-casing:off', '.'], {cwd: root}).code, 0);
});

test('spelling: a run with spelling and brand-casing off never loads the spelling engine or a dictionary', () => {
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

test('spelling: on the example blog post modelled on the seed, only "collegues" is flagged, with "colleagues" suggested', () => {
  const blog = join(fixtures, 'blog');
  const {json: out} = postlintJson(['--no-config', 'content/posts/async-python-web.md'], {cwd: blog});
  const spelling = out[0].messages.filter((m) => m.ruleId === 'spelling');
  assert.deepEqual(spelling.map((m) => [m.line, m.column, m.data.word]), [[8, 46, 'collegues']]);
  assert.ok(spelling[0].data.suggestions.includes('colleagues'));
});

test('spelling leaves pages in another language alone: Hugo translations, lang in front matter, a site default', () => {
  const root = tempSite({
    'hugo.toml': "title = 'Cafe'\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n",
    'content/menu/index.md': '---\ntitle: Menu\n---\n\nOur coffe is roasted here.\n',
    'content/menu/index.fr.md': '---\ntitle: Carte\n---\n\nNotre café est torréfié ici, chaque matin.\n',
    'content/about.md': '---\ntitle: Over ons\nlang: nl\n---\n\nWij schrijven over koffie.\n',
  });
  const {json} = postlintJson(['--offline', '--rule', 'brand-casing:off', 'content'], {cwd: root});
  assert.deepEqual(findings(json, root).filter((row) => row.endsWith(' spelling')), ['content/menu/index.md:5:5 spelling']);
  const dutch = tempSite({'hugo.toml': "title = 'Notities'\ndefaultContentLanguage = 'nl'\n", 'content/post.md': '---\ntitle: Vogels\n---\n\nVandaag telden wij vogels in het park.\n'});
  assert.deepEqual(findings(postlintJson(['--offline', 'content'], {cwd: dutch}).json, dutch), []);
});

test('spelling: the prose of a Docsy codetab is read; the code of a code-toggle is not', () => {
  const root = tempSite({'a.md': '# Steps\n\n{{< tabs Python >}}\n{{% codetab %}}\nRun it untill it stops.\n{{% /codetab %}}\n{{< /tabs >}}\n\n{{< code-toggle >}}\nuntill = 1\n{{< /code-toggle >}}\n'});
  const {json} = postlintJson(['--no-config', '--offline', 'a.md'], {cwd: root});
  assert.deepEqual(findings(json, root), ['a.md:5:8 spelling']);
});
