import {join} from 'node:path';
import {parse as parseToml} from 'smol-toml';
import {readSmallFileIfAny} from '../read-text.js';

/**
 * A folder's `netlify.toml` as an object: undefined when absent, refused or not valid TOML. Its
 * redirects (hosting-redirects.ts), build command (build-scripts.ts) and base/publish folders
 * (project-top.ts) are read from this one reading.
 */
export function readNetlifyToml(dir: string): Record<string, unknown> | undefined {
  const text = readSmallFileIfAny(join(dir, 'netlify.toml'));
  if (text === undefined) return undefined;
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
