// The pasted fallback's stylesheet (www/fallback.js) repeats the rules of the widget's own
// (www/reframe.css) for the parts the fallback has, so that the take-over moves and recolours
// nothing. This check needs no browser: for every rule of the fallback's whose selector is a
// rule of reframe.css's (`&` standing for `.reframe`, `$ ` for nothing), in the same media
// context, each property both set must have the same value. A colour, size or spacing changed
// in one file and not the other fails here; fallback-accordion.test.mjs measures positions.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

/** `css` without comments, as `[context, selector, declarations]` for each rule. */
function rules(css, context = "") {
  const out = [];
  let rest = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (;;) {
    const open = rest.indexOf("{");
    if (open < 0) return out;
    const head = rest.slice(0, open).trim();
    // The block's end: the brace that balances this one.
    let depth = 0;
    let end = open;
    for (; end < rest.length; end++) {
      if (rest[end] === "{") depth++;
      else if (rest[end] === "}" && --depth === 0) break;
    }
    const body = rest.slice(open + 1, end);
    if (head.startsWith("@")) {
      out.push(...rules(body, normalize(head)));
    } else {
      const declarations = new Map();
      for (const declaration of body.split(";")) {
        const colon = declaration.indexOf(":");
        if (colon > 0) declarations.set(declaration.slice(0, colon).trim(), normalize(declaration.slice(colon + 1)));
      }
      for (const selector of splitTopLevel(head)) out.push([context, normalize(selector), declarations]);
    }
    rest = rest.slice(end + 1);
  }
}

/** `list` split at its commas outside parentheses. */
function splitTopLevel(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === "(") depth++;
    else if (list[i] === ")") depth--;
    else if (list[i] === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((part) => part.trim());
}

/**
 * One spelling for equal CSS: lowercase, no space around punctuation or `*` and `/`, no
 * leading zero, six-digit colours.
 */
function normalize(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*([(),:>+~*/])\s*/g, "$1")
    .replace(/(^|[^\d.])0\.(\d)/g, "$1.$2")
    .replace(/#([0-9a-f])([0-9a-f])([0-9a-f])\b/g, "#$1$1$2$2$3$3");
}

const widgetCss = await readFile("www/reframe.css", "utf8");
const loader = await readFile("www/fallback.js", "utf8");
const fallbackCss = loader.match(/const RULES = `([\s\S]*?)`;/)?.[1] ?? "";

describe("the fallback's stylesheet", () => {
  it("repeats reframe.css's values for every rule the two share", () => {
    assert.ok(fallbackCss.length > 1000, "RULES found in www/fallback.js");
    const widget = new Map(rules(widgetCss).map(([context, selector, declarations]) => [`${context}|${selector}`, declarations]));
    const scoped = fallbackCss.replaceAll("$ ", "").replaceAll("&", ".reframe");
    let compared = 0;
    const differences = [];
    for (const [context, selector, declarations] of rules(scoped)) {
      const theirs = widget.get(`${context}|${selector}`);
      if (!theirs) continue;
      for (const [property, value] of declarations) {
        if (!theirs.has(property)) continue;
        compared++;
        if (theirs.get(property) !== value) {
          differences.push(`${context} ${selector} { ${property}: ${value} } but reframe.css has ${theirs.get(property)}`);
        }
      }
    }
    assert.deepEqual(differences, [], "www/fallback.js and www/reframe.css disagree");
    // The check compares something: the root's colours and fonts, the cards, the answers...
    assert.ok(compared >= 60, `only ${compared} declarations compared`);
    console.log(`[fallback stylesheet] ${compared} declarations compared with www/reframe.css`);
  });
});
