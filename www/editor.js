// The content editor page (editor.html): checks the content set as it is typed with the widget's
// own rules (`validate` from reframe.js, the same code as the widget and `reframe check`), puts
// each problem at its line and column in the text, renders the last valid set in a live widget,
// and builds a snippet that carries the content inline, or names it with src= and offers the
// JSON to download (a Blob URL, made in the page). Nothing is sent anywhere.
// The JSON text is the one state: the form view (editor-form.js) is built from it, and each
// edit in the form writes the whole set back into it. Nothing is stored in the browser: a
// .json file the visitor opens is read in the page, and saving is a download made in the page.
import { mount, validate } from "./reframe.js";
import { createForm } from "./editor-form.js";

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
const srcOptions = document.getElementById("src-options");
const srcUrl = document.getElementById("src-url");
const download = document.getElementById("download");
const announcer = document.getElementById("announce");
const exportLink = document.getElementById("export");
const fileInput = document.getElementById("import");
const tabs = [...document.querySelectorAll('[role="tab"]')];
let widget = null;
const formPanel = document.getElementById("panel-form");
/** Whether the form still shows an older text than the JSON view's (built again when shown). */
let formStale = true;
/** The last checked text and the widget's messages about it, for a form built after the check. */
let lastCheck = { source: null, problems: [] };
let pending = null;
/** The last valid set's text and parts, which the snippet shows. */
let valid = null;

/**
 * Where each value of a JSON text starts, as a tree of `{ offset, children }` by field name
 * or index (`locate` finds a field path in it), and the first syntax error, if any, as
 * `{ offset, message }`. One pass; the tree holds each name once, so its size grows with the
 * text only (a whole path string for every value would grow with the nesting depth as well).
 */
