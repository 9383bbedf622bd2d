// The content editor page (editor.html): checks the content set as it is typed with the widget's
// own rules (`validate` from reframe.js, the same code as the widget and `reframe check`), puts
// each problem at its line and column in the text, renders the last valid set in a live widget,
// and builds a snippet that carries the content inline. Nothing is sent anywhere.
import { mount, validate } from "./reframe.js";

/** A small set to start from; the editor's first text. */
const STARTER = {
  lang: "en",
  title: "Our practice's questions",
  summary: { label: "In short", text: "Answers to what people **often ask** before a first session." },
  faq: {
    title: "FAQ",
    items: [
      { id: "first-session", question: "What happens in a first session?", answer: ["We listen, and we plan together."] },
      { id: "how-long", question: "How long does therapy take?", answer: ["It depends; many people come for a few months."] },
    ],
  },
  phrases: { title: "What to say", pairs: [{ instead: "You never listen.", try: "I want us to hear each other." }] },
};

const text = document.getElementById("content-json");
const problems = document.getElementById("problems");
const show = document.getElementById("show");
const snippet = document.getElementById("snippet");
const copied = document.getElementById("copied");
let widget = null;
let pending = null;

/**
 * Where each value of a JSON text starts, by field path (`faq.items[0].id`, `(root)`), and
 * the first syntax error, if any, as `{ offset, message }`.
 */
function scan(source) {
  const at = new Map();
  let i = 0;
  const fail = (message) => {
    throw { offset: i, message };
  };
  const space = () => {
    while (i < source.length && " \t\r\n".includes(source[i])) i++;
  };
  const string = () => {
    let out = "";
    for (i++; i < source.length && source[i] !== '"'; i++) {
      if (source[i] === "\\") i++;
      out += source[i];
    }
    if (source[i] !== '"') fail("a string is not closed");
    i++;
    return out;
  };
  const value = (path) => {
    space();
    at.set(path || "(root)", i);
    const c = source[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      space();
      if (source[i] === close) return void i++;
      for (let n = 0; ; n++) {
        if (c === "{") {
          space();
          if (source[i] !== '"') fail("expected a field name in double quotes");
          const key = string();
          space();
          if (source[i] !== ":") fail("expected `:`");
          i++;
          value(path ? `${path}.${key}` : key);
        } else {
          value(`${path}[${n}]`);
        }
        space();
        if (source[i] === ",") i++;
        else if (source[i] === close) return void i++;
        else fail(`expected \`,\` or \`${close}\``);
      }
    }
    if (c === '"') return void string();
    const literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(source.slice(i, i + 64));
    if (!literal) fail("expected a value");
    i += literal[0].length;
  };
  try {
    value("");
    space();
    if (i < source.length) fail("trailing characters after the content set");
    return { at };
  } catch (error) {
    if (error.offset === undefined) throw error;
    return { at, error };
  }
}

/** 1-based line and column of `offset` in `source`. */
function position(source, offset) {
  const before = source.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before.at(-1).length + 1}`;
}

/** The snippet for a valid set: the loader next to this page, the widget with the set inline. */
function snippetFor(source, parts) {
  const loader = new URL("reframe.js", location.href).href;
  // `<` only occurs inside JSON strings, where \u003c means the same: nothing can end the script.
  const inline = source.trim().replace(/</g, "\\u003c");
  return `<script type="module" src="${loader}"></script>
<reframe-widget show="${parts.replace(/[^a-z0-9 -]/g, "")}">
  <script type="application/json">
${inline}
  </script>
</reframe-widget>`;
}

async function check() {
  const source = text.value;
  const { at, error } = scan(source);
  const found = error
    ? [`${position(source, error.offset)}: (root): not valid JSON: ${error.message}`]
    : (await validate(source)).map((problem) => {
        const path = problem.slice(0, problem.indexOf(": "));
        return at.has(path) ? `${position(source, at.get(path))}: ${problem}` : problem;
      });
  if (source !== text.value) return; // typed on meanwhile; the next check reports
  problems.textContent = found.join("\n");
  text.setAttribute("aria-invalid", String(found.length > 0));
  if (found.length) return;
  const options = { inline: source, show: show.value };
  if (widget) widget.update(options);
  else widget = mount(document.getElementById("preview"), options);
  snippet.value = snippetFor(source, show.value);
}

function checkSoon() {
  clearTimeout(pending);
  pending = setTimeout(() => check().catch((e) => (problems.textContent = String(e.message ?? e))), 150);
}

text.value = JSON.stringify(STARTER, null, 2);
text.addEventListener("input", checkSoon);
show.addEventListener("input", checkSoon);
document.getElementById("copy").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied.textContent = "Copied.";
  } catch {
    snippet.select();
    copied.textContent = "Select the snippet and copy it (Ctrl+C or ⌘C).";
  }
});
check().catch((e) => (problems.textContent = String(e.message ?? e)));
