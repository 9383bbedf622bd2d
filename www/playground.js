// The demo page's theme playground: changes a live widget's attributes and CSS custom
// properties, and shows the snippet that reproduces it. Demo only; not part of the widget.
const form = document.querySelector("#playground-form");
const widget = document.querySelector("#playground-widget");
const snippet = document.querySelector("#playground-snippet");

const ATTRIBUTES = ["theme", "mode", "phrases-mode", "lang", "show"];
const PROPERTIES = ["--reframe-accent", "--reframe-font-family", "--reframe-radius", "--reframe-spacing"];

function apply() {
  const data = new FormData(form);
  const attributes = [];
  for (const name of ATTRIBUTES) {
    const value = data.get(name);
    if (value) {
      widget.setAttribute(name, value);
      attributes.push(`${name}="${value}"`);
    } else {
      widget.removeAttribute(name);
    }
  }
  if (data.get("search")) {
    widget.setAttribute("search", "");
    attributes.push("search");
  } else {
    widget.removeAttribute("search");
  }
  const css = [];
  for (const property of PROPERTIES) {
    const value = data.get(property);
    if (value) {
      widget.style.setProperty(property, value);
      css.push(`  ${property}: ${value};`);
    } else {
      widget.style.removeProperty(property);
    }
  }
  const tag = `<reframe-widget content="partner-refuses-therapy" ${attributes.join(" ")}></reframe-widget>`;
  const style = css.length ? `\n<style>\nreframe-widget {\n${css.join("\n")}\n}\n</style>` : "";
  snippet.textContent = `<script type="module" src="/reframe/reframe.js"></script>\n${tag}${style}`;
}

form.addEventListener("input", apply);
form.addEventListener("change", apply);
apply();
