// A real HTTP server on 127.0.0.1 for the link-checker tests. It records what it was asked, so
// tests can assert request counts, in-flight peaks and bytes sent. Not a test file itself.
import {createServer} from 'node:http';
import {spawn} from 'node:child_process';
import {cliPath} from './helpers.mjs';

export async function startServer() {
  const state = {
    counts: new Map(), // "METHOD /path" -> n
    times: new Map(), // "/path" -> [ms]
    headers: new Map(), // "/path" -> last request headers
    inFlight: 0,
    maxInFlight: 0,
    hugeBytes: 0,
  };
  const seen = (path) => (state.times.get(path) ?? []).length;
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = url.pathname;
    const key = `${req.method} ${path}`;
    state.counts.set(key, (state.counts.get(key) ?? 0) + 1);
    const nth = seen(path);
    state.times.set(path, [...(state.times.get(path) ?? []), Date.now()]);
    state.headers.set(path, req.headers);
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    let open = true;
    res.on('close', () => {
      if (open) state.inFlight--;
      open = false;
    });
    const send = (status, headers = {}, body = '') => {
      res.writeHead(status, {'content-type': 'text/plain', ...headers});
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (path === '/ok' || path.startsWith('/same') || path === '/private') return send(200, {}, 'ok');
    if (path === '/missing') return send(404, {}, 'not found');
    if (path === '/gone') return send(410, {}, 'gone');
    if (path === '/flaky') return nth === 0 ? send(500, {}, 'oops') : send(200, {}, 'ok');
    if (path === '/chain/1') return send(301, {location: '/chain/2'});
    if (path === '/chain/2') return send(301, {location: `http://127.0.0.1:${server.address().port}/chain/3`});
    if (path === '/chain/3') return send(200, {}, 'ok');
    if (path === '/loop/a') return send(302, {location: '/loop/b'});
    if (path === '/loop/b') return send(302, {location: '/loop/a'});
    if (path === '/no-head') return req.method === 'HEAD' ? send(405, {allow: 'GET'}) : send(200, {}, 'ok');
    if (path === '/rate') return nth === 0 ? send(429, {'retry-after': '1'}) : send(200, {}, 'ok');
    if (path === '/rate-always') return send(429, {'retry-after': '1'});
    if (path === '/bot') return send(403, {}, 'no robots');
    if (path === '/auth') return req.headers.authorization === 'Bearer sekrit' ? send(200, {}, 'ok') : send(401, {}, 'who?');
    if (path === '/slow') {
      const timer = setTimeout(() => send(200, {}, 'late'), 5000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (path.startsWith('/delay/')) {
      const timer = setTimeout(() => send(200, {}, 'ok'), 60);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (path === '/huge' || path === '/huge-page') {
      if (req.method === 'HEAD') return send(405);
      res.writeHead(200, {'content-type': path === '/huge' ? 'application/octet-stream' : 'text/html'});
      const chunk = Buffer.alloc(64 * 1024, path === '/huge' ? 0 : 0x61);
      if (path === '/huge-page') res.write('<html><body><h1 id="top-of-huge">x</h1>');
      const pump = () => {
        while (!res.destroyed && state.hugeBytes < 1024 * 1024 * 1024) {
          state.hugeBytes += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    if (path === '/page') {
      return send(200, {'content-type': 'text/html; charset=utf-8'}, '<!doctype html><html><body><h2 id="intro">Intro</h2><a name="legacy"></a><h2 id="user-content-usage">Usage</h2></body></html>');
    }
    send(404, {}, 'no such route');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    state,
    count: (method, path) => state.counts.get(`${method} ${path}`) ?? 0,
    total: () => [...state.counts.values()].reduce((a, b) => a + b, 0),
    reset() {
      state.counts.clear();
      state.times.clear();
      state.headers.clear();
      state.maxInFlight = state.inFlight;
      state.hugeBytes = 0;
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}

/**
 * A run that has not ended by then is stuck, not slow: on a busy machine (a load of 20 on two
 * cores) a run of 240 files takes well over 30 s of wall time, so the limit has room.
 */
export const runLimitMs = 180_000;

/** Run the built CLI without blocking this process (the server lives here). */
export function runPostlint(args, {cwd, env = {}} = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cliPath, ...args], {cwd, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: '1', ...env}});
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      killed = true;
      child.kill();
    }, runLimitMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (killed) stderr += `\n(test: postlint ${args.join(' ')} was stopped after ${runLimitMs / 1000} s)`;
      resolve({code, stdout, stderr, killed, ms: Date.now() - started});
    });
  });
}

export async function runJson(args, options) {
  const result = await runPostlint(['--format', 'json', ...args], options);
  try {
    return {...result, json: JSON.parse(result.stdout)};
  } catch {
    throw new Error(`postlint did not print JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** "file:line:col rule severity message" rows. */
export function rows(json, root) {
  const out = [];
  for (const file of json) {
    const rel = file.filePath.slice(root.length + 1);
    // The link rule's findings only: spelling and the other rules are other tests' business.
    for (const m of file.messages) if (m.ruleId === 'no-dead-links' || m.ruleId === null) out.push(`${rel}:${m.line}:${m.column} ${m.ruleId} ${m.severity === 2 ? 'error' : 'warn'} ${m.message}`);
  }
  return out;
}
