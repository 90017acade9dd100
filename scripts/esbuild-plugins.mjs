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

/** The merged replacements of @sindresorhus/transliterate 1.x, a new Map of ~1,900 entries on every call. */
const mergedReplacements = /const customReplacements = new Map\(\[\n\s*\.\.\.builtinReplacements,\n\s*\.\.\.options\.customReplacements\n\s*\]\);/;
/** The loop after skipAbsentReplacements, and the import the prepared replacements are made from. */
const skippingLoop = /for \(const \[key, value\] of replacements\) \{\n(\s*)if \(!string\.includes\(key\)\) continue;\n/;
const builtinImport = /import builtinReplacements from '\.\/replacements\.js';\n/;

/**
 * What @sindresorhus/transliterate 1.x still did per call after skipAbsentReplacements: merge its ~1,900
 * built-in replacements with the caller's into a new Map (@sindresorhus/slugify passes its three own
 * every time) and test each key against the string. The merge is now made once per set of custom
 * replacements (strings only; a key of their JSON), as an array in the Map's order; and for a string of
 * ASCII only, the loop starts at the first key of ASCII only: every key before it holds a character the
 * string does not, so the string is the same when it gets there (no built-in key is ASCII: the loop then
 * runs over the custom ones only). Same replacements, same order, same result.
 */
export function preparedReplacements(source) {
  if (!mergedReplacements.test(source) || !skippingLoop.test(source) || !builtinImport.test(source)) throw new Error('@sindresorhus/transliterate: the merged replacements or their loop were not found (a new version?); update scripts/esbuild-plugins.mjs');
  const prepare = `
// postlint (scripts/esbuild-plugins.mjs): the merged replacements, made once per set of custom ones.
const postlintAsciiOnly = /^[\\x00-\\x7f]*$/;
const postlintPrepared = new Map();
const postlintPrepare = (custom) => {
	const customEntries = [...custom];
	const cacheable = customEntries.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string');
	const cacheKey = cacheable ? JSON.stringify(customEntries.map((entry) => [entry[0], entry[1]])) : undefined;
	const cached = cacheKey === undefined ? undefined : postlintPrepared.get(cacheKey);
	if (cached) return cached;
	const entries = [...new Map([...builtinReplacements, ...customEntries])];
	const firstAscii = cacheable ? entries.findIndex(([key]) => postlintAsciiOnly.test(key)) : 0;
	const prepared = {entries, asciiFrom: firstAscii === -1 ? entries.length : firstAscii};
	if (cacheKey !== undefined) {
		if (postlintPrepared.size >= 16) postlintPrepared.clear();
		postlintPrepared.set(cacheKey, prepared);
	}
	return prepared;
};
`;
  return source
    .replace(builtinImport, (line) => line + prepare)
    .replace(mergedReplacements, 'const customReplacements = postlintPrepare(options.customReplacements);')
    .replace(skippingLoop, (_loop, indent) => `const {entries, asciiFrom} = replacements;\n${indent.slice(1)}for (let index = postlintAsciiOnly.test(string) ? asciiFrom : 0; index < entries.length; index++) {\n${indent}const [key, value] = entries[index];\n${indent}if (!string.includes(key)) continue;\n`);
}

export const fastTransliterate = {
  name: 'postlint-fast-transliterate',
  setup(build) {
    build.onLoad({filter: /[\\/]@sindresorhus[\\/]transliterate[\\/]index\.js$/}, async (args) => ({
      contents: preparedReplacements(skipAbsentReplacements(await readFile(args.path, 'utf8'))),
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
