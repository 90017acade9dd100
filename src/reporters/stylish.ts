import {reporter as vfileReporter} from 'vfile-reporter';
import type {Reporter} from './types.js';

/** vfile-reporter's familiar output; files with nothing to say are left out. */
export const stylish: Reporter = (files, context) => {
  const withMessages = files.filter((file) => file.messages.length > 0);
  if (withMessages.length === 0) return '';
  return vfileReporter(withMessages, {color: context.color, quiet: true}) + '\n';
};
