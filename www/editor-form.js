// The content editor's form view (editor.html): the fields of a content set that people edit
// most (title, language, the FAQ's questions, the phrase pairs), built from the parsed set and
// writing every change back into it, so the JSON view can follow. Whatever the form does not
// show (a summary, sections, list blocks in answers, fields it does not know) stays in the set
// untouched. Each field knows its path (`faq.items[2].question`), so the widget's messages,
// which start with that path, can be shown next to the field they are about.
// The DOM is built with createElement and textContent only: content is never markup here.

/** A field path as the widget's messages write it: `faq.items[2].question`. */
export function pathString(path) {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

/** The longest id the widget accepts (src/content/validate.rs MAX_ID_CHARS). */
const MAX_ID_CHARS = 80;

/**
 * A slug of `text`, by the rules of src/content/slug.rs: lowercase words without accents or
 * apostrophes, of ASCII letters and digits, joined by hyphens, cut between words.
 */
export function slugify(text) {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    if (!slug) slug = word.slice(0, MAX_ID_CHARS);
    else if (slug.length + 1 + word.length <= MAX_ID_CHARS) slug += `-${word}`;
    else break;
  }
  return slug;
}

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** An answer's paragraphs as one text, a blank line between them; other blocks are left out. */
function answerText(answer) {
  return answer.filter((block) => typeof block === "string").join("\n\n");
}

/**
 * The answer for a new text of paragraphs: one paragraph per block between blank lines, and
 * the old answer's other blocks (lists) kept, each after as many paragraphs as it was before.
 */
function answerFrom(text, old) {
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const kept = [];
  let seen = 0;
  for (const block of old) {
    if (typeof block === "string") seen++;
    else kept.push([seen, block]);
  }
  const answer = [];
  let next = 0;
  for (let i = 0; i <= paragraphs.length; i++) {
    while (next < kept.length && (kept[next][0] <= i || i === paragraphs.length)) answer.push(kept[next++][1]);
    if (i < paragraphs.length) answer.push(paragraphs[i]);
  }
  return answer;
}

/** What the form edits in a list: the questions of the FAQ and the phrase pairs. */
const LISTS = {
  questions: {
    section: "faq",
    key: "items",
    noun: "question",
    heading: "Questions (FAQ)",
    sectionTitle: "Heading of the questions",
    newSection: () => ({ title: "Questions", items: [] }),
    newItem: () => ({ id: "", question: "", answer: [] }),
    fields: [
      { key: "question", label: "Question" },
      { key: "id", label: "Id", code: true, hint: "Letters a-z, digits and hyphens; links and the open attribute use it." },
      {
        key: "answer",
        label: "Answer",
        multiline: true,
        hint: "Leave a blank line between paragraphs. **bold**, *emphasis*, [a link](https://example.org).",
      },
    ],
  },
  pairs: {
    section: "phrases",
    key: "pairs",
    noun: "pair",
    heading: "Phrase pairs (Instead of / Try)",
    sectionTitle: "Heading of the phrase pairs",
    newSection: () => ({ title: "What to say", pairs: [] }),
    newItem: () => ({ instead: "", try: "" }),
    fields: [
      { key: "instead", label: "Instead of" },
      { key: "try", label: "Try" },
    ],
  },
};

/**
 * The form in `container`. `onEdit(doc)`: the set changed in the form (write it to the JSON).
 * `announce(text)`: a change to tell screen reader users (added, moved, removed).
 * Returns `{ show(doc), unavailable(reason), showProblems(messages) }`; `showProblems` takes the
 * widget's `path: message` strings and shows each next to its field, if the form has it.
 */
