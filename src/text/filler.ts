/**
 * Filler text: the pseudo-Latin of "lorem ipsum" a designer sets where words will go (`Lorem ipsum
 * dolor sit amet, consectetur adipiscing elit…`), and its variants that mix it with other words
 * (Bootstrap's `Anim pariatur cliche reprehenderit, enim eiusmod high life…`). It is not prose in
 * any language: the placeholder rule owns it (a leftover, or a specimen page's content), and the
 * spelling rule does not read it as English. One detector for both.
 */
import {englishJoints} from './english-function-words.js';

/**
 * The words the lorem-ipsum generators draw from (the classic passage, Cicero's *de Finibus* as the
 * generators cut it, and the common generator vocabulary), less those that are also words of English
 * or of the languages docs are translated into (`in`, `a`, `non`, `sit`, `dolor`, `culpa`, `vero`,
 * `integer`): a passage of those says nothing.
 */
const loremWords: ReadonlySet<string> = new Set(
  (
    'lorem ipsum amet consectetur consectetuer adipiscing adipisicing elit eiusmod tempor incididunt labore dolore aliqua enim ' +
    'veniam quis nostrud exercitation ullamco laboris nisi aliquip commodo consequat duis aute irure reprehenderit voluptate ' +
    'velit cillum fugiat nulla pariatur excepteur sint occaecat cupidatat proident sunt officia deserunt mollit anim laborum ' +
    'accumsan aenean aliquam aliquet arcu auctor augue bibendum blandit condimentum congue convallis cras curabitur cursus ' +
    'dapibus diam dictumst dignissim donec efficitur egestas eget eleifend elementum erat eros etiam euismod facilisi ' +
    'facilisis faucibus felis fermentum feugiat finibus fringilla fusce gravida habitant habitasse hendrerit himenaeos ' +
    'iaculis imperdiet inceptos interdum lacinia lacus laoreet lectus libero ligula litora lobortis luctus maecenas magnis ' +
    'malesuada massa mattis mauris metus molestie mollis montes morbi nascetur natoque neque netus nibh nisl nostra nullam ' +
    'nunc odio orci ornare parturient pellentesque penatibus pharetra phasellus placerat platea porttitor posuere potenti ' +
    'praesent pretium primis proin pulvinar purus quam quisque rhoncus ridiculus risus rutrum sagittis sapien scelerisque ' +
    'senectus sociosqu sociis sodales sollicitudin suscipit suspendisse taciti tellus tempus tincidunt torquent tortor ' +
    'tristique turpis ullamcorper ultrices ultricies urna varius vehicula venenatis vestibulum vitae vivamus viverra volutpat ' +
    'vulputate accusamus accusantium assumenda autem beatae blanditiis consequatur consequuntur corporis corrupti cumque ' +
    'debitis delectus deleniti doloremque dolores doloribus dolorum ducimus eaque eius eligendi eveniet excepturi ' +
    'exercitationem expedita explicabo facere facilis fugit harum illo impedit incidunt inventore ipsam itaque iusto ' +
    'laboriosam laudantium magnam magni maiores maxime modi molestiae molestias mollitia nesciunt nihil nobis numquam ' +
    'obcaecati odit officiis omnis optio perferendis perspiciatis placeat possimus praesentium provident quae quaerat quas ' +
    'quasi quia quibusdam quidem quisquam quos recusandae reiciendis repellat repellendus repudiandae rerum saepe sapiente ' +
    'sequi similique soluta tempora tempore temporibus tenetur totam ullam veritatis voluptas voluptatem voluptates ' +
    'voluptatibus voluptatum'
  ).split(' '),
);

/** Words of a passage below which it is too short to judge (`Lorem ipsum here.` may be a short note). */
const judgedWords = 8;

/** The words of a text, in lower case. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * Whether a passage (a paragraph, an HTML block's text) is filler: 8 words or more, at least one in
 * four of them a word of the lorem-ipsum vocabulary, and fewer than half as many English joints
 * (`the`, `with`, `as`: src/text/english-function-words.ts, none of them a filler word) as filler words. English prose about the filler (`Lorem Ipsum is simply
 * dummy text of the printing industry…`) names two such words in dozens; the classic passage is
 * nearly all of them, and a variant that mixes in English words (Bootstrap's `cliche`, `high
 * life`, `skateboard`) still about one in three, with a joint or two among them. An English
 * sentence that quotes the passage's opening is English around the quotation.
 */
export function isFiller(text: string): boolean {
  return fillerWords(wordsOf(text));
}

/** The same test on a passage's words already split (the spelling rule's tokens), in any case. */
export function fillerWords(words: readonly string[]): boolean {
  if (words.length < judgedWords) return false;
  let lorem = 0;
  let joints = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (loremWords.has(lower)) lorem++;
    else if (englishJoints.has(lower)) joints++;
  }
  return lorem * 4 >= words.length && joints * 2 < lorem;
}

/** Whether every word of a phrase is of the filler's vocabulary (`lorem ipsum`, not `TODO`). */
export function fillerPhrase(phrase: string): boolean {
  const words = wordsOf(phrase);
  return words.length > 0 && words.every((word) => loremWords.has(word));
}

/**
 * Whether the text after a filler phrase carries the passage on (`Lorem ipsum| dolor sit amet`,
 * `Lorem ipsum|, consectetur…`): the next word is the classic passage's `dolor` (kept out of the
 * vocabulary as a word of Spanish) or another filler word. Then the phrase is the filler itself,
 * left in prose; a name for it goes on in the page's own language (`Lorem ipsum Platzhalter`).
 */
export function runsOnAsFiller(after: string): boolean {
  const next = /^[\s,]*(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  return next !== undefined && (next === 'dolor' || loremWords.has(next));
}
