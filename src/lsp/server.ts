import {dirname} from 'node:path';
import {isBelow} from '../paths.js';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import {TextDocument} from 'vscode-languageserver-textdocument';
import {basename, extname} from 'node:path';
import {defaultExtensions} from '../defaults.js';
import {searchPlaces} from '../config-files.js';
import {workerThreshold} from '../workers.js';
import {forgetSites, siteFor} from '../site/detect.js';
import {forgetProjectFiles, isProjectFile} from '../site/project-files.js';
import type {DiskChange} from '../incremental.js';
import {FolderLinter} from './linter.js';
import {codeActions, addWordCommand} from './code-actions.js';
import {completeFragment, completePath, completeSyntaxPath, defineLink, hoverLink, type SiteView} from './navigation.js';
import {addWordFor} from './words.js';
import {pathOf} from './uris.js';
import {forgetSpellers, spellerReads} from '../spelling/speller.js';
import {sideReads} from '../side-reads.js';

/** Debounce of lints while typing, in ms (POSTLINT_LSP_DEBOUNCE overrides it, for tests and benchmarks). */
const debounce = Number(process.env['POSTLINT_LSP_DEBOUNCE'] ?? 200);

/**
 * Files whose change on disk can change findings: content, postlint's config files, words lists,
 * and the files a generator config can be (which ones is for site detection to say, so every
 * config-like extension is watched; the others are ignored when they arrive).
 */
const contentExtensions = new Set(defaultExtensions.map((ext) => ext.toLowerCase()));
const watched = [
  `**/*.{${defaultExtensions.map((ext) => ext.slice(1)).join(',')}}`,
  `**/{${searchPlaces.join(',')}}`,
  '**/.postlint/words.txt',
  // The word files a cspell config names as its dictionaries, Vale's accept.txt: read by the spellers (spellerReads).
  '**/*.txt',
  '**/*.{toml,yaml,yml,json,jsonc,js,mjs,cjs,ts,mts}',
  // Host redirects (nginx configs and their templates too), ignore files and the shell scripts a build runs (src/site/project-files.ts).
  '**/{_redirects,.gitignore}',
  '**/*.conf',
  '**/*.conf.*',
  '**/*.sh',
];

