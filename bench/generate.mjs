#!/usr/bin/env node
// Seeded generator of a Hugo-style blog corpus for benchmarks:
//   node bench/generate.mjs --posts N --seed S --out DIR
// Each post: YAML front matter, 5–15 headings, ~1,000 words of prose, lists, tables, code,
// images, in-page and cross-file anchor links. Some defects are planted on purpose (about one
// post in twenty each): a link to a heading that does not exist, a link to a missing post, an
// empty section, a misspelled word, a draft. Same seed and size, same bytes.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';

const words = `
application approach architecture argument background behavior benchmark browser buffer build cache
change channel check client code collection command compiler component configuration connection
container context control data database debugger default dependency deployment design detail developer
difference directory document domain driver editor element engine environment error event example
exception experience feature field file format framework function garden handler header history host
image implementation index input instance interface issue item kernel key language layer library limit
line list loop machine manager memory message method model module network number object option order
output package page parameter path pattern performance platform pointer policy process program project
property protocol query queue reader record reference release request resource response result runtime
schema script section server service session setting signal source space stack state statement storage
stream string structure support system table task template test thread time token tool transaction tree
type update user value variable version view window worker
`.trim().split(/\s+/);
const adjectives = `
simple small large quick slow careful clear common complete complex concrete current direct early easy
empty entire final first full general good great important initial internal large late local main
modern natural necessary new normal obvious old open other particular plain possible practical private
public ready real recent safe separate serious short single special stable standard strong strange
strict sudden useful usual various visible whole wide
`.trim().split(/\s+/);
const verbs = `
accept add allow apply build call change check choose collect compare contain create define depend
describe detect enable explain extend find finish follow handle help hide include keep learn leave load
make measure move need notice open parse pass prefer prepare print protect read reduce remove repeat
replace report return run save send share show skip sort split start stop store take test track
translate try turn update use wait watch write
`.trim().split(/\s+/);
const glue = `the a this that every each our your their its some most many few`.split(' ');
const joiners = `and but so because while when although since unless until`.split(' ');
const preps = `in on with for from into over under through after before between about without`.split(' ');
const misspellings = ['recieve', 'seperate', 'occured', 'definately', 'accomodate', 'goverment', 'wich', 'becuase'];
const languages = ['js', 'python', 'go', 'rust', 'bash', 'toml'];

