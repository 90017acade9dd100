// fix39a: a Docusaurus `onlyIncludeVersions` given as a name the config declares (`const include = ['current', versions[0]]`)
// is read as that list; when the config then appends to it (`include.push(v)` in a loop), the versions it surely holds are
// checked and the rest abstained on, with a notice that never says the site does not build them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, writeFileSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {findings, fixtures, postlint, postlintJson, tempFolder} from './helpers.mjs';

const fixture = join(fixtures, 'generators', 'docusaurus-computed-versions');

/** The fixture with its onlyIncludeVersions replaced by `value`, after the declarations in `before`. */
function siteWith(before, value) {
  const site = tempFolder('postlint-fix39a-');
  cpSync(fixture, site, {recursive: true});
  const config = join(site, 'docusaurus.config.js');
  const text = readFileSync(config, 'utf8')
    .replace(/\(\(\) => \{[\s\S]*?\}\)\(\)/, value)
    .replace("const versions = require('./versions.json');", `const versions = require('./versions.json');\n${before}`);
  writeFileSync(config, text);
  return site;
}

function run(site) {
  const {json} = postlintJson(['--offline', '.'], {cwd: site});
  return findings(json, site).sort();
}

test('docusaurus: onlyIncludeVersions named by a declared list of literals and versions[N] builds exactly those versions', () => {
  const site = siteWith("const includeVersions = ['current', versions[0]];", 'includeVersions');
  // 3.0 (versions[0]) is built and checked; 2.0 and 1.0 are not built: their broken anchors are not reported.
  assert.deepEqual(run(site), ['docs/guide.md:4:5 no-broken-anchors', 'versioned_docs/version-3.0/guide.md:4:5 no-broken-anchors']);
});

test('docusaurus: a declared list the config appends to checks the versions it surely holds, abstains on the rest without saying they are never built', () => {
  const site = siteWith("const includeVersions = ['current', versions[0]];\nversions.forEach((v, i) => {\n  if (i > 0 && process.env.OLD) includeVersions.push(v);\n});", 'includeVersions');
  assert.deepEqual(run(site), ['docs/guide.md:4:5 no-broken-anchors', 'versioned_docs/version-3.0/guide.md:4:5 no-broken-anchors']);
  const {stderr} = postlint(['--offline', '--verbose', '.'], {cwd: site});
  assert.match(stderr, /onlyIncludeVersions is computed \(includeVersions\) and only partly read: it surely holds "3\.0", whose docs are checked/);
  assert.match(stderr, /left out: the site may not build them \(versioned_docs\/version-(?:1|2)\.0\/[a-z]+\.md: perhaps built: the config computes onlyIncludeVersions/);
  assert.doesNotMatch(stderr, /never builds them \(versioned_docs\/version-(?:1|2)\.0/);
});

test('docusaurus: a declared list changed otherwise (reassigned, spliced) is not read: no version is reported', () => {
  const site = siteWith("let includeVersions = ['current', versions[0]];\nif (process.env.ALL) includeVersions = ['current', ...versions];", 'includeVersions');
  assert.deepEqual(run(site), ['docs/guide.md:4:5 no-broken-anchors']);
});

test('docusaurus: a declared list handed to a function or another name is not read: no version is reported, none said never built', () => {
  for (const before of [
    "const includeVersions = ['current', versions[0]];\nfunction addOld(list) { list.push(...versions.slice(1)); }\naddOld(includeVersions);",
    "const includeVersions = ['current', versions[0]];\nObject.assign(includeVersions, ['current', versions[1]]);",
    "const includeVersions = ['current', versions[0]];\nconst all = includeVersions;\nall.push(...versions.slice(1));",
  ]) {
    const site = siteWith(before, 'includeVersions');
    assert.deepEqual(run(site), ['docs/guide.md:4:5 no-broken-anchors'], before);
    const {stderr} = postlint(['--offline', '--verbose', '.'], {cwd: site});
    assert.doesNotMatch(stderr, /never builds them/, before);
  }
});
