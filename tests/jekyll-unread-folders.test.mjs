// Jekyll never reads a top-level `_` folder that is no collection and no folder of its own
// (`_patterns/` when `collections:` does not name it): no page, so no content or front-matter
// findings on its files; a collection's folder (`_guides/`) is read and checked as before, and a
// top-level page that `include_relative`s into the folder keeps it read.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {findings, postlintJson, tempSite} from './helpers.mjs';

const site = {
  '_config.yml': 'title: Patterns demo\ncollections:\n  guides:\n    output: true\n',
  'index.md': '---\ntitle: Home\n---\n\nWelcome home.\n',
  '_patterns/words.md': '---\ntitle: Words\n---\n\nThe perferred wording.\n',
  '_guides/start.md': '---\ntitle: Start\n---\n\nThe perferred start.\n',
};

function run(files) {
  const root = tempSite(files);
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  return findings(json, root).sort();
}

test('Jekyll: a top-level underscore folder that is no collection is never built: nothing is reported on it', () => {
  assert.deepEqual(run(site), ['_guides/start.md:5:5 spelling']);
});

test('Jekyll: the same folder named in collections, or pasted by a top-level include_relative, is checked', () => {
  const asCollection = {...site, '_config.yml': 'title: Patterns demo\ncollections:\n  guides:\n    output: true\n  patterns:\n    output: true\n'};
  assert.deepEqual(run(asCollection), ['_guides/start.md:5:5 spelling', '_patterns/words.md:5:5 spelling']);
  const pasted = {...site, 'index.md': '---\ntitle: Home\n---\n\nWelcome home.\n\n{% include_relative _patterns/words.md %}\n'};
  assert.deepEqual(run(pasted), ['_guides/start.md:5:5 spelling', '_patterns/words.md:5:5 spelling']);
});
