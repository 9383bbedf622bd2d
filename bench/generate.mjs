// Content sets of any size for the benchmark (content/schema.json: lang, title, faq items of
// id, question and answer paragraphs), written to target/bench/content-<n>.json. Questions
// cycle through ten topics, so a topic word matches a tenth of the items; only the topic
// "budget" has a letter b, so typing "b" in the search also keeps a tenth.
import { mkdir, writeFile } from "node:fs/promises";

export const TOPICS = ["budget", "chores", "holidays", "in-laws", "screens", "sleep", "friends", "parenting", "work", "moving"];

/** A content set of `n` FAQ items. */
export function contentSet(n) {
  const items = Array.from({ length: n }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length];
    return {
      id: `question-${i + 1}`,
      question: `Question ${i + 1}: how can we discuss ${topic} calmly?`,
      answer: [
        `Answer ${i + 1}. Pick a calm moment, speak from your own experience, and name one thing in ${topic} you would like to change.`,
        "Listen to the reply first; agreeing on a small next step is progress.",
      ],
    };
  });
  return { lang: "en", title: `Benchmark FAQ, ${n} items`, faq: { title: "FAQ", items } };
}

/** Writes content-<n>.json for each size into `dir`; resolves to their paths. */
export async function writeContentSets(dir, sizes) {
  await mkdir(dir, { recursive: true });
  return Promise.all(
    sizes.map(async (n) => {
      const path = `${dir}/content-${n}.json`;
      await writeFile(path, JSON.stringify(contentSet(n)));
      return path;
    }),
  );
}
