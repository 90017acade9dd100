import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync, mkdirSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {availableParallelism} from 'node:os';
import {tempSite} from './helpers.mjs';
import {startServer, runJson, runPostlint, rows} from './links-server.mjs';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
let server;
before(async () => {
  server = await startServer();
});
after(() => server.close());

const config = (links) => JSON.stringify({rules: {'front-matter': 'off'}, links: {allowPrivate: true, ...links}});

test('no-dead-links: verdicts for each kind of answer, at the link, with the server asked once per URL', async () => {
  server.reset();
  const b = server.base;
  const lines = [
      '---',
      'title: T',
      `canonical: ${b}/missing`,
      'images:',
      `  - ${b}/ok`,
      `  - ${b}/gone`,
      '---',
      '',
      `[ok](${b}/ok) and [missing](${b}/missing)`,
      `![image](${b}/gone)`,
      `[flaky](${b}/flaky) [chain](${b}/chain/1) [loop](${b}/loop/a)`,
      `[no head](${b}/no-head) [rate](${b}/rate) [rate always](${b}/rate-always)`,
      `[slow](${b}/slow) [huge](${b}/huge) [bot](${b}/bot)`,
      `<a href="${b}/page#intro">x</a> [nope](${b}/page#nope) [line](${b}/page#L10-L20) [text](${b}/page#:~:text=Intro) [gh](${b}/page#usage) [legacy](${b}/page#legacy)`,
      `[deep](${b}/huge-page#deep) [top](${b}/huge-page#top-of-huge)`,
      '',
      `[ref]: ${b}/missing`,
      '',
      'See [the reference][ref].',
      '',
  ];
  // The slow page answers after 5 s; 2 s leaves the quick answers room on a loaded machine.
  const root = tempSite({'.postlintrc.json': config({timeout: '2s', retries: 1, checkFragments: true, maxBodySize: 1048576}), 'post.md': lines.join('\n')});
  // "line:column" of the first occurrence of `needle` in the source (1-based), found in the text, not in the output.
  const at = (needle) => {
    const line = lines.findIndex((l) => l.includes(needle));
    return `${line + 1}:${lines[line].indexOf(needle) + 1}`;
  };
  const {code, json, ms} = await runJson(['--no-cache', '.'], {cwd: root});
  // Nothing waits for the slow answer (5 s) or the whole huge body; a loaded machine adds seconds of its own.
  assert.ok(ms < 60_000, `took ${ms} ms`);
  assert.equal(code, 1);
  const dead404 = () => `is dead: the server answered 404 Not Found; fix or remove the link`;
  assert.deepEqual(rows(json, root), [
    `post.md:${at('canonical')} no-dead-links error Front-matter URL ${b}/missing ${dead404()}`,
    `post.md:${at('images:')} no-dead-links error Front-matter URL ${b}/gone is dead: the server answered 410 Gone; fix or remove the link`,
    `post.md:${at('[missing]')} no-dead-links error Link to ${b}/missing ${dead404()}`,
    `post.md:${at('![image]')} no-dead-links error Image ${b}/gone is dead: the server answered 410 Gone; fix or remove the link`,
    `post.md:${at('[chain]')} no-dead-links warn Link to ${b}/chain/1 has moved permanently (301) to ${b}/chain/3; link to the new address`,
    `post.md:${at('[loop]')} no-dead-links error Link to ${b}/loop/a is dead: redirect loop (2 redirects, back to ${b}/loop/a)`,
    `post.md:${at('[rate always]')} no-dead-links warn Link to ${b}/rate-always could not be verified: the site is rate-limiting requests (429 Too Many Requests), still after waiting; try again later`,
    `post.md:${at('[slow]')} no-dead-links warn Link to ${b}/slow could not be verified: no answer within 2 s`,
    `post.md:${at('[bot]')} no-dead-links warn Link to ${b}/bot could not be verified: the site refuses automated checks (403 Forbidden); check it in a browser, or accept the status for this site in links.accept`,
    `post.md:${at('[nope]')} no-dead-links error Link to ${b}/page#nope points at "#nope", but the page has no element with that id or name; fix the fragment`,
    `post.md:${at('[deep]')} no-dead-links warn Link to ${b}/huge-page#deep could not be verified: no element with id "deep" in the part of the page read (the page is larger than links.maxBodySize)`,
    `post.md:${at('[ref]:')} no-dead-links error Link to ${b}/missing ${dead404()}`,
  ]);
  const c = server.count;
  // Each distinct URL once, however often it is written (/missing is written three times).
  assert.equal(c('HEAD', '/missing'), 1);
  assert.equal(c('HEAD', '/ok'), 1);
  // 500 then 200: retried after a backoff.
  assert.equal(c('HEAD', '/flaky'), 2);
  // 405 on HEAD: one HEAD, then one GET.
  assert.deepEqual([c('HEAD', '/no-head'), c('GET', '/no-head')], [1, 1]);
  // The chain followed hop by hop, the loop stopped when it came back.
  assert.deepEqual([c('HEAD', '/chain/1'), c('HEAD', '/chain/2'), c('HEAD', '/chain/3')], [1, 1, 1]);
  assert.deepEqual([c('HEAD', '/loop/a'), c('HEAD', '/loop/b')], [1, 1]);
  // 429 with Retry-After: 1 waited about a second before asking again.
  const [first, second] = server.state.times.get('/rate');
  assert.ok(second - first >= 950, `waited ${second - first} ms`);
  assert.equal(c('HEAD', '/rate'), 2);
  assert.equal(c('HEAD', '/rate-always'), 2);
  // The 403 is tried with GET before it is called a bot wall.
  assert.deepEqual([c('HEAD', '/bot'), c('GET', '/bot')], [1, 1]);
  // A huge body is not downloaded: the GET is closed after the status line.
  assert.equal(c('GET', '/huge'), 1);
  assert.ok(server.state.hugeBytes < 16 * 1024 * 1024, `${server.state.hugeBytes} bytes sent`);
  // A page read for fragments stops at links.maxBodySize (1 MiB here), or as soon as all are found.
  assert.equal(c('GET', '/huge-page'), 1);
  // The page with fragments is fetched once, with GET, for all its fragments.
  assert.deepEqual([c('HEAD', '/page'), c('GET', '/page')], [0, 1]);
  const headers = server.state.headers.get('/ok');
  assert.equal(headers['user-agent'], `postlint/${version} (+https://github.com/postlint/postlint)`);
  assert.equal(headers.cookie, undefined);
});

