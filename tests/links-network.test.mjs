// The link checker and the network around it: a real forwarding proxy on loopback (absolute-form
// requests for http links, CONNECT tunnels for https links), NO_PROXY, the private-address guard
// through a proxy, and failed DNS lookups (names under .invalid, which never resolve).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer, request as httpRequest} from 'node:http';
import {createServer as createHttpsServer} from 'node:https';
import {connect as netConnect} from 'node:net';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {tempSite} from './helpers.mjs';
import {runJson, rows} from './links-server.mjs';

/** Every proxy variable blank: the runs below set exactly the ones they test. */
const noProxyEnv = Object.fromEntries(['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'all_proxy', 'no_proxy'].map((name) => [name, '']));

function handler(counts) {
  return (req, res) => {
    const key = `${req.method} ${new URL(req.url, 'http://x').pathname}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const path = new URL(req.url, 'http://x').pathname;
    res.writeHead(path === '/ok' ? 200 : 404, {'content-type': 'text/plain'});
    res.end(req.method === 'HEAD' ? undefined : 'body');
  };
}

/** A self-signed certificate for 127.0.0.1 and localhost, made by openssl for this run. */
function makeCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'postlint-tls-'));
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], {encoding: 'utf8'});
  if (r.status !== 0) return undefined;
  return {certFile: join(dir, 'cert.pem'), key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem'))};
}

/**
 * A forwarding proxy: absolute-form requests are forwarded, CONNECT opens a tunnel; every request
 * line it receives is logged. CONNECT to a port in `refuse` is answered 403 (a proxy's policy).
 */
async function startProxy(refuse = new Set()) {
  const log = [];
  const auth = [];
  const server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    auth.push(req.headers['proxy-authorization']);
    let target;
    try {
      target = new URL(req.url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const upstream = httpRequest({host: target.hostname, port: target.port || 80, path: target.pathname + target.search, method: req.method, headers: {...req.headers, host: target.host}}, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502, {'content-type': 'text/plain'}).end('bad gateway'));
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    log.push(`CONNECT ${req.url}`);
    auth.push(req.headers['proxy-authorization']);
    const [host, port] = [req.url.slice(0, req.url.lastIndexOf(':')), Number(req.url.slice(req.url.lastIndexOf(':') + 1))];
    if (refuse.has(port)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = netConnect({host: host.replace(/^\[|\]$/g, ''), port}, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${server.address().port}`, log, auth, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)))};
}

let plain;
let secure;
let tls;
const plainCounts = new Map();
const secureCounts = new Map();

before(async () => {
  plain = createServer(handler(plainCounts));
  await new Promise((resolve) => plain.listen(0, '127.0.0.1', resolve));
  tls = makeCertificate();
  if (tls) {
    secure = createHttpsServer({key: tls.key, cert: tls.cert}, handler(secureCounts));
    await new Promise((resolve) => secure.listen(0, '127.0.0.1', resolve));
  }
});
after(() => {
  plain.closeAllConnections();
  plain.close();
  secure?.closeAllConnections();
  secure?.close();
});

const config = (links = {}) => JSON.stringify({rules: {'front-matter': 'off', spelling: 'off'}, links: {allowPrivate: true, retries: 0, cache: false, ...links}});
const bases = () => ({http: `http://127.0.0.1:${plain.address().port}`, https: `https://127.0.0.1:${secure.address().port}`});
const total = (counts) => [...counts.values()].reduce((a, b) => a + b, 0);
const noTls = spawnSync('openssl', ['version']).status !== 0 && 'openssl is not installed: no certificate for the https server';

