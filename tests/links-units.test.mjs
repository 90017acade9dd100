// The link checker's small pure parts, imported from the build: address classes, URL forms, patterns.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lookup as dnsLookup} from 'node:dns';
import {isPrivateAddress, safeLookup} from '../dist/src/links/safety.js';
import {normalizeUrl, isIgnoredFragment, isExternal} from '../dist/src/links/normalize.js';
import {compilePattern} from '../dist/src/links/patterns.js';
import {parseDuration} from '../dist/src/links/options.js';
import {retryAfter} from '../dist/src/links/check.js';

test('private, loopback, link-local and metadata addresses are recognized', () => {
  const blocked = ['127.0.0.1', '127.8.9.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.100.100.200', '::1', '::', 'fd00:ec2::254', 'fc00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1'];
  const allowed = ['8.8.8.8', '172.32.0.1', '172.15.255.255', '192.169.0.1', '1.1.1.1', '2606:4700::1111', '::ffff:8.8.8.8', 'example.com'];
  for (const address of blocked) assert.equal(isPrivateAddress(address), true, address);
  for (const address of allowed) assert.equal(isPrivateAddress(address), false, address);
});

test('URLs are normalized for de-duplication; the fragment is kept apart', () => {
  assert.deepEqual(normalizeUrl('HTTPS://Example.COM:443'), {url: 'https://example.com/'});
  assert.deepEqual(normalizeUrl('http://example.com:80/a?b=1#Sec%20two'), {url: 'http://example.com/a?b=1', fragment: 'Sec two'});
  assert.deepEqual(normalizeUrl('//cdn.example.com/x.png'), {url: 'https://cdn.example.com/x.png'});
  assert.equal(normalizeUrl('https://'), undefined);
  assert.equal(normalizeUrl('mailto:a@b.c'), undefined);
  assert.equal(isExternal('mailto:a@b.c'), false);
  assert.equal(isExternal('./post.md'), false);
  assert.equal(isExternal('https://x.y'), true);
});

test('GitHub line anchors and text fragments are never checked', () => {
  for (const fragment of ['L10', 'L10-L20', 'L10C5-L12C2', ':~:text=hello', 'top']) assert.equal(isIgnoredFragment(fragment), true, fragment);
  for (const fragment of ['intro', 'L10-foo', 'Lx']) assert.equal(isIgnoredFragment(fragment), false, fragment);
});

test('URL patterns: prefix, * wildcard, /regex/', () => {
  assert.equal(compilePattern('https://x.com/a').test('https://x.com/a/b'), true);
  assert.equal(compilePattern('https://x.com/a').test('https://y.com/a'), false);
  assert.equal(compilePattern('https://*.linkedin.com/*').test('https://www.linkedin.com/in/me'), true);
  assert.equal(compilePattern('https://*.linkedin.com/*').test('https://linkedin.com.evil/x'), false);
  assert.equal(compilePattern('/^https?:\\/\\/localhost/').test('http://localhost:3000/'), true);
});

test('durations and Retry-After', () => {
  assert.equal(parseDuration('500ms', 0), 500);
  assert.equal(parseDuration('1.5s', 0), 1500);
  assert.equal(parseDuration('1d', 0), 86_400_000);
  assert.equal(parseDuration(undefined, 7), 7);
  assert.equal(parseDuration(250, 0), 250);
  assert.throws(() => parseDuration('soon', 0), /not a duration/);
  assert.equal(retryAfter('3'), 3000);
  assert.equal(retryAfter(undefined), undefined);
  const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
  const ms = retryAfter(inTwoMinutes);
  assert.ok(ms > 110_000 && ms <= 120_000, String(ms));
});

