import type {Reporter} from './types.js';

export const formats = ['stylish', 'compact', 'json', 'github', 'sarif', 'junit', 'markdown'] as const;
export type Format = (typeof formats)[number];

/** Reporters load on demand: a run pays only for the format it prints. */
export async function loadReporter(format: Format): Promise<Reporter> {
  switch (format) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'compact':
      return (await import('./compact.js')).compact;
    case 'junit':
      return (await import('./junit.js')).junit;
    case 'json':
      return (await import('./json.js')).json;
    case 'github':
      return (await import('./github.js')).github;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
  }
}