test('links go through the proxy from HTTPS_PROXY/HTTP_PROXY: CONNECT for https, absolute form for http', {skip: noTls}, async () => {
  const proxy = await startProxy();
  try {
    const b = bases();
    const line = `[a](${b.http}/ok) [b](${b.http}/missing) [c](${b.https}/ok) [d](${b.https}/missing)`;
    const root = tempSite({'.postlintrc.json': config(), 'post.md': `# P\n\n${line}\n`});
    plainCounts.clear();
    secureCounts.clear();
    const {code, json, stderr} = await runJson(['.'], {cwd: root, env: {...noProxyEnv, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: tls.certFile}});
    assert.equal(code, 1, stderr);
    assert.deepEqual(rows(json, root), [
      `post.md:3:${line.indexOf('[b]') + 1} no-dead-links error Link to ${b.http}/missing is dead: the server answered 404 Not Found; fix or remove the link`,
      `post.md:3:${line.indexOf('[d]') + 1} no-dead-links error Link to ${b.https}/missing is dead: the server answered 404 Not Found; fix or remove the link`,
    ]);
    // Every request went through the proxy: http ones in absolute form, https ones in a tunnel.
    const lines = [...proxy.log].sort();
    assert.deepEqual(lines.filter((l) => !l.startsWith('CONNECT')), [`HEAD ${b.http}/missing`, `HEAD ${b.http}/ok`]);
    assert.ok(lines.filter((l) => l.startsWith('CONNECT')).length >= 1);
    assert.ok(lines.filter((l) => l.startsWith('CONNECT')).every((l) => l === `CONNECT 127.0.0.1:${secure.address().port}`), lines.join('\n'));
    assert.deepEqual([secureCounts.get('HEAD /ok'), secureCounts.get('HEAD /missing')], [1, 1]);
    assert.deepEqual([plainCounts.get('HEAD /ok'), plainCounts.get('HEAD /missing')], [1, 1]);
  } finally {
    await proxy.close();
  }
});

test('NO_PROXY (and the lower-case forms): matching hosts go direct, the others through the proxy', {skip: noTls}, async () => {
  const proxy = await startProxy();
  try {
    const b = bases();
    const root = tempSite({'.postlintrc.json': config(), 'post.md': `# P\n\n[a](${b.http}/ok) [c](${b.https}/ok)\n`});
    // Everything direct.
    const direct = await runJson(['.'], {cwd: root, env: {...noProxyEnv, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: 'example.org, 127.0.0.1', NODE_EXTRA_CA_CERTS: tls.certFile}});
    assert.equal(direct.code, 0, direct.stderr);
    assert.deepEqual(proxy.log, []);
    // Lower-case names; no_proxy for one port only: the http server direct, the https one tunnelled.
    plainCounts.clear();
    secureCounts.clear();
    const mixed = await runJson(['.'], {cwd: root, env: {...noProxyEnv, http_proxy: proxy.url, https_proxy: proxy.url, no_proxy: `127.0.0.1:${plain.address().port}`, NODE_EXTRA_CA_CERTS: tls.certFile}});
    assert.equal(mixed.code, 0, mixed.stderr);
    assert.deepEqual([...new Set(proxy.log)], [`CONNECT 127.0.0.1:${secure.address().port}`]);
    assert.deepEqual([plainCounts.get('HEAD /ok'), secureCounts.get('HEAD /ok')], [1, 1]);
    // Credentials in the proxy URL are sent to the proxy, for tunnels and absolute-form requests alike.
    proxy.log.length = 0;
    proxy.auth.length = 0;
    const withAuth = await runJson(['.'], {cwd: root, env: {...noProxyEnv, ALL_PROXY: proxy.url.replace('http://', 'http://ann:s%40cret@'), NODE_EXTRA_CA_CERTS: tls.certFile}});
    assert.equal(withAuth.code, 0, withAuth.stderr);
    assert.equal(proxy.log.length >= 2, true);
    assert.deepEqual([...new Set(proxy.auth)], [`Basic ${Buffer.from('ann:s@cret').toString('base64')}`]);
    // A proxy postlint cannot speak to is said once; the links go direct.
    proxy.log.length = 0;
    const socks = await runJson(['.'], {cwd: root, env: {...noProxyEnv, ALL_PROXY: 'socks5://127.0.0.1:1', NODE_EXTRA_CA_CERTS: tls.certFile}});
    assert.equal(socks.code, 0, socks.stderr);
    assert.equal(socks.stderr, 'postlint: links: only http:// proxies are supported, not socks5:// (127.0.0.1:1); links go direct\n');
  } finally {
    await proxy.close();
  }
});

