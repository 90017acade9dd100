// A bare name in a `src` prop of the site's own MDX component (imported through a tsconfig alias or a
// relative path) is the component's to resolve (an `import.meta.glob` lookup, a prop passed on to another
// component): no link. A component that writes the prop straight into `<img src={src}>` gives the browser
// the value as written: still a link; so is a value written as a path, and a plain `<img>`.
// Fixture: fixtures/no-missing-files/own-component-props. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlintJson, tempFolder} from './helpers.mjs';

test('astro mdx: the own component\'s looked-up name is left alone; pass-through, paths and plain tags stay checked', () => {
  const root = tempFolder('postlint-own-component-props-');
  cpSync(join(fixtures, 'no-missing-files', 'own-component-props'), root, {recursive: true});
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  assert.deepEqual(findings(json, root).sort(), [
    'src/content/blog/tour.mdx:15:9 no-missing-files',
    'src/content/blog/tour.mdx:19:7 no-missing-files',
    'src/content/blog/tour.mdx:21:6 no-missing-files',
  ]);
});