test('the links section is part of the config schema: unknown keys and bad values are usage errors', async () => {
  const {postlint, tempSite} = await import('./helpers.mjs');
  const cases = [
    [{links: {bogus: 1}}, /links\.bogus: unknown key "bogus"/],
    [{links: {unverified: 'loud'}}, /links\.unverified: must be one of "off", "warn", "error"/],
    [{links: {timeout: 'soon'}}, /links\.timeout/],
    [{links: {exclude: ['/(/']}}, /links: pattern \/\(\/ is not a valid regular expression/],
  ];
  for (const [config, message] of cases) {
    const root = tempSite({'.postlintrc.json': JSON.stringify(config), 'post.md': '# A\n\n[x](https://example.invalid/)\n'});
    const {code, stderr} = postlint(['.'], {cwd: root});
    assert.equal(code, 2, stderr);
    assert.match(stderr, message);
  }
});

test('DNS: one lookup per host name for the run, still refused when private; failures asked again', async () => {
  let calls = 0;
  // The real resolver, counted; the first answer for "flaky.localhost" is a temporary failure.
  const counting = (hostname, options, callback) => {
    calls++;
    if (hostname === 'flaky.localhost' && calls === 1) return callback(Object.assign(new Error('try again'), {code: 'EAI_AGAIN'}), []);
    dnsLookup(hostname === 'flaky.localhost' ? 'localhost' : hostname, options, callback);
  };
  const ask = (lookup, hostname, options = {}) => new Promise((resolve) => lookup(hostname, options, (error, address) => resolve({error, address})));
  const open = safeLookup(true, counting);
  const answers = await Promise.all(Array.from({length: 8}, () => ask(open, 'localhost', {all: true})));
  answers.push(await ask(open, 'localhost', {all: true}));
  assert.equal(calls, 1);
  for (const {error, address} of answers) {
    assert.equal(error, null);
    assert.ok(address.some((entry) => entry.address === '127.0.0.1' || entry.address === '::1'));
  }
  calls = 0;
  const strict = safeLookup(false, counting);
  for (let i = 0; i < 3; i++) assert.equal((await ask(strict, 'localhost')).error?.code, 'EPRIVATE');
  assert.equal(calls, 1);
  calls = 0;
  const flaky = safeLookup(true, counting);
  assert.equal((await ask(flaky, 'flaky.localhost')).error?.code, 'EAI_AGAIN');
  assert.equal((await ask(flaky, 'flaky.localhost')).error, null);
  assert.equal(calls, 2);
});

test('the launcher starts the link thread only for command lines that may check links', async () => {
  const {mayCheckLinks} = await import('../dist/src/links/spare.js');
  for (const argv of [[], ['posts'], ['--config', 'ci.json', '--format', 'json', 'posts'], ['--no-cache', '-q', 'posts'], ['--', '--offline']]) assert.equal(mayCheckLinks(argv), true, argv.join(' '));
  for (const argv of [['--offline', 'posts'], ['-h'], ['--help'], ['-v'], ['--version'], ['-qh'], ['--list-rules'], ['--list-unknown-words', 'posts'], ['--add-words'], ['--init'], ['--print-config', 'a.md'], ['--print-config=a.md']]) assert.equal(mayCheckLinks(argv), false, argv.join(' '));
});

test('a link thread started by one copy of the module (the launcher) is adopted by another (the CLI)', async () => {
  const {Worker} = await import('node:worker_threads');
  // Two instances of the same module, as the launcher's bundle and the CLI's bundle each have one.
  const launcher = await import('../dist/src/links/spare.js?launcher');
  const cli = await import('../dist/src/links/spare.js?cli');
  assert.notEqual(launcher, cli);
  // Thread ids are given out in order: the thread started right after this one is the launcher's.
  const probe = new Worker('', {eval: true});
  launcher.startLinkWorkerEarly();
  const adopted = cli.linkWorker();
  const fresh = cli.linkWorker();
  try {
    assert.equal(adopted.threadId, probe.threadId + 1, 'the CLI adopted the thread the launcher started');
    assert.equal(fresh.threadId, probe.threadId + 2, 'a thread is adopted once; then a new one is started');
  } finally {
    await Promise.all([probe, adopted, fresh].map((worker) => worker.terminate()));
  }
});

test('the link thread loads Node\'s network modules only for a link it checks: none for a run with nothing external', async () => {
  const {Worker} = await import('node:worker_threads');
  const {tempSite} = await import('./helpers.mjs');
  const loadedBy = async (post, wanted = []) => {
    const root = tempSite({'a.md': post});
    // The shipped thread (the bundle), in a wrapper that reports the built-ins its thread loaded once the results are out.
    const worker = new Worker(
      `const {parentPort} = require('node:worker_threads');
      const post = parentPort.postMessage.bind(parentPort);
      parentPort.postMessage = (message) => { post(message); if (message.type === 'results') post({type: 'loaded', modules: process.moduleLoadList.filter((name) => name.startsWith('NativeModule '))}); };
      import(${JSON.stringify(new URL('../dist/bin/link-worker.js', import.meta.url).href)});`,
      {eval: true},
    );
    try {
      const loaded = new Promise((resolve, reject) => {
        worker.on('message', (message) => message.type === 'loaded' && resolve(message.modules));
        worker.on('error', reject);
      });
      worker.postMessage({type: 'start', input: {config: {links: {allowPrivate: true, timeout: '5s'}}, configDir: root, cwd: root, noCache: true, verbose: false, progress: false}});
      worker.postMessage({type: 'scan', paths: [`${root}/a.md`], maxFileSize: 1 << 20});
      // What the main thread hands over once it has parsed the file.
      if (wanted.length > 0) worker.postMessage({type: 'want', items: wanted.map((url) => [url, []])});
      worker.postMessage({type: 'finish'});
      return new Set((await loaded).map((name) => name.slice('NativeModule '.length)));
    } finally {
      await worker.terminate();
    }
  };
  const network = ['http', 'https', 'net', 'tls', 'zlib', 'dns'];
  const none = await loadedBy('# A post\n\nA [relative link](other.md) and [a heading](#a-post).\n');
  assert.deepEqual(network.filter((name) => none.has(name)), [], 'nothing external: no network module loaded');
  // A link it checks loads them (a closed port on this machine: refused at once, no network needed).
  const checked = await loadedBy('# A post\n\nA [link](http://127.0.0.1:9/page).\n', ['http://127.0.0.1:9/page']);
  assert.ok(checked.has('http') && checked.has('net'), [...checked].join(' '));
});
