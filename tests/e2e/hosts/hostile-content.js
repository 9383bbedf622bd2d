// Builds one widget per payload of the hostile-content corpus (tests/e2e/hostile-corpus.json):
// text payloads go in every text field of an inline content set, URL payloads in every link;
// and one more per payload with the page's own FAQ markup instead (the payload as the text of
// a question and answer, or as a link's href, set through the DOM so the page never runs it).
// Any payload that ran would call window.__pwned.push(n).
window.__pwned = [];

/** Escapes the characters of reframe's Markdown subset, so a URL reaches the parser as is. */
const markdownEscape = (text) => text.replace(/[\\*_[\]()]/g, "\\$&");

function textSet(p) {
  return {
    lang: "en",
    title: p,
    summary: { label: p, text: p },
    faq: { title: p, items: [{ id: "q", question: p, answer: [p, "[safe](https://example.org/)"] }] },
    phrases: { title: p, intro: [p], pairs: [{ instead: p, try: p }], outro: [p] },
    sections: [
      {
        id: "s",
        title: p,
        blocks: [{ paragraph: p }, { list: [{ term: p, text: p }] }, { subsection: { title: p, paragraphs: [p] } }],
      },
    ],
    related: { title: p, links: [{ title: p, url: "https://example.org/" }] },
  };
}

function urlSet(url) {
  return {
    lang: "en",
    title: "Links",
    faq: {
      title: "FAQ",
      items: [{ id: "q", question: "Where?", answer: [`See [this link](${markdownEscape(url)}).`] }],
    },
    related: { title: "Related", links: [{ title: "A guide", url }] },
  };
}

function widget(kind, index, set) {
  const element = document.createElement("reframe-widget");
  element.dataset.kind = kind;
  element.dataset.index = String(index);
  element.setAttribute("show", kind === "text" ? "summary faq phrases s related" : "faq related");
  element.setAttribute("open", "first");
  // All at once, not as each comes near the viewport: this page is about what content can do.
  element.setAttribute("loading", "eager");
  const script = document.createElement("script");
  script.type = "application/json";
  script.textContent = JSON.stringify(set);
  const fallback = document.createElement("p");
  fallback.className = "fallback";
  fallback.textContent = `Fallback ${kind} ${index}`;
  element.append(script, fallback);
  return element;
}

/** A widget whose FAQ markup carries `payload` as text (`kind` "markup-text") or as an href. */
function markupWidget(kind, index, payload) {
  const element = document.createElement("reframe-widget");
  element.dataset.kind = kind;
  element.dataset.index = String(index);
  element.setAttribute("open", "first");
  element.setAttribute("loading", "eager");
  const details = document.createElement("details");
  const summary = document.createElement("summary");
  const answer = document.createElement("p");
  const link = document.createElement("a");
  if (kind === "markup-text") {
    summary.textContent = payload;
    answer.textContent = payload;
    link.href = "https://example.org/";
    link.textContent = "safe";
  } else {
    summary.textContent = "Where?";
    answer.textContent = "See ";
    link.setAttribute("href", payload);
    link.textContent = "this link";
  }
  answer.append(link);
  details.append(summary, answer);
  element.append(details);
  return element;
}

window.__corpusReady = fetch("/e2e/hostile-corpus.json")
  .then((response) => response.json())
  .then((corpus) => {
    const widgets = [
      ...corpus.text.map((p, i) => widget("text", i, textSet(p))),
      ...corpus.urls.map((u, i) => widget("url", i, urlSet(u))),
      ...corpus.text.map((p, i) => markupWidget("markup-text", i, p)),
      ...corpus.urls.map((u, i) => markupWidget("markup-url", i, u)),
    ];
    const place = () => document.querySelector("#widgets").append(...widgets);
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", place);
    else place();
    window.__corpus = corpus;
    return widgets.length;
  });
