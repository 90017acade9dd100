// An MDX heading with an expression (`## Options for {props.name}`): only the build knows its id,
// but its literal parts bound it. Links whose fragment fits them are unverifiable; any other missing
// fragment of the page is still reported, with the near miss (src/site/anchors.ts computedIdPattern).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {findings, postlintJson, tempSite} from './helpers.mjs';

test('docusaurus: a heading with an MDX expression leaves only the ids of its literal parts unverifiable; a typo into the page is reported with "did you mean"', () => {
  const root = tempSite({
    'docusaurus.config.js': 'export default {title: "T"};\n',
    'docs/c.mdx': '---\ntitle: C\n---\n\n## Options for {props.name}\n\nText.\n\n## {props.kind} limits\n\nText.\n\n## Setup\n\nText.\n',
    'docs/a.mdx': '---\ntitle: A\n---\n\nSee [setup](c.mdx#setpu), [cli](c.mdx#options-for-cli), [the limits](c.mdx#server-limits) and [setup](c.mdx#setup).\n',
  });
  const {json} = postlintJson(['--offline', '--no-config', '.'], {cwd: root});
  assert.deepEqual(findings(json, root), ['docs/a.mdx:5:5 no-broken-anchors']);
  const a = json.find((file) => file.filePath === join(root, 'docs', 'a.mdx'));
  assert.match(a.messages[0].message, /#setup/);
  assert.deepEqual(
    a.unverifiable.map(({line, column, reason}) => `${line}:${column} ${reason.split(',')[0]}`),
    ['5:27 the fragment cannot be checked: the target has a heading written with an MDX expression ({…}) or component', '5:57 the fragment cannot be checked: the target has a heading written with an MDX expression ({…}) or component'],
  );
});
