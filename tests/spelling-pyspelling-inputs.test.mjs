// pyspelling opens a word list from the folder it runs in: postlint tries the config's folder, then the
// repository's top (src/spelling/pyspelling.ts). Both places key the spelling cache (pyspellingInputs):
// a list made later in either changes the words, so a cached result must not outlive it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {tempSite} from './helpers.mjs';

const {pyspellingInputs, forgetPyspelling} = await import('../dist/src/spelling/pyspelling.js');

const config = 'matrix:\n- name: Pages\n  dictionary:\n    wordlists: [site/.wordlist.txt]\n  sources: [\'site/docs/**/*.md\']\n';

test('pyspelling inputs: a word list found in neither place keys both (the config\'s folder and the repository\'s top)', () => {
  const root = tempSite({'.git': 'gitdir: elsewhere\n', 'site/.spellcheck.yml': config, 'site/docs/index.md': '# Zorblat\n'});
  forgetPyspelling();
  const inputs = pyspellingInputs(join(root, 'site'));
  assert.ok(inputs.includes(join(root, 'site', 'site', '.wordlist.txt')), inputs.join('\n'));
  assert.ok(inputs.includes(join(root, 'site', '.wordlist.txt')), inputs.join('\n'));
});

test('pyspelling inputs: a word list read from the top still keys the config\'s folder, where one made later is read first', () => {
  const root = tempSite({'.git': 'gitdir: elsewhere\n', 'site/.spellcheck.yml': config, 'site/.wordlist.txt': 'zorblat\n', 'site/docs/index.md': '# Zorblat\n'});
  forgetPyspelling();
  const inputs = pyspellingInputs(join(root, 'site'));
  assert.ok(inputs.includes(join(root, 'site', '.wordlist.txt')), inputs.join('\n'));
  assert.ok(inputs.includes(join(root, 'site', 'site', '.wordlist.txt')), inputs.join('\n'));
});