function scan(source) {
  // Deeper than any content set's shape (about ten levels): values nested further are skipped
  // without recursion, since the widget's own errors stop at the shape too, and hostile JSON
  // nested thousands deep would otherwise exhaust the stack.
  const DEEPEST = 64;
  const root = { offset: 0, children: null };
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
  /** Past the object or array at `i`, by counting brackets: one pass, no recursion. */
  const skipNested = () => {
    const open = [];
    do {
      const c = source[i];
      if (c === '"') {
        string();
        continue;
      }
      if (c === "{" || c === "[") open.push(c === "{" ? "}" : "]");
      else if (c === "}" || c === "]") {
        if (open.pop() !== c) fail(`unexpected \`${c}\``);
      }
      i++;
    } while (open.length > 0 && i < source.length);
    if (open.length > 0) fail(`expected \`${open.at(-1)}\``);
  };
  const value = (node, depth = 0) => {
    space();
    node.offset = i;
    const c = source[i];
    if ((c === "{" || c === "[") && depth >= DEEPEST) return skipNested();
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      node.children = new Map();
      i++;
      space();
      if (source[i] === close) return void i++;
      for (let n = 0; ; n++) {
        const child = { offset: i, children: null };
        if (c === "{") {
          space();
          if (source[i] !== '"') fail("expected a field name in double quotes");
          const key = string();
          space();
          if (source[i] !== ":") fail("expected `:`");
          i++;
          node.children.set(key, child);
        } else {
          node.children.set(n, child);
        }
        value(child, depth + 1);
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
    value(root);
    space();
    if (i < source.length) fail("trailing characters after the content set");
    return { root };
  } catch (error) {
    if (error.offset === undefined) throw error;
    return { root, error };
  }
}

/** Where the value at a field path (`faq.items[0].id`, `(root)`) starts, if `scan` saw it. */
function locate(root, path) {
  if (path === "(root)") return root.offset;
  let node = root;
  for (const [, key, index] of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) {
    node = node?.children?.get(index === undefined ? key : Number(index));
  }
  return node?.offset;
}

/**
 * A function giving the 1-based line and column of an offset in `source`: the lines' starts
 * are found once, then each offset by a binary search among them, so that many problems in a
 * long text do not each count its lines again.
 */
function positions(source) {
  const starts = [0];
  for (let at = source.indexOf("\n"); at !== -1; at = source.indexOf("\n", at + 1)) starts.push(at + 1);
  return (offset) => {
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return `line ${low + 1}, column ${offset - starts[low] + 1}`;
  };
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

/** Text for an attribute value in double quotes. */
function attribute(value) {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** The snippet for a set kept in a JSON file at `src`. */
function srcSnippetFor(src, parts) {
  const loader = new URL("reframe.js", location.href).href;
  return `<script type="module" src="${loader}"></script>
<reframe-widget src="${attribute(src.trim())}" show="${parts.replace(/[^a-z0-9 -]/g, "")}">
  <p>Text shown while the widget loads, or if it cannot.</p>
</reframe-widget>`;
}

/** The download's file name: the last segment of the URL's path, if it has one. */
function fileName(src) {
  const name = src.trim().split(/[?#]/)[0].split("/").at(-1);
  return /^[\w.-]+$/.test(name) ? name : "content.json";
}

/** Writes the snippet of the chosen kind for the last valid set, and its download. */
function writeSnippet() {
  if (!valid) return;
  const bySrc = document.querySelector('input[name="snippet-kind"]:checked')?.value === "src";
  srcOptions.hidden = !bySrc;
  snippet.value = bySrc ? srcSnippetFor(srcUrl.value, valid.parts) : snippetFor(valid.source, valid.parts);
  pointAt(download, bySrc ? valid.source : null, fileName(srcUrl.value));
}

/**
 * Points `link` at `json` as a file named `name` to download (a Blob URL made in the page),
 * letting go of the Blob it pointed at before; `null` leaves it pointing nowhere.
 */
function pointAt(link, json, name) {
  const old = link.getAttribute("href");
  if (old?.startsWith("blob:")) URL.revokeObjectURL(old);
  link.removeAttribute("href");
  if (json === null) return;
  link.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  link.download = name;
}

/** Says `message` in the polite live region (emptied first, so a repeat is said again). */
function announce(message) {
  announcer.textContent = "";
  setTimeout(() => (announcer.textContent = message), 50);
}

const form = createForm(document.getElementById("content-form"), {
  onEdit(doc) {
    text.value = JSON.stringify(doc, null, 2);
    checkSoon();
  },
  announce,
});

/** Builds the form again from the JSON text, or says why it cannot show it. */
function refreshForm() {
  formStale = false;
  let doc;
  try {
    doc = JSON.parse(text.value);
  } catch {
    form.unavailable(
      "The form cannot show the content set while its JSON has a mistake. Fix it in the JSON view (the problem is listed below); your text is kept as it is.",
    );
    return false;
  }
  form.show(doc);
  if (lastCheck.source === text.value) form.showProblems(lastCheck.problems);
  return true;
}

/** The file name to save under: the opened file's, or content.json. */
let saveName = "content.json";

/** Points the save link at the JSON text as it is now. */
function refreshExport() {
  pointAt(exportLink, text.value, saveName);
}

async function check() {
  const source = text.value;
  // Built while hidden only when shown: typing in the JSON view does not rebuild it each time.
  if (formStale && !formPanel.hidden) refreshForm();
  refreshExport();
  const { root, error } = scan(source);
  const position = positions(source);
  const raw = error ? [] : await validate(source);
  const found = error
    ? [`${position(error.offset)}: (root): not valid JSON: ${error.message}`]
    : raw.map((problem) => {
        const offset = locate(root, problem.slice(0, problem.indexOf(": ")));
        return offset === undefined ? problem : `${position(offset)}: ${problem}`;
      });
  if (source !== text.value) return; // typed on meanwhile; the next check reports
  lastCheck = { source, problems: raw };
  form.showProblems(raw);
  // Written only when it changes: it is a live region, and each keystroke in the form checks.
  const summary = found.join("\n");
  if (problems.textContent !== summary) problems.textContent = summary;
  text.setAttribute("aria-invalid", String(found.length > 0));
  if (found.length) return;
  const options = { inline: source, show: show.value };
  if (widget) widget.update(options);
  else widget = mount(document.getElementById("preview"), options);
  valid = { source, parts: show.value };
  writeSnippet();
}

function checkSoon() {
  clearTimeout(pending);
  pending = setTimeout(() => check().catch((e) => (problems.textContent = String(e.message ?? e))), 150);
}

/** Tabs (the WAI-ARIA pattern): a click or arrow keys pick the view; the text is shared. */
function selectTab(tab, focus = false) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
  }
  if (tab.id === "tab-form" && formStale) refreshForm();
  if (focus) tab.focus();
}
for (const tab of tabs) {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (event) => {
    const at = tabs.indexOf(tab);
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    selectTab(tabs[(to + tabs.length) % tabs.length], true);
  });
}

/** Opens a .json file the visitor picks: read in the page, never sent. */
fileInput.addEventListener("change", async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  // Larger than any set the widget accepts (MAX_SET_BYTES): refused before it is read.
  if (file.size > 2_000_000) {
    announce(`${file.name} is too large for a content set (more than 2 MB); nothing was opened.`);
    return;
  }
  text.value = await file.text();
  saveName = /^[\w.-]+\.json$/i.test(file.name) ? file.name : "content.json";
  formStale = true;
  clearTimeout(pending);
  await check().catch((e) => (problems.textContent = String(e.message ?? e)));
  announce(`Opened ${file.name}.`);
});
exportLink.addEventListener("click", refreshExport);

text.value = JSON.stringify(STARTER, null, 2);
text.addEventListener("input", () => {
  formStale = true;
  checkSoon();
});
show.addEventListener("input", checkSoon);
srcUrl.addEventListener("input", writeSnippet);
for (const choice of document.querySelectorAll('input[name="snippet-kind"]')) choice.addEventListener("change", writeSnippet);
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