test('no-dead-links: 100 links to one URL in 50 files make one request; the cache makes the next run make none', async () => {
  server.reset();
  const files = {'.postlintrc.json': config({})};
  for (let i = 0; i < 50; i++) files[`posts/p${i}.md`] = `# P${i}\n\n[one](${server.base}/same) and [two](${server.base}/same#x) and [dead](${server.base}/missing)\n`;
  const root = tempSite(files);
  const first = await runJson(['.'], {cwd: root});
  assert.equal(server.count('HEAD', '/same'), 1);
  assert.equal(server.count('HEAD', '/missing'), 1);
  assert.equal(server.total(), 2);
  assert.equal(rows(first.json, root).filter((r) => r.includes('/missing is dead')).length, 50);
  assert.ok(existsSync(join(root, '.postlint-cache/links.json')));

  server.reset();
  const second = await runJson(['.'], {cwd: root});
  assert.equal(server.total(), 0);
  // The cached failure is still reported, at every place.
  assert.deepEqual(rows(second.json, root), rows(first.json, root));

  server.reset();
  await runJson(['--no-cache', '.'], {cwd: root});
  assert.equal(server.total(), 2);

  // Entries older than their TTL are asked again.
  server.reset();
  writeFileSync(join(root, '.postlintrc.json'), config({cacheTtl: {ok: 0, failure: 0}}));
  await new Promise((resolve) => setTimeout(resolve, 5));
  await runJson(['.'], {cwd: root});
  assert.equal(server.total(), 2);
});

