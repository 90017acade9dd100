/**
 * Questions put to the reader, written as headings: a section that names itself a set of questions the
 * reader answers (`## Interview questions`, `## Review questions`, `## Exercises`, `## 面试相关问题`,
 * `## 思考题`, `## 練習問題`), over a run of two or more sibling headings that are each a question
 * (`### 1. What is a process?`, `### 2.线程与进程的区别?`) with nothing under them. The questions are the
 * content: the writer leaves the answers to the reader. Read by no-empty-sections (src/text/unwritten-sections.ts).
 *
 * The line drawn: the section above must name the questions as the reader's to answer. A run of empty
 * questions under a FAQ (`## FAQ`, `## Frequently asked questions`, `## 常见问题`, `## よくある質問`), or
 * under a topic (`## Troubleshooting`), or with no section above, promises answers: those are sections
 * left unwritten and are still reported. So is one question alone, and a heading that is no question in a
 * question set (`### Answers`).
 */
import type {HeadingShape} from './heading-content.js';

/** A heading that asks: its text ends with a question mark (ASCII, full-width, Arabic, Greek). */
const asks = /[?？؟\u037E]\s*$/u;

/**
 * A section's name that makes its subsections questions for the reader: exercises, quizzes, review,
 * interview, self-check, discussion or reflection questions, homework, in the languages postlint reads
 * most. FAQ names are not here: a FAQ's questions await their answers.
 */
const questionSet = new RegExp(
  [
    // English: "Exercises", "Review questions", "Interview questions", "Questions for discussion", "Test yourself", "Quiz".
    String.raw`\b(?:exercises?|quiz(?:zes)?|homework|self[- ]?(?:check|test|assessment)|test\s+yourself|check\s+your\s+understanding)\b`,
    String.raw`\b(?:interview|review|study|practice|discussion|reflection|exam|revision|comprehension|self[- ]?check)\s+questions?\b`,
    String.raw`\bquestions?\s+(?:for|to)\s+(?:discussion|reflection|review|practice|the\s+reader|you|think|consider|ponder)\b`,
    // Chinese: 面试题 / 面试(相关)问题, 思考题, 练习(题), 习题, 复习题, 课后题, 自测题.
    String.raw`面试|面經|面经|思考题|思考題|练习|練習|习题|習題|复习题|複習題|课后题|課後題|自测|自測|测验|測驗`,
    // Japanese: 練習問題, 演習(問題), 確認問題, 復習問題, 面接(での)質問; Korean: 연습 문제, 면접 질문, 복습 문제.
    String.raw`演習|確認問題|復習問題|面接|연습\s*문제|면접|복습\s*문제|확인\s*문제`,
    // German, French, Spanish, Portuguese, Italian: Übungen, Kontrollfragen, exercices, ejercicios, exercícios, esercizi.
    // (Not `\b`, which knows only ASCII letters: `Übungen` opens with none.)
    String.raw`(?<!\p{L})(?:übungs?(?:aufgaben|fragen)|übungen|kontrollfragen|exercices?|ejercicios?|exerc[íi]cios?|esercizi|preguntas\s+de\s+(?:repaso|entrevista)|questions\s+d['’]entretien)(?!\p{L})`,
  ].join('|'),
  'iu',
);

/** Does a section's name present the headings under it as questions for the reader? */
export function namesQuestionSet(text: string): boolean {
  return questionSet.test(text);
}

/**
 * Is the empty heading headings[i] one of a run of two or more sibling questions (each ending in a
 * question mark, nothing but sibling questions between them) under a section named as questions for the reader?
 */
export function isPosedQuestion(headings: readonly HeadingShape[], i: number): boolean {
  return posedQuestions(headings).has(i);
}

/** The page's posed questions, found once per headings list: asked heading by heading, a long run would be read once per question. */
const posedByPage = new WeakMap<readonly HeadingShape[], ReadonlySet<number>>();

function posedQuestions(headings: readonly HeadingShape[]): ReadonlySet<number> {
  const cached = posedByPage.get(headings);
  if (cached) return cached;
  const posed = new Set<number>();
  for (let first = 0; first < headings.length; ) {
    const heading = headings[first]!;
    if (!isEmptyQuestion(heading, heading.depth)) {
      first++;
      continue;
    }
    // The run: the siblings after it that are empty questions too.
    let last = first;
    while (last + 1 < headings.length && isEmptyQuestion(headings[last + 1]!, heading.depth)) last++;
    // The section the run opens in: the heading right above its first question, one level or more up.
    const above = headings[first - 1];
    if (last > first && above !== undefined && above.depth < heading.depth && namesQuestionSet(above.text)) {
      for (let at = first; at <= last; at++) posed.add(at);
    }
    first = last + 1;
  }
  posedByPage.set(headings, posed);
  return posed;
}

function isEmptyQuestion(heading: HeadingShape, depth: number): boolean {
  return heading.depth === depth && heading.empty && asks.test(heading.text);
}
