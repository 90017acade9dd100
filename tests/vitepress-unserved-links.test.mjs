// fix40a: a VitePress link that names a Markdown file the built site serves nothing at: a page the literal rewrites move,
// linked by its source path (VitePress 2.0.0-alpha.19's dead-link check: `rewrites.map[resolved + '.md']` differs), and a
// README srcExclude leaves out, linked from a built page (`!pages.includes(resolved)`). A relative link to the URL a rewrite
// serves a page at (`rewrites.inv`) is that page, from a page left in place too.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {findings, postlintJson} from './helpers.mjs';

const root = fileURLToPath(new URL('../fixtures/vitepress-unserved-links', import.meta.url));
const {json} = postlintJson(['--offline', '--no-config', '--rule', 'spelling:off', '.'], {cwd: root});

test('vitepress unserved links: source paths of moved pages and an excluded README are reported, rewritten URLs found', () => {
  assert.deepEqual(findings(json, root).sort(), [
    'guide.md:3:40 no-missing-files', // ./translated/nl/flying.md: served at /nl/flying
    'guide.md:3:84 no-missing-files', // /translated/nl/flying
    'guide.md:5:5 no-missing-files', // ./README.md: srcExclude leaves it out
    'guide.md:7:5 no-missing-files', // ./spools.md: served at /translated/old/spools
  ]);
  // ./nl/flying.md (3:6) and ./translated/old/spools (5:63) name the URLs the rewrites serve pages at; the excluded
  // README's own link and the moved page's `../guide.md` (read from /nl/) are found.
  const messages = json.find((file) => file.filePath.endsWith('guide.md')).messages.map((m) => m.message);
  assert.match(messages[0], /names translated\/nl\/flying\.md, which the built site does not serve at that URL \(the config's rewrites serve it at \/nl\/flying\); link its URL, "\/nl\/flying"/);
  assert.match(messages[2], /names README\.md, which the built site does not serve at that URL \(the config's srcExclude \(`README\.md`, `notes\/\*\*`\) leaves it out of the build\); link a page the site builds/);
});

test('vitepress unserved links: the excluded README is a repository file, so its links to moved pages\' source paths are the files GitHub opens', () => {
  const readme = json.find((file) => file.filePath.endsWith('README.md'));
  assert.deepEqual(readme?.messages ?? [], []);
});