test('no-dead-links: never more requests in flight to one host than links.perHost', async () => {
  server.reset();
  const links = Array.from({length: 24}, (_, i) => `- [${i}](${server.base}/delay/${i})`).join('\n');
  const root = tempSite({'.postlintrc.json': config({perHost: 3, concurrency: 16}), 'post.md': `# Many\n\n${links}\n`});
  const {code} = await runJson(['--no-cache', '.'], {cwd: root});
  assert.equal(code, 0);
  assert.equal(server.total(), 24);
  assert.equal(server.state.maxInFlight, 3);
});

test('no-dead-links: loopback addresses are refused without allowPrivate, by name and by resolved address', async () => {
  server.reset();
  const port = new URL(server.base).port;
  const root = tempSite({
    '.postlintrc.json': JSON.stringify({links: {}}),
    'post.md': `# Private\n\n[ip](http://127.0.0.1:${port}/private) [name](http://localhost:${port}/private) [mapped](http://[::ffff:127.0.0.1]:${port}/private)\n`,
  });
  const {code, json, stderr} = await runJson(['--no-cache', '--verbose', '.'], {cwd: root});
  assert.equal(code, 0);
  assert.deepEqual(rows(json, root), []);
  assert.equal(server.total(), 0);
  assert.match(stderr, /skipped post\.md:3:1: Link to http:\/\/127\.0\.0\.1:\d+\/private was not checked: 127\.0\.0\.1 is a loopback/);
  assert.match(stderr, /skipped post\.md:3:\d+: Link to http:\/\/localhost:\d+\/private was not checked: localhost resolves to (127\.0\.0\.1|::1)/);
});

test('no-dead-links: headers from the environment, accept, exclude, unverified severity', async () => {
  server.reset();
  const b = server.base;
  const post = `# Options\n\n[auth](${b}/auth) [bot](${b}/bot) [excluded](${b}/missing) [gone](${b}/gone) [moved](${b}/chain/1)\n`;
  const root = tempSite({
    '.postlintrc.json': config({
      headers: {[`${b}/auth`]: {Authorization: 'Bearer ${POSTLINT_TEST_TOKEN}'}},
      // 410 accepted for /g…, and the permanent redirect of /chain accepted too: neither is reported.
      accept: {[`${b}/g*`]: [410], [`${b}/chain/`]: [301]},
      exclude: [`${b}/miss`],
      unverified: 'error',
    }),
    'post.md': post,
  });
  const {code, json} = await runJson(['--no-cache', '.'], {cwd: root, env: {POSTLINT_TEST_TOKEN: 'sekrit'}});
  assert.equal(code, 1);
  const col = (needle) => post.split('\n')[2].indexOf(needle) + 1;
  assert.deepEqual(rows(json, root).map((r) => r.split(' could')[0]), [`post.md:3:${col('[bot]')} no-dead-links error Link to ${b}/bot`]);
  assert.equal(server.state.headers.get('/auth').authorization, 'Bearer sekrit');
  assert.equal(server.state.headers.get('/bot').authorization, undefined);
  assert.equal(server.count('HEAD', '/missing'), 0);

  // Without the variable the header is not sent (and says so); unverified "off" hides the rest.
  server.reset();
  writeFileSync(join(root, '.postlintrc.json'), config({headers: {[`${b}/auth`]: {Authorization: 'Bearer ${POSTLINT_TEST_TOKEN}'}}, unverified: 'off'}));
  const second = await runJson(['--no-cache', '.'], {cwd: root, env: {POSTLINT_TEST_TOKEN: ''}});
  assert.match(second.stderr, /environment variable POSTLINT_TEST_TOKEN is not set/);
  assert.equal(server.state.headers.get('/auth').authorization, undefined);
  assert.deepEqual(rows(second.json, root).map((r) => r.split(' is dead')[0]), [
    `post.md:3:${col('[excluded]')} no-dead-links error Link to ${b}/missing`,
    `post.md:3:${col('[gone]')} no-dead-links error Link to ${b}/gone`,
    `post.md:3:${col('[moved]')} no-dead-links warn Link to ${b}/chain/1 has moved permanently (301) to ${b}/chain/3; link to the new address`,
  ]);
});

