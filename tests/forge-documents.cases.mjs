// Which Markdown files a forge shows a repository's reader by itself (src/site/forge-documents.ts): those stay
// checked when the site never builds them; the rest of a repository's Markdown outside the site is left out.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {isForgeDocument} from '../dist/src/site/forge-documents.js';

const root = '/repo';
const shown = (path) => isForgeDocument(join(root, path), root);

test('forge documents: READMEs anywhere, community health files and templates in the top folder, docs/ and .github/', () => {
  for (const path of ['README.md', 'design/README.md', 'test/k6/readme.markdown', 'CONTRIBUTING.md', 'LICENSE.md', 'SECURITY.md',
    'docs/CODE_OF_CONDUCT.md', '.github/SUPPORT.md', '.github/PULL_REQUEST_TEMPLATE.md', '.github/ISSUE_TEMPLATE/bug.md',
    '.github/DISCUSSION_TEMPLATE/ideas.md', 'pull_request_template.md']) {
    assert.equal(shown(path), true, path);
  }
});

test('forge documents: other top-level files, other .github/ files and pages of docs/ are read only by whoever opens them', () => {
  for (const path of ['CHANGELOG.md', 'todo.md', 'OWNERS.md', 'NEW_CONTRIBUTOR.md', 'NOTICE.md', '.github/copilot-instructions.md',
    '.github/workflows/notes.md', 'docs/guide.md', 'design/proposal.md', 'docs/sub/CONTRIBUTING.md']) {
    assert.equal(shown(path), false, path);
  }
  assert.equal(isForgeDocument('/elsewhere/README.md', root), false, 'outside the project');
});
