// The seed content set (content/partner-refuses-therapy.json), as the tests need it.
import { readFile } from "node:fs/promises";

const seed = JSON.parse(await readFile("content/partner-refuses-therapy.json", "utf8"));

/** The seed set's question ids, in order. */
export const SEED_QUESTIONS = seed.faq.items.map((item) => item.id);
