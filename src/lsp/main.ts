// postlint-language-server: the Language Server Protocol over stdio (`--stdio`, the only transport).
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js';
import {version} from '../version.js';
import {startServer} from './server.js';

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${version}\n`);
} else if (args.includes('--help') || !args.includes('--stdio')) {
  const help = 'Usage: postlint-language-server --stdio\n\nThe postlint language server, speaking LSP over stdin and stdout.\n';
  if (args.includes('--help')) process.stdout.write(help);
  else {
    process.stderr.write(help);
    process.exitCode = 2;
  }
} else {
  // Whatever a rule prints must not corrupt the protocol on stdout.
  console.log = console.error;
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // A crash in one request is an error message, never a dead server.
  process.on('uncaughtException', (error) => connection.console.error(`postlint: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (error) => connection.console.error(`postlint: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  startServer(connection);
}