/** The watcher's change types (1 created, 2 changed, 3 deleted) by name. */
const changeNames: Record<number, DiskChange> = {[FileChangeType.Created]: 'created', [FileChangeType.Changed]: 'changed', [FileChangeType.Deleted]: 'deleted'};

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
    /** Indexing (the first time, and again after a config change): progress, when the client shows it. */
    progress: async (message: string): Promise<() => void> => {
      const progress = workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
      progress?.begin('postlint', undefined, message);
      return () => progress?.done();
    },
  };

  /** The linter of the workspace folder holding a file (the innermost), or of the file's own folder. */
  const linterFor = (path: string): FolderLinter => {
    const existing = linters.filter((linter) => linter.owns(path)).sort((a, b) => b.root.length - a.root.length)[0];
    if (existing) return existing;
    const folder = folders.filter((each) => path === each || isBelow(path, each)).sort((a, b) => b.length - a.length)[0];
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
    return {view: {index: state.index, config: state.config, cwd: linter.root}, path, document};
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const workspace = params.workspaceFolders?.map((folder) => pathOf(folder.uri)) ?? (params.rootUri ? [pathOf(params.rootUri)] : []);
    folders = workspace;
    dynamicWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    workDoneProgress = params.capabilities.window?.workDoneProgress === true;
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        executeCommandProvider: {commands: [addWordCommand]},
        completionProvider: {triggerCharacters: ['#', '(', '/', '"']},
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
        const linter = linterFor(folder);
        linter.warm();
        await linter.idle();
      }
    })();
    if (dynamicWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: watched.map((globPattern) => ({globPattern}))}).catch((error: unknown) => connection.console.error(`postlint: could not watch files: ${String(error)}`));
    }
  });

  documents.onDidOpen(({document}) => {
    if (onDisk(document.uri)) linterFor(pathOf(document.uri)).edit(pathOf(document.uri));
  });
  documents.onDidChangeContent(({document}) => {
    if (onDisk(document.uri)) linterFor(pathOf(document.uri)).edit(pathOf(document.uri));
  });
  documents.onDidClose(({document}) => {
    if (!onDisk(document.uri)) return;
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []});
    // The other open documents no longer see its unsaved text: the file on disk is indexed again.
    linterFor(pathOf(document.uri)).close(pathOf(document.uri));
  });
  // External links are checked on save only: they need the network, and typing would flood it.
  documents.onDidSave(({document}) => {
    if (onDisk(document.uri)) void linterFor(pathOf(document.uri)).saved(pathOf(document.uri));
  });

  /** The generator config files of the sites the index knows, with their sites' roots. */
  const knownConfigs = (): Map<string, string> => {
    const configs = new Map<string, string>();
    const seen = new Set<object>();
    for (const linter of linters) {
      for (const site of linter.state?.index.sites.values() ?? []) {
        if (!site?.configFile || seen.has(site)) continue;
        seen.add(site);
        configs.set(site.configFile, site.root);
      }
    }
    return configs;
  };

  /** Is this the generator config of a site postlint knows, or one that detection finds now (a new `hugo.toml`)? */
  const isSiteConfig = async (path: string, change: DiskChange, configs: Map<string, string>): Promise<boolean> => {
    for (const [config, root] of configs) {
      // A config that is a folder (Hugo's `config/`): the files inside it.
      if (config === path || isBelow(path, config)) return true;
      // A config spread over a folder of its own (Hugo's `config/_default/`): its other data files too.
      if (dirname(config) !== root && dirname(path) === dirname(config) && /\.(toml|ya?ml|json)$/i.test(path)) return true;
    }
    if (change !== 'created') return false;
    forgetSites();
    return (await siteFor(dirname(path)))?.configFile === path;
  };

  // One batch of events at a time, in the order they came (deciding what a file is may wait on the disk).
  let watching: Promise<void> = Promise.resolve();
  connection.onDidChangeWatchedFiles((params) => {
    watching = watching.then(() => onWatched(params.changes)).catch((error: unknown) => connection.console.error(`postlint: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  });

  const onWatched = async (changes: Array<{uri: string; type: number}>): Promise<void> => {
    const content = new Map<FolderLinter, Array<{path: string; change: DiskChange}>>();
    const reload = new Set<FolderLinter>();
    let words = false;
    let projectFiles = false;
    const configs = knownConfigs();
    // The side files the site model read (an Eleventy data file, an Astro schema, a component): the pages read from them.
    const modelRead = new Set<string>();
    for (const [read] of sideReads()) modelRead.add(read);
    const readByModel = new Set<FolderLinter>();
    for (const {uri, type} of changes) {
      if (!onDisk(uri)) continue;
      const path = pathOf(uri);
      const change = changeNames[type] ?? 'changed';
      const owners = linters.filter((linter) => linter.owns(path));
      if ((basename(path) === 'words.txt' && basename(dirname(path)) === '.postlint') || spellerReads(path)) words = true;
      // A config file applies to its folder and below, and may be extended from anywhere: every folder reads it again.
      else if (searchPlaces.includes(basename(path))) for (const linter of linters) reload.add(linter);
      // A page is never a generator config: it is not sent through site detection.
      else if (contentExtensions.has(extname(path).toLowerCase())) {
        for (const linter of owners) content.set(linter, [...(content.get(linter) ?? []), {path, change}]);
      } else if (await isSiteConfig(path, change, configs)) for (const linter of linters) reload.add(linter);
      // A host's redirects or a build script: every folder's links are resolved again.
      else if (isProjectFile(path)) {
        projectFiles = true;
        for (const linter of linters) reload.add(linter);
      } else if (modelRead.has(path)) {
        for (const linter of linters) {
          reload.add(linter);
          readByModel.add(linter);
        }
      }
    }
    if (projectFiles) forgetProjectFiles();
    // A words list read once by the spellers is read again, and the open documents are checked again.
    if (words) {
      forgetSpellers();
      for (const linter of linters) if (!reload.has(linter)) linter.recheck();
    }
    for (const [linter, list] of content) {
      if (reload.has(linter)) continue;
      // Many files at once (a branch switched): a new index parses them in worker threads, where one at a time would take long.
      if (list.length >= workerThreshold) reload.add(linter);
      else linter.disk(list);
    }
    for (const linter of reload) linter.reload(readByModel.has(linter));
  };

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
      const file = await addWordFor(pathOf(uri), word, linter.state.settings);
      connection.console.log(`postlint: added "${word}" to ${file}`);
    } catch (error) {
      void connection.window.showErrorMessage(`postlint: ${error instanceof Error ? error.message : String(error)}`);
    }
    forgetSpellers();
    for (const each of linters) each.recheck();
  });

  connection.onCompletion(async ({textDocument, position}) => {
    const found = await viewFor(textDocument.uri);
    if (!found) return [];
    const fragments = completeFragment(found.view, found.path, found.document, position);
    if (fragments.length > 0) return fragments;
    const inSyntax = completeSyntaxPath(found.view, found.path, found.document, position);
    if (inSyntax) return {isIncomplete: inSyntax.incomplete, items: inSyntax.items};
    return completePath(found.view, found.path, found.document, position);
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
