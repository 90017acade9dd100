import {dirname, join, resolve} from 'node:path';
import {siteFor} from '../site/detect.js';
import {addWords} from '../spelling/workflow.js';
import {forgetSpellers, wordsFile} from '../spelling/speller.js';
import type {RunSettings} from '../settings.js';

/**
 * "Add to the words list": the word goes to the `.postlint/words.txt` the spelling rule reads for
 * this file (its site's root, else the config's `root`, else the config's folder), as
 * `--add-words` writes it; the spellers are rebuilt on the next lint.
 */
export async function addWordFor(path: string, word: string, settings: RunSettings): Promise<string> {
  const site = await siteFor(dirname(path));
  const root = site?.root ?? (settings.config.root ? resolve(settings.configDir, settings.config.root) : settings.configDir);
  const file = join(root, wordsFile);
  addWords([{word, count: 1, wordsFile: file}]);
  forgetSpellers();
  return file;
}
