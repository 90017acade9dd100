// mend46d: review of fix46d. A page's own subject name (page-subject.ts) is a product's name, written as a
// name: a file and title that carry a known slip of a common word (`enviroment.md`, "Enviroment") while the
// prose writes it lower case mid-sentence ("set the enviroment variables") are the slip repeated, not a product.
// Fixtures: fixtures/mend46d. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';

const base = join(fixtures, 'mend46d');
const rows = (findings) => findings.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}${m.data?.word ? ` ${m.data.word}` : ''}`);
const lint = async (rule, folder) => rows((await lintRule({rule, fixture: join(base, folder), configFile: false})).findings);

test('spelling: a known slip the subject page writes lower case in running text is still reported (services/zylophone.md in words46d: one always written as a name is left)', async () => {
  assert.deepEqual(await lint('spelling', 'subject'), ['docs/enviroment.md:5:9 spelling enviroment']);
});

// mkdocs-gen-files: a page of docs_dir the script opens with "w" is replaced by what it writes (the plugin's
// FilesEditor puts the new file in the old one's place), so the ids a link's fragment names are the built
// page's, not the stub's: unverifiable. A fragment into a page the script does not write is still read.
const recipe = [
  'from pathlib import Path',
  'import mkdocs_gen_files',
  'root = Path(__file__).parent.parent',
  'src = root / "src"',
  'for path in sorted(src.rglob("*.py")):',
  '    doc_path = path.relative_to(src).with_suffix(".md")',
  '    full_doc_path = Path("api", doc_path)',
  '    if path.stem == "__init__":',
  '        full_doc_path = full_doc_path.with_name("index.md")',
  '    with mkdocs_gen_files.open(full_doc_path, "w") as fd:',
  '        fd.write("::: module")',
  '',
].join('\n');

test('mkdocs gen-files: a fragment into a page the script replaces is unverifiable; one into a page it does not write is read', async () => {
  const {postlintJson, findings, tempSite} = await import('./helpers.mjs');
  const root = tempSite({
    'mkdocs.yml': 'site_name: Tool\nplugins:\n  - gen-files:\n      scripts:\n        - scripts/gen_pages.py\n',
    'scripts/gen_pages.py': recipe,
    'src/tool/__init__.py': '',
    'src/tool/core.py': 'x = 1\n',
    'docs/api/tool/index.md': '# Tool\n\nThe package.\n',
    'docs/guide.md': '# Guide\n\nText.\n',
    'docs/index.md': '# Home\n\nSee [the package](api/tool/index.md#tool.run) and [the guide](guide.md#setup).\n',
  });
  const {json} = postlintJson(['--offline', '--no-config', '--no-cache', '.'], {cwd: root});
  assert.deepEqual(findings(json, root), ['docs/index.md:3:51 no-broken-anchors']);
});

// An `open(` left unclosed (a script cut off, or one being written in the editor) must not make each later
// `open(` read the rest of the file as its argument: a path expression is short, a longer one is not read.
test('mkdocs gen-files: a script of many unclosed open( calls is read in linear time', async () => {
  await import('../dist/src/site/generators/index.js');
  const {scriptPlaces} = await import('../dist/src/site/generators/mkdocs-gen-files.js');
  const text = `import mkdocs_gen_files\nmkdocs_gen_files.open(Path("api", name), "w")\n${'mkdocs_gen_files.open((\n'.repeat(1500)}${'x = 1\n'.repeat(15000)}`;
  const start = performance.now();
  assert.deepEqual(scriptPlaces(text), ['api']);
  assert.ok(performance.now() - start < 2000, `${Math.round(performance.now() - start)} ms`);
});

// The recipe as mkdocstrings' docs long gave it walks a relative folder (`Path("src").rglob("*.py")`, then
// `path.relative_to("src")`): pathlib yields `src/tool/core.py`, relative as the folder is, so the pages are
// read one by one as with `Path(__file__)`'s absolute walk (a link to another reference/ page stays missing).
test('scriptWrites: a walk of a relative folder gives the pages of its modules', async () => {
  await import('../dist/src/site/generators/index.js');
  const {scriptWrites} = await import('../dist/src/site/generators/mkdocs-gen-files.js');
  const {tempSite} = await import('./helpers.mjs');
  const {join} = await import('node:path');
  const root = tempSite({'src/tool/__init__.py': '', 'src/tool/core.py': 'x = 1\n'});
  const script = [
    'from pathlib import Path',
    'import mkdocs_gen_files',
    'for path in sorted(Path("src").rglob("*.py")):',
    '    doc_path = path.relative_to("src").with_suffix(".md")',
    '    full_doc_path = Path("reference", doc_path)',
    '    with mkdocs_gen_files.open(full_doc_path, "w") as fd:',
    '        fd.write("::: module")',
    '',
  ].join('\n');
  const writes = scriptWrites(script, {script: join(root, 'scripts/gen.py'), root}).map(({place, page}) => `${place}${page ? '' : '/'}`).sort();
  assert.deepEqual(writes, ['reference/tool/__init__.md', 'reference/tool/core.md']);
});