export function rng(seed) {
  // mulberry32: tiny, seedable, good enough for fake prose.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate({posts, seed = 1, out}) {
  const random = rng(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const third = (verb) => (/(s|sh|ch|x)$/.test(verb) ? verb + 'es' : /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ies' : verb + 's');

  const sentence = () => {
    const parts = [pick(glue), pick(adjectives), pick(words), third(pick(verbs)), pick(glue), pick(words), pick(preps), pick(glue), pick(adjectives), pick(words)];
    if (chance(0.5)) parts.push(pick(joiners), pick(glue), pick(words), third(pick(verbs)), pick(preps), pick(glue), pick(words));
    return cap(parts.join(' ')) + '.';
  };
  const paragraph = (n) => Array.from({length: n}, sentence).join(' ');

  rmSync(out, {recursive: true, force: true});
  mkdirSync(join(out, 'content', 'posts'), {recursive: true});
  mkdirSync(join(out, 'static', 'images'), {recursive: true});
  writeFileSync(join(out, 'hugo.toml'), `baseURL = "https://example.org/"\ntitle = "Generated benchmark blog"\nlanguageCode = "en-us"\n`);
  for (let i = 0; i < 20; i++) writeFileSync(join(out, 'static', 'images', `figure-${i}.png`), 'not really a png\n');

  // Titles and headings first, so that posts can link to each other's headings.
  const plans = [];
  for (let p = 0; p < posts; p++) {
    const slug = `post-${String(p + 1).padStart(5, '0')}`;
    const used = new Set();
    const headings = [];
    const count = int(5, 15);
    while (headings.length < count) {
      const text = cap(`${pick(adjectives)} ${pick(words)} ${pick(words)}`);
      const id = text.toLowerCase().replaceAll(' ', '-');
      if (used.has(id)) continue;
      used.add(id);
      headings.push({text, id, depth: headings.length === 0 || chance(0.6) ? 2 : 3});
    }
    plans.push({slug, title: cap(`${pick(adjectives)} ${pick(words)} for ${pick(words)} ${third(pick(words))}`), headings});
  }

  for (const [p, plan] of plans.entries()) {
    const lines = [];
    const day = new Date(Date.UTC(2019, 0, 1) + p * 86_400_000 / 3);
    const draft = chance(0.05);
    lines.push('---', `title: "${plan.title}"`, `date: ${day.toISOString().slice(0, 10)}`, `draft: ${draft}`,
      `tags: [${pick(words)}, ${pick(words)}]`, `categories: ["${pick(words)}"]`, `description: "${sentence()}"`, '---', '');
    lines.push(paragraph(int(3, 5)), '');
    const emptyAt = chance(0.05) ? int(1, plan.headings.length - 1) : -1;
    // ~1,000 words spread over the sections.
    const sectionWords = Math.floor(620 / plan.headings.length);
    for (const [h, heading] of plan.headings.entries()) {
      lines.push(`${'#'.repeat(heading.depth)} ${heading.text}`, '');
      if (h === emptyAt) continue;
      let written = 0;
      while (written < sectionWords) {
        const roll = random();
        if (roll < 0.55) {
          let text = paragraph(int(2, 4));
          if (chance(0.3)) {
            const target = pick(plan.headings);
            text += ` See [${target.text.toLowerCase()}](#${target.id}) for more.`;
          }
          if (chance(0.25) && plans.length > 1) {
            const other = plans[int(0, plans.length - 1)];
            const target = pick(other.headings);
            text += ` The post on [${other.title.toLowerCase()}](${other.slug}.md#${target.id}) ${third(pick(verbs))} this.`;
          }
          if (chance(0.1)) text += ` Read the [${pick(words)} guide](https://example.org/${pick(words)}/${pick(words)}).`;
          if (chance(0.02)) text += ` It ${third(pick(verbs))} ${pick(misspellings)} ${third(pick(words))}.`;
          lines.push(text, '');
          written += text.split(' ').length;
        } else if (roll < 0.7) {
          const items = int(3, 6);
          for (let i = 0; i < items; i++) lines.push(`- **${cap(pick(words))}**: ${sentence()}`);
          lines.push('');
          written += items * 12;
        } else if (roll < 0.8) {
          lines.push('```' + pick(languages));
          for (let i = int(3, 10); i > 0; i--) lines.push(`${pick(verbs)}_${pick(words)}(${pick(words)}, ${int(0, 99)})`);
          lines.push('```', '');
          written += 10;
        } else if (roll < 0.88) {
          lines.push(`| ${cap(pick(words))} | ${cap(pick(words))} | Notes |`, '| --- | ---: | --- |');
          for (let i = int(2, 5); i > 0; i--) lines.push(`| ${pick(words)} | ${int(1, 999)} | ${pick(adjectives)} ${pick(words)} |`);
          lines.push('');
          written += 20;
        } else if (roll < 0.94) {
          lines.push(`![${pick(adjectives)} ${pick(words)} diagram](/images/figure-${int(0, 19)}.png)`, '');
          written += 4;
        } else {
          lines.push(`> ${sentence()} ${sentence()}`, '');
          written += 25;
        }
      }
    }
    // Planted cross-file defects.
    if (chance(0.05)) lines.push(`A link to [a missing heading](#${plan.headings[0].id}-typo).`, '');
    if (chance(0.05)) lines.push(`A link to [a missing post](post-99999-gone.md).`, '');
    if (chance(0.05) && plans.length > 1) {
      const other = plans[int(0, plans.length - 1)];
      lines.push(`A link to [a renamed section](${other.slug}.md#${other.headings[0].id}-old).`, '');
    }
    writeFileSync(join(out, 'content', 'posts', `${plan.slug}.md`), lines.join('\n'));
  }
  return plans.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values} = parseArgs({options: {posts: {type: 'string', default: '100'}, seed: {type: 'string', default: '1'}, out: {type: 'string'}}});
  if (!values.out) {
    process.stderr.write('usage: node bench/generate.mjs --posts N --seed S --out DIR\n');
    process.exit(2);
  }
  const n = generate({posts: Number(values.posts), seed: Number(values.seed), out: values.out});
  process.stdout.write(`wrote ${n} posts to ${values.out}\n`);
}
