// The baseline of the benchmark: the same FAQ accordion in plain JavaScript, honestly
// accessible (WAI-ARIA APG accordion: a button in a heading with aria-expanded and
// aria-controls, answers in labelled regions, Up/Down/Home/End between the questions), reading
// the same content JSON as the widget. No shadow root, no search, no copy buttons: the least a
// site could ship for the same questions.
const CONTENT = "/content/partner-refuses-therapy.json";

function render(faq, host) {
  const buttons = faq.items.map((item) => {
    const heading = document.createElement("h3");
    const button = document.createElement("button");
    const region = document.createElement("div");
    button.type = "button";
    button.id = `q-${item.id}`;
    button.textContent = item.question;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", `a-${item.id}`);
    region.id = `a-${item.id}`;
    region.setAttribute("role", "region");
    region.setAttribute("aria-labelledby", button.id);
    region.hidden = true;
    for (const text of item.answer) {
      const p = document.createElement("p");
      p.textContent = text;
      region.append(p);
    }
    button.addEventListener("click", () => {
      const open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      region.hidden = !open;
    });
    heading.append(button);
    host.append(heading, region);
    return button;
  });
  host.addEventListener("keydown", (event) => {
    const index = buttons.indexOf(event.target);
    if (index < 0) return;
    const last = buttons.length - 1;
    const next = { ArrowDown: index === last ? 0 : index + 1, ArrowUp: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[next].focus();
  });
}

fetch(CONTENT)
  .then((response) => response.json())
  .then((content) => {
    const host = document.querySelector(".accordion");
    host.replaceChildren();
    render(content.faq, host);
  });
