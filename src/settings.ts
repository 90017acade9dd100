import type {PostlintConfig} from './config.js';

/** What a whole run knows besides the files: the clock, the network switch, the config. */
export interface RunSettings {
  cwd: string;
  now: Date;
  offline: boolean;
  verbose: boolean;
  useCache: boolean;
  /** --no-cache was given: bypass every cache, also those on by default (the link cache). */
  noCache: boolean;
  config: PostlintConfig;
  /** Directory that config-relative paths (ignore, overrides, cache) are relative to. */
  configDir: string;
  /** Rules whose fixes are made only on request (--fix-type spelling). */
  fixTypes?: string[];
  /** Diagnostics for --verbose; never findings. */
  log: (line: string) => void;
}