export function createForm(container, { onEdit, announce }) {
  let doc = null;
  let serial = 0;
  /** Field path -> { input, error, hint }, for the messages; rebuilt with the form. */
  let fields = new Map();
  /** Questions whose id is still made from the question (new ones, or ones without an id). */
  const suggested = new WeakSet();

  const element = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "text") node.textContent = value;
      else if (key === "class") node.className = value;
      else if (key in node && typeof value !== "string") node[key] = value;
      else node.setAttribute(key, value);
    }
    node.append(...children);
    return node;
  };
  const nextId = (what) => `form-${what}-${++serial}`;
  const edited = () => onEdit(doc);

  /**
   * A labelled input (or textarea) for the text at `path` in `owner[key]`; `read`/`write` turn
   * the stored value into the field's text and back (answers). A value that is not text (a
   * number where a string belongs) is shown read-only: the JSON view is where to fix it. `code`:
   * a value that is no prose (an id, a language tag), so no spelling check.
   */
  function field(owner, key, path, { label, hint, multiline, code = false, read = (v) => v, write = (t) => t, onInput }) {
    const id = nextId("field");
    const input = element(multiline ? "textarea" : "input", { id, spellcheck: String(!code) });
    if (!multiline) input.type = "text";
    if (multiline) input.rows = 4;
    const value = owner[key];
    const readable = value === undefined || (multiline ? Array.isArray(value) : typeof value === "string");
    const describedBy = [];
    const wrap = element("div", { class: "form-field" }, element("label", { for: id, text: label }));
    let hintNode = null;
    if (hint) {
      hintNode = element("p", { class: "form-hint", id: nextId("hint"), text: hint });
      describedBy.push(hintNode.id);
    }
    if (readable) {
      input.value = value === undefined ? "" : read(value);
    } else {
      input.readOnly = true;
      const note = element("p", {
        class: "form-hint",
        id: nextId("hint"),
        text: "This is not text in the JSON; change it in the JSON view.",
      });
      describedBy.push(note.id);
      hintNode = hintNode ? [hintNode, note] : note;
    }
    const error = element("p", { class: "form-error", id: nextId("error"), hidden: true });
    input.dataset.path = pathString(path);
    if (describedBy.length) input.setAttribute("aria-describedby", describedBy.join(" "));
    input.addEventListener("input", () => {
      owner[key] = write(input.value, owner[key]);
      onInput?.(input.value);
      edited();
    });
    wrap.append(input);
    if (hintNode) wrap.append(...[hintNode].flat());
    wrap.append(error);
    fields.set(pathString(path), { input, error, describedBy });
    return wrap;
  }

  /** A button whose name says which item: "Move" + hidden "question 2" + "up". */
  function itemButton(before, which, after, onClick, disabled = false) {
    const button = element(
      "button",
      { type: "button", disabled },
      before,
      element("span", { class: "visually-hidden", text: ` ${which}` }),
      after ? ` ${after}` : "",
    );
    button.addEventListener("click", onClick);
    return button;
  }

  /** A new question's id from its text, unlike the other questions' ids. */
  function suggestId(item, items) {
    const taken = new Set(items.filter((other) => other !== item && isObject(other)).map((other) => other.id));
    const base = slugify(typeof item.question === "string" ? item.question : "") || `question-${items.indexOf(item) + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, MAX_ID_CHARS - String(n).length - 1)}-${n}`;
    return id;
  }

  /** One item of a list: its fieldset with its fields and its move and remove buttons. */
  function itemFieldset(list, items, index, listPath, render) {
    const item = items[index];
    const number = index + 1;
    const name = `${list.noun} ${number}`;
    const legend = `${list.noun[0].toUpperCase()}${list.noun.slice(1)} ${number}`;
    const set = element("fieldset", { class: "form-item" }, element("legend", { text: legend }));
    set.dataset.index = String(index);
    if (!isObject(item)) {
      set.append(element("p", { class: "form-hint", text: `This ${list.noun} is not an object in the JSON; change it in the JSON view.` }));
    } else {
      let idInput = null;
      for (const spec of list.fields) {
        const path = [...listPath, index, spec.key];
        const options = { ...spec };
        if (spec.key === "answer") {
          options.read = answerText;
          options.write = (text, old) => answerFrom(text, Array.isArray(old) ? old : []);
          const others = Array.isArray(item.answer) ? item.answer.filter((b) => typeof b !== "string").length : 0;
          if (others) {
            options.hint = `${spec.hint} This answer also has ${others === 1 ? "a list" : `${others} lists`}, kept as ${others === 1 ? "it is" : "they are"}; edit lists in the JSON view.`;
          }
        }
        if (spec.key === "question") {
          options.onInput = () => {
            if (!suggested.has(item) || !idInput) return;
            item.id = suggestId(item, items);
            idInput.value = item.id;
          };
        }
        if (spec.key === "id") {
          options.onInput = () => suggested.delete(item);
          if (suggested.has(item)) options.hint = `${spec.hint} Made from the question until you change it.`;
        }
        const wrap = field(item, spec.key, path, options);
        if (spec.key === "id") idInput = wrap.querySelector("input");
        set.append(wrap);
      }
    }
    const move = (by) => () => {
      const [moved] = items.splice(index, 1);
      items.splice(index + by, 0, moved);
      edited();
      const to = index + by;
      render(() => {
        const buttons = container.querySelectorAll(`[data-list="${list.noun}"] .form-item`)[to].querySelectorAll(".form-actions button");
        // The moved item's same button, or, at the end of the list, the other move button.
        const same = buttons[by < 0 ? 0 : 1];
        (same.disabled ? buttons[by < 0 ? 1 : 0] : same).focus();
      });
      announce(`${legend} moved ${by < 0 ? "up" : "down"}; it is now ${list.noun} ${to + 1} of ${items.length}.`);
    };
    const remove = () => {
      items.splice(index, 1);
      edited();
      render(() => {
        const sets = container.querySelectorAll(`[data-list="${list.noun}"] .form-item`);
        const target = sets[Math.max(0, index - 1)];
        (target?.querySelector("input, textarea, button") ?? container.querySelector(`[data-add="${list.noun}"]`)).focus();
      });
      announce(`${legend} removed; ${items.length} left.`);
    };
    set.append(
      element(
        "div",
        { class: "form-actions" },
        itemButton("Move", name, "up", move(-1), index === 0),
        itemButton("Move", name, "down", move(1), index === items.length - 1),
        itemButton("Remove", name, "", remove),
      ),
    );
    return set;
  }

  /** The part of the form for one list (questions or pairs), with its section's heading. */
  function listPart(list) {
    const part = element("section", { class: "form-part" });
    part.dataset.list = list.noun;
    const headingId = nextId("heading");
    part.setAttribute("aria-labelledby", headingId);
    part.append(element("h3", { id: headingId, text: list.heading }));
    // Built again after a change of its items; their messages come with the next check, since
    // the old ones' positions no longer hold.
    const render = (then) => {
      for (const path of fields.keys()) if (path.startsWith(`${list.section}.`)) fields.delete(path);
      part.replaceWith(listPart(list));
      then?.();
    };
    const section = doc[list.section];
    if (section === undefined || section === null) {
      const add = element("button", { type: "button", text: `Add ${list.noun === "question" ? "questions" : "phrase pairs"}` });
      add.dataset.add = list.noun;
      add.addEventListener("click", () => {
        doc[list.section] = list.newSection();
        edited();
        render(() => container.querySelector(`[data-list="${list.noun}"] input`)?.focus());
        announce(`${list.heading} added.`);
      });
      part.append(add);
      return part;
    }
    const items = isObject(section) ? section[list.key] : undefined;
    if (!Array.isArray(items)) {
      part.append(element("p", { class: "form-hint", text: `The form cannot show these ${list.noun}s: change "${list.section}" in the JSON view.` }));
      return part;
    }
    part.append(field(section, "title", [list.section, "title"], { label: list.sectionTitle }));
    const ol = element("ol", { class: "form-items" });
    items.forEach((item, index) => {
      if (list.noun === "question" && isObject(item) && item.id === "") suggested.add(item);
      ol.append(element("li", {}, itemFieldset(list, items, index, [list.section, list.key], render)));
    });
    part.append(ol);
    const add = element("button", { type: "button", class: "form-add", text: `Add a ${list.noun}` });
    add.dataset.add = list.noun;
    add.addEventListener("click", () => {
      const item = list.newItem();
      if (list.noun === "question") suggested.add(item);
      items.push(item);
      edited();
      render(() => container.querySelectorAll(`[data-list="${list.noun}"] .form-item`)[items.length - 1].querySelector("input, textarea").focus());
      announce(`${list.noun[0].toUpperCase()}${list.noun.slice(1)} ${items.length} added.`);
    });
    part.append(add);
    return part;
  }

  /** Builds the form for `next`, the parsed set. */
  function show(next) {
    fields = new Map();
    container.replaceChildren();
    if (!isObject(next)) {
      unavailable("The form shows a content set, which is a JSON object ({ … }); change it in the JSON view.");
      return;
    }
    doc = next;
    const article = element("section", { class: "form-part" });
    const headingId = nextId("heading");
    article.setAttribute("aria-labelledby", headingId);
    article.append(
      element("h3", { id: headingId, text: "Article" }),
      field(doc, "title", ["title"], { label: "Title" }),
      field(doc, "lang", ["lang"], { label: "Language", code: true, hint: "A language tag, such as en, fr or pt-BR." }),
    );
    container.append(article, listPart(LISTS.questions), listPart(LISTS.pairs));
  }

  /** The form cannot show the text (not JSON, or not an object): says why, keeps nothing. */
  function unavailable(reason) {
    doc = null;
    fields = new Map();
    container.replaceChildren(element("p", { class: "form-unavailable", text: reason }));
  }

  /**
   * Puts each `path: message` next to the field at that path, or at the nearest field above
   * it (an answer's paragraph is the answer field); returns the messages no field took.
   */
  function showProblems(messages) {
    const byField = new Map();
    const left = [];
    for (const message of messages) {
      const cut = message.indexOf(": ");
      let path = cut === -1 ? "" : message.slice(0, cut);
      while (path && !fields.has(path)) path = path.replace(/(\[\d+\]|\.?[^.[\]]+)$/, "");
      if (!path) {
        left.push(message);
        continue;
      }
      if (!byField.has(path)) byField.set(path, []);
      byField.get(path).push(message.slice(cut + 2));
    }
    for (const [path, { input, error, describedBy }] of fields) {
      const found = byField.get(path);
      error.replaceChildren(...(found ?? []).map((text) => element("span", { text })));
      error.hidden = !found;
      if (found) {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", [...describedBy, error.id].join(" "));
      } else {
        input.removeAttribute("aria-invalid");
        if (describedBy.length) input.setAttribute("aria-describedby", describedBy.join(" "));
        else input.removeAttribute("aria-describedby");
      }
    }
    return left;
  }

  return { show, unavailable, showProblems };
}
