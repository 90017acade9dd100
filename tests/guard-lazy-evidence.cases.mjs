// The model guard tries a failure's other readings only when its group passes the count thresholds
// (issue 22: trying them for every failure was a tenth of the guard's first pass, on one core after
// the workers end). What it decides must be what it decided with every failure's readings worked out first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {decide, minFailures} from '../dist/src/site/guard.js';

const range = (n) => Array.from({length: n}, (_, i) => i);

/** A group's samples: `failing` failures of `targets` different targets among `total`, each failure with `readings`. */
function group(name, {total, failing, targets = failing, readings}) {
  return range(total).map((i) => ({group: name, failed: i < failing, target: `t${i % targets}.md`, ...(i < failing ? {explained: readings(i)} : {})}));
}

/** The same samples with each failure's readings behind a function, counting the calls. */
function lazy(samples) {
  const asked = new Map();
  const out = samples.map(({explained, ...sample}) => (explained === undefined ? sample : {...sample, explain: () => (asked.set(sample.group, (asked.get(sample.group) ?? 0) + 1), explained)}));
  return {samples: out, asked};
}

const site = '/site';

test('a group that fails wholesale with evidence is withheld alike, its readings asked once a failure', () => {
  const samples = [
    ...group('link|relative|md', {total: 14, failing: 12, readings: () => ['page-folder']}),
    // Scattered failures among many successes: under the thresholds, never asked.
    ...group('link|root|none', {total: 100, failing: 5, readings: () => ['content-root']}),
    // Enough failures but one target (one renamed page): never asked.
    ...group('image|relative|file', {total: 12, failing: 12, targets: 1, readings: () => ['extension']}),
  ];
  const eager = decide(site, 'links', samples, '/site/hugo.toml');
  const {samples: deferred, asked} = lazy(samples);
  assert.deepEqual(decide(site, 'links', deferred, '/site/hugo.toml'), eager);
  assert.deepEqual(eager.map((found) => found.group), ['link|relative|md']);
  assert.deepEqual([...asked], [['link|relative|md', 12]]);
});

test('tied sluggers and a group whose readings explain too few are decided alike', () => {
  const samples = [
    ...group('fragment|relative|md', {total: minFailures, failing: minFailures, readings: (i) => (i % 2 === 0 ? ['flavor:github', 'flavor:kramdown'] : ['flavor:kramdown', 'flavor:github'])}),
    ...group('fragment|same-page', {total: 20, failing: 20, readings: (i) => (i < 9 ? ['flavor:mkdocs'] : [])}),
  ];
  const eager = decide(site, 'anchors', samples, undefined);
  const {samples: deferred, asked} = lazy(samples);
  assert.deepEqual(decide(site, 'anchors', deferred, undefined), eager);
  assert.equal(eager.length, 1);
  assert.match(eager[0].because, /2 other sluggers .*\(github and kramdown alike\)/);
  assert.deepEqual([...asked].sort(), [['fragment|relative|md', minFailures], ['fragment|same-page', 20]]);
});

test('a group whose shape is its evidence asks no reading', () => {
  const samples = group('fragment-form|foreign', {total: 12, failing: 12, readings: () => ['flavor:github']});
  const {samples: deferred, asked} = lazy(samples);
  assert.deepEqual(decide(site, 'anchors', deferred, undefined, true), decide(site, 'anchors', samples, undefined, true));
  assert.equal(asked.size, 0);
});
