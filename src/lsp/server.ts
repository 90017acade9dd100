import {dirname, sep} from 'node:path';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import {TextDocument} from 'vscode-languageserver-textdocument';
import {defaultExtensions} from '../defaults.js';
import {FolderLinter} from './linter.js';
import {codeActions, addWordCommand} from './code-actions.js';
import {completeFragment, completePath, defineLink, hoverLink, type SiteView} from './navigation.js';
import {addWordFor} from './words.js';
import {pathOf} from './uris.js';
import {forgetSpellers} from '../spelling/speller.js';

/** Debounce of lints while typing, in ms (POSTLINT_LSP_DEBOUNCE overrides it, for tests and benchmarks). */
const debounce = Number(process.env['POSTLINT_LSP_DEBOUNCE'] ?? 200);

/** Files whose change on disk can change findings: content, config files, words lists. */
const watched = [
  `**/*.{${defaultExtensions.map((ext) => ext.slice(1)).join(',')}}`,
  '**/{.postlintrc,.postlintrc.json,.postlintrc.yaml,.postlintrc.yml,postlint.config.js,postlint.config.mjs,package.json}',
  '**/.postlint/words.txt',
];

/** Only files are linted: an untitled buffer has no folder, no site and no config to lint it with. */
function onDisk(uri: string): boolean {
  return uri.startsWith('file:');
}

/** The language server: diagnostics, quick fixes, fragment completion, hover and definition for Markdown. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linters: FolderLinter[] = [];
  let folders: string[] = [];
  let dynamicWatch = false;
  let workDoneProgress = false;

  const hooks = {
    publish: (uri: string, version: number, diagnostics: Parameters<Connection['sendDiagnostics']>[0]['diagnostics']) => {
      // Only for a document still open: a closed one keeps no diagnostics.
      if (documents.get(uri)) void connection.sendDiagnostics({uri, version, diagnostics});
    },
    log: (line: string) => connection.console.log(line),
  };

  /** The linter of the workspace folder holding a file (the innermost), or of the file's own folder. */
  const linterFor = (path: string): FolderLinter => {
    const existing = linters.filter((linter) => linter.owns(path)).sort((a, b) => b.root.length - a.root.length)[0];
    if (existing) return existing;
    const folder = folders.filter((each) => path === each || path.startsWith(each.endsWith(sep) ? each : each + sep)).sort((a, b) => b.length - a.length)[0];
    const linter = new FolderLinter(folder ?? dirname(path), () => documents.all(), hooks, debounce, folder !== undefined);
    linters.push(linter);
    return linter;
  };

  const viewFor = async (uri: string): Promise<{view: SiteView; path: string; document: TextDocument} | undefined> => {
    const document = documents.get(uri);
    if (!document || !onDisk(uri)) return undefined;
    const path = pathOf(uri);
    const linter = linterFor(path);
    await linter.idle();
    const state = linter.state;
    if (!state) return undefined;
    return {view: {index: state.index, config: state.result.settings.config, cwd: linter.root}, path, document};
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const workspace = params.workspaceFolders?.map((folder) => pathOf(folder.uri)) ?? (params.rootUri ? [pathOf(params.rootUri)] : []);
    folders = workspace;
    dynamicWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    workDoneProgress = params.capabilities.window?.workDoneProgress === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        executeCommandProvider: {commands: [addWordCommand]},
        completionProvider: {triggerCharacters: ['#', '(', '/']},
        hoverProvider: true,
        definitionProvider: true,
      },
      serverInfo: {name: 'postlint-language-server'},
    };
  });

  connection.onInitialized(() => {
    // The workspace's sites are indexed in the background, with progress when the client shows it.
    void (async () => {
      for (const folder of folders) {
        const progress = workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
        progress?.begin('postlint', undefined, `indexing ${folder}`);
        const linter = linterFor(folder);
        linter.warm();
        await linter.idle();
        progress?.done();
      }
    })();
    if (dynamicWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: watched.map((globPattern) => ({globPattern}))}).catch((error: unknown) => connection.console.error(`postlint: could not watch files: ${String(error)}`));
    }
  });

  documents.onDidOpen(({document}) => {
    if (onDisk(document.uri)) linterFor(pathOf(document.uri)).schedule();
  });
  documents.onDidChangeContent(({document}) => {
    if (onDisk(document.uri)) linterFor(pathOf(document.uri)).schedule();
  });
  documents.onDidClose(({document}) => {
    if (!onDisk(document.uri)) return;
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []});
    // The other open documents no longer see its unsaved text.
    linterFor(pathOf(document.uri)).schedule();
  });

  connection.onDidChangeWatchedFiles(({changes}) => {
    // A words list read once by the spellers is read again.
    if (changes.some((change) => change.uri.endsWith('/.postlint/words.txt'))) forgetSpellers();
    // Every open document is linted again against the files now on disk: links into a changed file are re-checked.
    for (const linter of linters) linter.schedule();
  });

  connection.onCodeAction(({textDocument, context}) => {
    const document = documents.get(textDocument.uri);
    return document ? codeActions(document, context.diagnostics) : [];
  });

  connection.onExecuteCommand(async ({command, arguments: args}) => {
    if (command !== addWordCommand) return;
    const [uri, word] = args ?? [];
    if (typeof uri !== 'string' || typeof word !== 'string') return;
    const linter = linterFor(pathOf(uri));
    await linter.idle();
    if (!linter.state) return;
    try {
      const file = await addWordFor(pathOf(uri), word, linter.state.result.settings);
      connection.console.log(`postlint: added "${word}" to ${file}`);
    } catch (error) {
      void connection.window.showErrorMessage(`postlint: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const each of linters) each.schedule();
  });

  connection.onCompletion(async ({textDocument, position}) => {
    const found = await viewFor(textDocument.uri);
    if (!found) return [];
    const fragments = completeFragment(found.view, found.path, found.document, position);
    return fragments.length > 0 ? fragments : completePath(found.view, found.path, found.document, position);
  });
  connection.onHover(async ({textDocument, position}) => {
    const found = await viewFor(textDocument.uri);
    return found ? hoverLink(found.view, found.path, position) ?? null : null;
  });
  connection.onDefinition(async ({textDocument, position}) => {
    const found = await viewFor(textDocument.uri);
    return found ? defineLink(found.view, found.path, position) ?? null : null;
  });

  connection.onShutdown(() => {
    for (const linter of linters) linter.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
