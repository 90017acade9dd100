// esbuild plugins of the bundle (scripts/bundle.mjs). Each one changes how fast a dependency runs,
// never what it returns; tests/bundle-plugins.test.mjs checks that against the package itself.
import {readFile} from 'node:fs/promises';

/** The loop of @sindresorhus/transliterate 1.x that applies its replacements one by one. */
const replacementLoop = /for \(const \[key, value\] of replacements\) \{\n/;

/**
 * @sindresorhus/transliterate 1.x (what @sindresorhus/slugify 2.x, Eleventy's slugger, calls) builds
 * and runs a global RegExp for each of its ~1,900 replacements on every call: about a millisecond a
 * heading, which made the Eleventy slug flavor most of the model guard's time (it works out every
 * other flavor's ids of a page that a failing fragment link points to; bench/README.md). A
 * replacement whose key does not occur in the string leaves it unchanged, so it is skipped before
 * its RegExp is built: the same result, in the same order.
 */
export function skipAbsentReplacements(source) {
  if (!replacementLoop.test(source)) throw new Error('@sindresorhus/transliterate: the replacement loop was not found (a new version?); update scripts/esbuild-plugins.mjs');
  return source.replace(replacementLoop, (loop) => `${loop}\t\tif (!string.includes(key)) continue;\n`);
}

export const fastTransliterate = {
  name: 'postlint-fast-transliterate',
  setup(build) {
    build.onLoad({filter: /[\\/]@sindresorhus[\\/]transliterate[\\/]index\.js$/}, async (args) => ({
      contents: skipAbsentReplacements(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