test('through a proxy, private addresses are still refused with zero requests (IP literals, and names this machine resolves to them)', {skip: noTls}, async () => {
  const proxy = await startProxy();
  try {
    const [p, s] = [plain.address().port, secure.address().port];
    const root = tempSite({
      '.postlintrc.json': config({allowPrivate: false}),
      'post.md': `# P\n\n[ip](http://127.0.0.1:${p}/ok) [name](http://localhost:${p}/ok) [tls](https://localhost:${s}/ok) [meta](http://169.254.169.254/latest/) [mapped](http://[::ffff:127.0.0.1]:${p}/ok) [v6](http://[::1]:${p}/ok) [zero](http://0.0.0.0:${p}/ok) [decimal](http://2130706433:${p}/ok) [hex](http://0x7f.0.0.1:${p}/ok)\n`,
    });
    plainCounts.clear();
    secureCounts.clear();
    const {code, json, stderr} = await runJson(['--verbose', '.'], {cwd: root, env: {...noProxyEnv, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: tls.certFile}});
    assert.equal(code, 0, stderr);
    assert.deepEqual(rows(json, root), []);
    assert.deepEqual(proxy.log, []);
    assert.equal(total(plainCounts) + total(secureCounts), 0);
    assert.equal((stderr.match(/postlint: skipped post\.md:3:\d+: Link to \S+ was not checked: /g) ?? []).length, 9, stderr);
    assert.match(stderr, /Link to http:\/\/localhost:\d+\/ok was not checked: localhost resolves to (127\.0\.0\.1|::1)/);
  } finally {
    await proxy.close();
  }
});

test('a proxy that refuses a tunnel, or cannot reach a name, makes the link unverified, never dead', {skip: noTls}, async () => {
  const proxy = await startProxy(new Set([secure.address().port]));
  try {
    const b = bases();
    const root = tempSite({'.postlintrc.json': config(), 'post.md': `# P\n\n[c](${b.https}/ok) [gone](http://no-such-host.invalid/page)\n`});
    const {code, json, stderr} = await runJson(['.'], {cwd: root, env: {...noProxyEnv, HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: tls.certFile}});
    assert.equal(code, 0, stderr);
    const proxyHost = new URL(proxy.url).host;
    assert.deepEqual(rows(json, root), [
      `post.md:3:1 no-dead-links warn Link to ${b.https}/ok could not be verified: the proxy ${proxyHost} answered 403 Forbidden to CONNECT 127.0.0.1:${secure.address().port}`,
      `post.md:3:${`[c](${b.https}/ok) `.length + 1} no-dead-links warn Link to http://no-such-host.invalid/page could not be verified: the server answered 502 Bad Gateway (a temporary server error), still after retrying`,
    ]);
    assert.ok(proxy.log.includes('HEAD http://no-such-host.invalid/page'));
  } finally {
    await proxy.close();
  }
});

test('a name that does not resolve is unverified, not dead, even when other hosts answer (split-horizon DNS, filtered runners)', async () => {
  const base = `http://127.0.0.1:${plain.address().port}`;
  const post = `# P\n\n[ok](${base}/ok) [a](http://no-such-host.invalid/) [b](https://also-not-here.invalid/x)\n`;
  // A resolver that times out (EAI_AGAIN) may take a few seconds: the connection limit must not end the lookup first.
  const root = tempSite({'.postlintrc.json': config({connectTimeout: '20s', timeout: '25s'}), 'post.md': post});
  plainCounts.clear();
  const {code, json, stderr} = await runJson(['.'], {cwd: root, env: noProxyEnv});
  assert.equal(code, 0, stderr);
  assert.equal(plainCounts.get('HEAD /ok'), 1);
  const col = (needle) => post.split('\n')[2].indexOf(needle) + 1;
  // The resolver's answer may be "no such name" or "try again"; either way the link is unverified.
  const lookup = (host) => `the DNS lookup of ${host} (found no address \\(ENOTFOUND\\)|failed for now \\(EAI_AGAIN\\))`;
  const got = rows(json, root);
  assert.equal(got.length, 2);
  assert.match(got[0], new RegExp(`^post\\.md:3:${col('[a]')} no-dead-links warn Link to http://no-such-host\\.invalid/ could not be verified: ${lookup('no-such-host.invalid')}; the name may not exist, or this machine's DNS cannot see it; check it in a browser$`));
  assert.match(got[1], new RegExp(`^post\\.md:3:${col('[b]')} no-dead-links warn Link to https://also-not-here\\.invalid/x could not be verified: ${lookup('also-not-here.invalid')}; the name may not exist`));
});
