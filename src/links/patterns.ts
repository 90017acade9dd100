import {UsageError} from '../errors.js';

/** A URL pattern from the config: "/regex/", a string with * wildcards matched against the whole URL, or a prefix. */
export interface UrlPattern {
  source: string;
  test: (url: string) => boolean;
}

export function compilePattern(source: string): UrlPattern {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(source);
  if (regex) {
    let compiled: RegExp;
    try {
      compiled = new RegExp(regex[1]!, regex[2]!.replace(/[gy]/g, ''));
    } catch (error) {
      throw new UsageError(`links: pattern ${source} is not a valid regular expression: ${(error as Error).message}`);
    }
    return {source, test: (url) => compiled.test(url)};
  }
  if (source.includes('*')) {
    const compiled = new RegExp(`^${source.split('*').map(escapeRegExp).join('.*')}$`, 'i');
    return {source, test: (url) => compiled.test(url)};
  }
  const prefix = source.toLowerCase();
  return {source, test: (url) => url.toLowerCase().startsWith(prefix)};
}

/** `text` matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
