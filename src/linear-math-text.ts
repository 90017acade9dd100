/**
 * micromark-extension-math's inline math (`$$…$$`) as it reads it, in linear time. Its tokenizer
 * looks for a closing run of the opening's length up to the end of the paragraph and gives up only
 * there, so a paragraph of `$` runs of many lengths that close nowhere (`$$a$$$a$$$$a…`) costs
 * runs × length (bench/README.md, "Inline math"). Before each attempt the closing is looked up in
 * an index of the text's `$` runs (the closing is the first run of exactly the opening's length
 * after it: the tokenizer reads nothing else inside math): with none after it, or none before the
 * end of the paragraph an earlier attempt scanned to and failed at, the attempt fails at once, as
 * the scan would. Each paragraph is then scanned by one failing attempt at most, and by the spans
 * that close, which do not overlap. Outside a parse that knows its text (parse-text.ts), or where
 * the offsets are not the text's, the tokenizer runs as it is.
 */

import {math} from 'micromark-extension-math';
import {codes} from 'micromark-util-symbol';
import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types';
import {perParse} from './parse-text.js';

interface DollarRuns {
  text: string;
  /** Start offsets of the maximal runs of `$`, by length, in order. */
  starts: Map<number, number[]>;
  /** The last attempt that reached the end of its paragraph: where it started, where the paragraph ends. */
  failed?: {from: number; end: number};
}

function dollarRuns(text: string): DollarRuns {
  const starts = new Map<number, number[]>();
  for (let at = text.indexOf('$'); at !== -1; ) {
    let end = at + 1;
    while (text.charCodeAt(end) === codes.dollarSign) end++;
    const list = starts.get(end - at);
    if (list) list.push(at);
    else starts.set(end - at, [at]);
    at = text.indexOf('$', end);
  }
  return {text, starts};
}

/** The first of the sorted `starts` at or after `from`. */
function firstFrom(starts: number[] | undefined, from: number): number | undefined {
  if (!starts) return undefined;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return starts[low];
}

/** Whether the math an opening at `at` starts can be known to close nowhere without scanning. */
function closesNowhere(runs: DollarRuns, at: number, single: boolean): boolean {
  if (runs.text.charCodeAt(at) !== codes.dollarSign) return false;
  let size = 1;
  while (runs.text.charCodeAt(at + size) === codes.dollarSign) size++;
  if (size < 2 && !single) return false; // the tokenizer refuses it itself
  const close = firstFrom(runs.starts.get(size), at + size);
  if (close === undefined) return true;
  const failed = runs.failed;
  return failed !== undefined && failed.from < at && at < failed.end && close >= failed.end;
}

/** micromark-extension-math's text construct, with the look-up before it (see the module comment). */
export function linearMathText(options: {singleDollar: boolean}): Construct {
  const original = math({singleDollarTextMath: options.singleDollar}).text![codes.dollarSign] as Construct;
  return {
    ...original,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      const self = this;
      const runs = perParse(dollarRuns);
      let from = -1;
      const failed: State = (code: Code) => {
        if (code === codes.eof && runs) runs.failed = {from, end: self.now().offset};
        return nok(code);
      };
      const inner = original.tokenize.call(self, effects, ok, failed);
      return (code) => {
        from = self.now().offset;
        if (runs && closesNowhere(runs, from, options.singleDollar)) return nok(code);
        return inner(code);
      };
    },
  };
}
