// A thin client: it starts postlint-language-server (the workspace's postlint when it has one,
// so that the rules match its CLI) and lets vscode-languageclient do the rest.
const {existsSync} = require('node:fs');
const {dirname, join} = require('node:path');
const vscode = require('vscode');
const {LanguageClient, TransportKind} = require('vscode-languageclient/node');

let client;

function serverModule() {
  const configured = vscode.workspace.getConfiguration('postlint').get('serverPath');
  if (configured) return configured;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', 'postlint', 'dist', 'bin', 'language-server.js');
    if (existsSync(local)) return local;
  }
  return join(dirname(require.resolve('postlint/package.json')), 'dist', 'bin', 'language-server.js');
}

function activate(context) {
  const module = serverModule();
  // With the stdio transport the client adds `--stdio` to the server's arguments.
  const run = {module, transport: TransportKind.stdio};
  client = new LanguageClient('postlint', 'postlint', {run, debug: run}, {
    documentSelector: [
      {scheme: 'file', language: 'markdown'},
      {scheme: 'file', language: 'mdx'},
    ],
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = {activate, deactivate};
