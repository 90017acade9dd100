import {dirname, resolve} from 'node:path';
import {run, type RunOptions, type RunResult} from './engine.js';
import {siteFor} from './site/detect.js';

export interface LintTextOptions extends Omit<RunOptions, 'paths' | 'targets' | 'documents' | 'cwd'> {
  /** Where the text would be on disk (relative to `cwd`); it need not exist. */
  filePath: string;
  /** The directory config files and relative paths are resolved from (not the process's working directory). */
  cwd: string;
}

/**
 * Lint unsaved text as if it were on disk at `filePath`, inside its site: the rest of the site is
 * indexed too, so cross-file findings (links into it, links out of it) are included. The result
 * holds one file, the text's.
 */
export async function lintText(text: string, options: LintTextOptions): Promise<RunResult> {
  const {filePath, cwd, ...rest} = options;
  const path = resolve(cwd, filePath);
  const site = await siteFor(dirname(path));
  return run({...rest, cwd, paths: [site?.root ?? cwd], targets: [path], documents: [{path, text}]});
}
