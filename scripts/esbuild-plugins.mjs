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

/** The handler call of mdast-util-from-markdown 2.x's compile loop: a new context object per micromark event. */
const handlerCall = /handler\[events\[index\]\[1\]\.type\]\.call\(\{\n\s*\.\.\.context,\n\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\n\s*\}, events\[index\]\[1\]\);/;
const compileLoopStart = /\n(\s*)index = -1;\n(\s*)while \(\+\+index < events\.length\) \{\n(\s*)const handler = config\[events\[index\]\[0\]\];/;

/**
 * mdast-util-from-markdown 2.x copies its compile context into a new object for every event it
 * hands to a handler (`{...context, sliceSerialize}`): one short-lived object for each of the thousands of
 * events of a post. The handlers (its own, GFM's and front matter's) read `this` during the call only and never
 * set a property on it, so one object whose `sliceSerialize` is set before each call is the same to
 * them; so do those of the other mdast-util packages a remark-lint preset may add (checked: none
 * sets or keeps `this`).
 */
export function reuseCompileContext(source) {
  if (!handlerCall.test(source) || !compileLoopStart.test(source)) throw new Error('mdast-util-from-markdown: the compile loop was not found (a new version?); update scripts/esbuild-plugins.mjs');
  return source
    .replace(compileLoopStart, (loop, a) => `\n${a}const handlerContext = {...context, sliceSerialize: undefined};${loop}`)
    .replace(/\n\s*\/\/ Note: spread first, V8 has optimizations for object shape cloning\./, '')
    .replace(handlerCall, 'handlerContext.sliceSerialize = events[index][2].sliceSerialize;\n        handler[events[index][1].type].call(handlerContext, events[index][1]);');
}

export const reusedCompileContext = {
  name: 'postlint-reused-compile-context',
  setup(build) {
    build.onLoad({filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/}, async (args) => ({
      contents: reuseCompileContext(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
