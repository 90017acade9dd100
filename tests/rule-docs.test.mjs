// Each rule's header is its documentation: every example in it runs here, in process, with only
// that rule on, and must give exactly the findings its `output` block lists; the pages under
// docs/rules/ and the README's rule table are what the headers and meta make (scripts/rule-docs.mjs).
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {examplesOf, generate, readHeader, root} from '../scripts/rule-docs.mjs';
import {run, loadRules} from '../dist/src/index.js';

const rules = await loadRules();
const folders = [];
const servers = [];
after(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true});
  for (const server of servers) server.close();
});

/**
 * The examples of a network rule talk to example.com through this forwarding proxy on loopback,
 * which answers for it: `/gone` is a 404, `/moved` a permanent redirect to `/guide`, anything
 * else a 200. No request leaves the machine.
 */
let proxy;
async function startProxy() {
  const server = createServer((req, res) => {
    const url = new URL(req.url);
    if (url.hostname !== 'example.com') {
      res.writeHead(502).end();
    } else if (url.pathname === '/gone') {
      res.writeHead(404, {'content-type': 'text/html'}).end('<p>gone</p>');
    } else if (url.pathname === '/moved') {
      res.writeHead(301, {location: 'http://example.com/guide'}).end();
    } else {
      res.writeHead(200, {'content-type': 'text/html'}).end('<p>here</p>');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

/** A finding as an output block writes it: `file:line:column  severity  message  rule`. */
function written(path, message) {
  return `${path}:${message.line}:${message.column}  ${message.fatal ? 'error' : 'warning'}  ${message.reason}  ${message.ruleId}`;
}

/** An expected line, with the example's first file where it names none; alignment spaces dropped. */
function expected(line, firstFile) {
  const parts = line.trim().split(/ {2,}/);
  assert.equal(parts.length, 4, `an output line is "[file:]line:column  severity  message  rule": ${line}`);
  const [at, severity, message, rule] = parts;
  return `${/^\d+:\d+$/.test(at) ? `${firstFile}:${at}` : at}  ${severity}  ${message}  ${rule}`;
}

for (const name of readdirSync(join(root, 'rules')).filter((n) => n.endsWith('.ts')).sort()) {
  const id = name.replace(/\.ts$/, '');
  const header = readHeader(readFileSync(join(root, 'rules', name), 'utf8'));
  const examples = examplesOf(header ?? '');
  test(`${id}: its header has examples that show a finding`, () => {
    assert.ok(examples.some((example) => example.expected.length > 0), `rules/${name} has no example with a finding`);
  });
  for (const example of examples) {
    test(`${id}: the example at header line ${example.line} gives exactly its output`, async () => {
      const folder = mkdtempSync(join(tmpdir(), `postlint-example-${id}-`));
      folders.push(folder);
      for (const file of example.files) {
        mkdirSync(dirname(join(folder, file.path)), {recursive: true});
        writeFileSync(join(folder, file.path), file.text);
      }
      const {meta} = rules.get(id);
      if (meta.network && !proxy) proxy = await startProxy();
      const saved = {HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY};
      if (meta.network) Object.assign(process.env, {HTTP_PROXY: proxy, NO_PROXY: ''});
      try {
        const result = await run({
          cwd: folder,
          paths: ['.'],
          ruleFlags: Object.fromEntries([...rules.keys()].filter((other) => other !== id).map((other) => [other, 'off'])),
          offline: !meta.network,
          useCache: false,
          workers: 0,
          now: new Date(example.now ?? '2025-06-01T12:00:00Z'),
          log: () => undefined,
        });
        const actual = result.files.flatMap((file) => file.messages.map((message) => written(file.path, message)));
        assert.deepEqual(actual, example.expected.map((line) => expected(line, example.files[0].path)));
      } finally {
        for (const [key, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[key];
          else process.env[key] = value;
        }
      }
    });
  }
}

test('docs/rules/<id>.md and the README rule table are what the headers and meta make', async () => {
  for (const [path, text] of await generate()) {
    assert.equal(readFileSync(join(root, path), 'utf8'), text, `${path} differs from what scripts/rule-docs.mjs makes; run npm run build`);
  }
});

test('committed pages match their committed headers (a header changed without its page is caught)', async (t) => {
  const git = (...args) => spawnSync('git', args, {cwd: root, encoding: 'utf8'});
  if (git('rev-parse', 'HEAD').status !== 0) {
    t.skip('not a git checkout');
    return;
  }
  const generated = await generate();
  for (const name of readdirSync(join(root, 'rules')).filter((n) => n.endsWith('.ts'))) {
    // Work in progress (a header edited, not yet committed) is the working tree's business, checked above.
    if (git('diff', '--quiet', 'HEAD', '--', `rules/${name}`).status !== 0) continue;
    const page = `docs/rules/${name.replace(/\.ts$/, '.md')}`;
    const committed = git('show', `HEAD:${page}`);
    assert.equal(committed.status, 0, `${page} is not committed`);
    assert.equal(committed.stdout, generated.get(page), `${page} as committed differs from what the committed rules/${name} makes`);
  }
});
