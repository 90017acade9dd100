// A real LSP client (vscode-languageserver-protocol over stdio) driving the built server as a subprocess.
import {spawn} from 'node:child_process';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node.js';
import {repoRoot} from './helpers.mjs';

export const serverPath = join(repoRoot, 'dist', 'bin', 'language-server.js');

export const uri = (path) => pathToFileURL(path).href;

/**
 * Start the server on `root` (a workspace folder). Diagnostics notifications are kept in order;
 * `diagnostics(uri, accept)` waits (bounded) for the next one of that document that `accept` takes.
 */
export async function startServer(root, {watchDynamically = true, debounce = '50'} = {}) {
  const child = spawn(process.execPath, [serverPath, '--stdio'], {env: {...process.env, POSTLINT_LSP_DEBOUNCE: debounce}, stdio: ['pipe', 'pipe', 'pipe']});
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({code, signal})));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = [];
  const waiters = new Set();
  const logs = [];
  const registrations = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    published.push(params);
    for (const waiter of waiters) waiter();
  });
  connection.onNotification('window/logMessage', (params) => logs.push(params.message));
  const progress = [];
  let progressEnded;
  const indexed = new Promise((resolve) => (progressEnded = resolve));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', (params) => {
    progress.push(params.value);
    if (params.value.kind === 'end') progressEnded();
  });
  connection.onRequest('client/registerCapability', (params) => {
    registrations.push(...params.registrations);
    return null;
  });
  connection.listen();
  const initialized = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri(root),
    workspaceFolders: [{uri: uri(root), name: 'site'}],
    capabilities: {
      workspace: {didChangeWatchedFiles: {dynamicRegistration: watchDynamically}},
      window: {workDoneProgress: true},
      textDocument: {publishDiagnostics: {versionSupport: true}, completion: {completionItem: {snippetSupport: false}}},
    },
  });
  await connection.sendNotification('initialized', {});

  let seen = 0;
  /** The next diagnostics of `docUri` (after those already taken) that `accept` takes; others are skipped. */
  function diagnostics(docUri, accept = () => true, timeout = 30_000) {
    return new Promise((resolve, reject) => {
      const check = () => {
        while (seen < published.length) {
          const params = published[seen++];
          if (params.uri === docUri && accept(params.diagnostics, params)) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(params.diagnostics);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no matching diagnostics for ${docUri} within ${timeout} ms; got ${JSON.stringify(published.slice(-3))}\nstderr: ${stderr}\nlog: ${logs.join('\n')}`));
      }, timeout);
      waiters.add(check);
      check();
    });
  }

  let version = 0;
  return {
    connection,
    initialized,
    registrations,
    logs,
    /** Every publishDiagnostics notification so far, in order. */
    published,
    progress,
    /** Resolves when the server ends its first progress report (the workspace indexed). */
    indexed,
    diagnostics,
    open: (docUri, text) => connection.sendNotification('textDocument/didOpen', {textDocument: {uri: docUri, languageId: 'markdown', version: ++version, text}}),
    /** Replace the whole text (a full-document change). */
    change: (docUri, text) => connection.sendNotification('textDocument/didChange', {textDocument: {uri: docUri, version: ++version}, contentChanges: [{text}]}),
    /** textDocument/didSave (the text is what was sent last; write the file too when the test needs it on disk). */
    save: (docUri) => connection.sendNotification('textDocument/didSave', {textDocument: {uri: docUri}}),
    request: (method, params) => connection.sendRequest(method, params),
    notify: (method, params) => connection.sendNotification(method, params),
    /** shutdown, exit; resolves with the process's exit code and signal. */
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      let timer;
      const result = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve({timedOut: true}), 10_000)))]);
      clearTimeout(timer);
      if ('timedOut' in result) child.kill();
      connection.dispose();
      return result;
    },
    pid: child.pid,
    kill: () => child.kill(),
    stderr: () => stderr,
  };
}