test('no-dead-links: a corrupt or foreign cache file is ignored with a warning, then rewritten', async () => {
  const root = tempSite({'.postlintrc.json': config({}), 'post.md': `# C\n\n[ok](${server.base}/ok)\n`});
  mkdirSync(join(root, '.postlint-cache'));
  const cacheFile = join(root, '.postlint-cache/links.json');
  for (const [content, warning] of [['{not json', /not valid JSON/], ['{"format":"other-tool","entries":{}}', /not a postlint link cache/]]) {
    writeFileSync(cacheFile, content);
    server.reset();
    const {code, stderr} = await runJson(['.'], {cwd: root});
    assert.equal(code, 0);
    assert.match(stderr, warning);
    assert.equal(server.total(), 1);
    assert.equal(JSON.parse(readFileSync(cacheFile, 'utf8')).format, 'postlint-links');
  }
});

test('no-dead-links: links.cache outside the config\'s folder is not written; the links are checked without a cache', async () => {
  const outer = tempSite({});
  const root = join(outer, 'site');
  mkdirSync(root);
  writeFileSync(join(root, '.postlintrc.json'), config({cache: '../links.json'}));
  writeFileSync(join(root, 'post.md'), `# C\n\n[ok](${server.base}/ok)\n`);
  for (const run of [1, 2]) {
    server.reset();
    const {code, stderr} = await runJson(['.'], {cwd: root});
    assert.equal(code, 0, stderr);
    assert.match(stderr, /links\.cache .*links\.json is outside .*site; checking links without a cache/);
    assert.equal(server.total(), 1, `run ${run} asks again: nothing was cached`);
  }
  assert.equal(existsSync(join(outer, 'links.json')), false);
  // Inside the folder (a subfolder), it is the cache.
  writeFileSync(join(root, '.postlintrc.json'), config({cache: 'cache/links.json'}));
  await runJson(['.'], {cwd: root});
  assert.equal(existsSync(join(root, 'cache', 'links.json')), true);
});

test('no-dead-links: --offline makes no request', async () => {
  server.reset();
  const root = tempSite({'.postlintrc.json': config({}), 'post.md': `# O\n\n[x](${server.base}/missing)\n`});
  const {code, json} = await runJson(['--offline', '.'], {cwd: root});
  assert.equal(code, 0);
  assert.deepEqual(rows(json, root), []);
  assert.equal(server.total(), 0);
});

test('no-dead-links: the pre-scan never requests a URL that is only in code, a comment, an ignored or too large file', async () => {
  server.reset();
  const b = server.base;
  const post = [
    '# Code',
    '',
    `[ok](${b}/ok)`,
    '',
    '```md',
    `[in a fence](${b}/missing)`,
    '```',
    '',
    `Inline: \`[in code](${b}/gone)\`.`,
    '',
    `<!-- [in a comment](${b}/bot) -->`,
    '',
    '    [indented](' + b + '/chain/1)',
    '',
  ].join('\n');
  const root = tempSite({
    '.postlintrc.json': JSON.stringify({rules: {'front-matter': 'off'}, links: {allowPrivate: true}, maxFileSize: 4096, overrides: [{files: ['drafts/**'], rules: {'no-dead-links': 'off'}}]}),
    'post.md': post,
    'drafts/off.md': `# Off\n\n[draft](${b}/flaky)\n`,
    'big.md': `# Big\n\n[big](${b}/no-head)\n\n${'Lorem ipsum dolor sit amet. '.repeat(200)}\n`,
  });
  const {code, json, stderr} = await runJson(['--no-cache', '--verbose', '.'], {cwd: root});
  // The only finding on links is the file too large to check (not a link finding).
  assert.deepEqual(rows(json, root).filter((r) => r.includes("no-dead-links")), []);
  assert.equal(code, 1);
  assert.equal(server.count('HEAD', '/ok'), 1);
  assert.equal(server.total(), 1, JSON.stringify([...server.state.counts]));
  assert.match(stderr, /the pre-scan of 2 files handed 1 URLs/);
  assert.doesNotMatch(stderr, /requested by the pre-scan but not found/);
});

