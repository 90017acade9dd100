// A page declared in a language whose usual script is not Latin (Serbian: CLDR gives `sr`
// Cyrillic) but written in Latin letters is that language in Latin script, not English terms set
// into Cyrillic text: its words are not spell-checked one by one. Written in Cyrillic, its Latin
// words are still English terms (a typo there is reported); untranslated English under the same
// declaration is still read. Each by exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, fixtures, postlintJson} from './helpers.mjs';

const site = join(fixtures, 'generators', 'latin-written-other-script');

test('spelling: a page declared `sr` and written in Latin letters is Serbian, not English terms; Cyrillic `sr` and untranslated English pages are still read', () => {
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: site});
  // Unread as Serbian, `dokument`, `skup`, `sistem`, `Autor` of latinica.md were reported as English typos.
  assert.deepEqual(findings(json, site).sort(), ['cirilica.md:8:69 spelling', 'untranslated.md:11:85 spelling']);
});

test('writtenInOtherScript: judged by the page\'s own letters, not the language\'s usual script', async () => {
  const {writtenInOtherScript} = await import('../dist/src/spelling/passages.js');
  const tokens = (text) => text.split(/\s+/).map((word, offset) => ({text: word, offset}));
  const latin = 'Ovaj dokument opisuje kako se projekat gradi i objavljuje svaka verzija dobija broj koji govori šta se promenilo u javnom interfejsu projekta ako menjate javni interfejs povećajte glavni broj a ako samo ispravljate greške povećajte poslednji broj verzije';
  assert.equal(writtenInOtherScript(tokens(latin)), false);
  assert.equal(writtenInOtherScript(tokens('Овај документ описује како се пројекат гради и објављује pipline скрипту пре објаве')), true);
  // Chinese with English terms set in: Han characters far outnumber one in five letters.
  assert.equal(writtenInOtherScript(tokens('先运行 deployment 脚本，然后在 pipeline 页面查看构建日志和部署结果')), true);
  // Korean dense with English terms: a Hangul syllable is more than one letter's worth, so one in twenty is enough.
  assert.equal(writtenInOtherScript(tokens('오류 middleware configuration')), true);
  // A stub of a few Latin words says nothing.
  assert.equal(writtenInOtherScript(tokens('Versioning rules')), undefined);
});

test('languageSuffix: a file name\'s suffix declares a language only when CLDR names one (`.NET-Code.md` is a title, not the language `net`)', async () => {
  await import('../dist/src/site/generators/index.js');
  const {languageSuffix} = await import('../dist/src/site/generators/common.js');
  assert.deepEqual(['ASCII-Art-in-.NET-Code.md', 'index.fr.md', 'post.pt-br.md', 'notes.xx.md'].map((name) => languageSuffix(name, undefined)), [undefined, 'fr', 'pt-br', undefined]);
});
