import {reporter as vfileReporter} from 'vfile-reporter';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {Reporter} from './types.js';
import {visible} from './visible.js';

/** vfile-reporter's familiar output; files with nothing to say are left out. */
export const stylish: Reporter = (files, context) => {
  const withMessages = files.filter((file) => file.messages.length > 0);
  if (withMessages.length === 0) return '';
  return vfileReporter(withMessages.map(shown), {color: context.color, quiet: true}) + '\n';
};

/** A copy of the file whose name and messages show control characters as escapes (src/reporters/visible.ts). */
function shown(file: VFile): VFile {
  const copy = new VFile({path: visible(file.path), cwd: file.cwd});
  copy.messages = file.messages.map((message): VFileMessage => {
    const clone = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message);
    clone.reason = visible(message.reason);
    clone.message = visible(message.message);
    if (message.note) clone.note = visible(message.note);
    return clone;
  });
  return copy;
}