test('no-dead-links: off in the config, the link thread started early makes no request and does not hold the process', async () => {
  server.reset();
  const root = tempSite({'.postlintrc.json': JSON.stringify({rules: {'front-matter': 'off', 'no-dead-links': 'off'}, links: {allowPrivate: true}}), 'post.md': `# Off\n\n[x](${server.base}/missing)\n`});
  const {code, json, killed} = await runJson(['--no-cache', '.'], {cwd: root});
  assert.equal(code, 0);
  assert.deepEqual(rows(json, root), []);
  assert.equal(server.total(), 0);
  // A thread that held the process would keep it alive until the test's limit stops it.
  assert.equal(killed, false);
});

test('no-dead-links: a run whose files all fail to parse still exits (the link thread never holds the process)', async () => {
  server.reset();
  const root = tempSite({'.postlintrc.json': config({}), 'bin.md': `[x](${server.base}/ok)\u0000`});
  const {code, json, killed} = await runJson(['--no-cache', '.'], {cwd: root});
  assert.equal(code, 1);
  assert.match(json[0].messages[0].message, /binary/);
  assert.equal(killed, false);
  assert.equal(server.total(), 0);
});

test('no-dead-links: once the link checker only waits for answers, a worker parses on its core; the output is the same', async () => {
  server.reset();
  const files = {'.postlintrc.json': config({})};
  // Enough files, and enough text in each, that the main thread would have most of the parse left.
  const paragraph = 'A paragraph of ordinary words about writing, checking and publishing posts on a small site.';
  for (let i = 0; i < 240; i++) {
    const body = Array.from({length: 30}, (_, k) => `${paragraph} See [page ${k}](${server.base}/same-${(i * 30 + k) % 400}).`);
    files[`posts/p${String(i).padStart(3, '0')}.md`] = `# Post ${i}\n\n${body.join('\n\n')}\n\n[gone](${server.base}/missing) and a mispelled word.\n`;
  }
  const root = tempSite(files);
  // The first run fills the link cache; in the second every URL comes from it, so the link thread
  // is quiet as soon as its pre-scan ends.
  const first = await runJson(['--verbose', '.'], {cwd: root});
  assert.equal(server.total(), 401);
  server.reset();
  const second = await runJson(['--verbose', '.'], {cwd: root});
  assert.equal(server.total(), 0);
  const inline = await runJson(['--no-workers', '--verbose', '.'], {cwd: root});
  assert.equal(second.stdout, first.stdout);
  assert.equal(inline.stdout, first.stdout);
  assert.equal(rows(first.json, root).filter((r) => r.includes('/missing is dead')).length, 240);
  assert.equal(first.json.flatMap((f) => f.messages).filter((m) => m.ruleId === 'spelling').length, 240);
  // Exactly two cores: with more, phase 1 has workers from the start (one core kept for links).
  if (availableParallelism() === 2) {
    assert.match(second.stderr, /phase 1: 240 files to parse, on the main thread, and in a worker on the link checker's core once it only waits for answers/);
    assert.match(second.stderr, /links: nothing left waiting to be sent, \d+ ms after the pre-scan began/);
    assert.match(second.stderr, /workers: the link checker only waits for answers; a worker takes \d+ files still to parse/);
    assert.match(second.stderr, /workers: the late worker parsed \d+ files/);
  }
  assert.match(inline.stderr, /^phase 1: 240 files to parse, on the main thread$/m);
  assert.doesNotMatch(inline.stderr, /a worker takes|late worker/);
});

test('no-dead-links: the link thread says it only waits once the last request has a slot, not before', async () => {
  server.reset();
  const links = Array.from({length: 40}, (_, i) => `[d${i}](${server.base}/delay/${i})`).join('\n');
  const root = tempSite({'.postlintrc.json': config({concurrency: 4, perHost: 4}), 'post.md': `# Slow\n\n${links}\n`});
  const {stderr} = await runJson(['--no-cache', '--verbose', '.'], {cwd: root});
  assert.equal(server.total(), 40);
  // 40 answers of 60 ms, 4 at a time: the last 4 start after 9 rounds.
  const quietAfter = Number(/links: nothing left waiting to be sent, (\d+) ms after the pre-scan began/.exec(stderr)?.[1]);
  assert.ok(quietAfter >= 9 * 60, `quiet after ${quietAfter} ms\n${stderr}`);
});
