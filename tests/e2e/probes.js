// Measurements taken inside the page by the accessibility tests (accessibility.test.mjs injects
// this file, then calls window.__probes.*). Everything is read from computed styles and layout
// boxes, across the widgets' shadow roots.
window.__probes = (() => {
  const channels = (color) => (color.match(/[\d.]+/g) || []).map(Number);
  const opaque = (c) => c.length === 3 || (c.length === 4 && c[3] === 1);
  const luminance = ([r, g, b]) => {
    const f = (v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  /** The parent in the flat tree: the shadow host above a shadow root's top element. */
  const parentOf = (el) => el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
  /** The first opaque background at or above `el` (white when there is none). */
  const background = (el) => {
    for (let e = el; e; e = parentOf(e)) {
      const c = channels(getComputedStyle(e).backgroundColor);
      if (opaque(c)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  /** WCAG contrast ratio of two computed colours, rounded to 2 decimals. */
  const ratio = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)];
    return Math.round(((Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)) * 100) / 100;
  };
  const visible = (el) =>
    el.getClientRects().length > 0 &&
    (typeof el.checkVisibility !== "function" || el.checkVisibility({ visibilityProperty: true }));
  const widgets = () => [...document.querySelectorAll("reframe-widget")].filter((w) => w.shadowRoot);
  const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]";
  /** The controls of a widget that Tab should reach, in document order. */
  const focusables = (widget) =>
    [...widget.shadowRoot.querySelectorAll(FOCUSABLE)].filter(
      (el) => !el.disabled && el.tabIndex >= 0 && visible(el),
    );
  const label = (el) => (el.getAttribute("aria-label") || el.textContent || el.value || el.type || "").trim().slice(0, 40);
  /** A readable, stable name for a control: widget id, position, tag, class, text. */
  const describe = (widget, el) => {
    const index = focusables(widget).indexOf(el);
    return `${widget.id}#${index} ${el.tagName.toLowerCase()}.${el.classList[0] ?? ""} "${label(el)}"`;
  };
  /** The element that has focus, looking into shadow roots, and the widget that holds it. */
  const deepActive = () => {
    let el = document.activeElement;
    let widget = null;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) {
      widget = el;
      el = el.shadowRoot.activeElement;
    }
    return { el, widget };
  };
  const box = (el) => {
    // In page coordinates, so boxes measured at different scroll positions compare.
    const r = el.getBoundingClientRect();
    const [x, y] = [window.scrollX, window.scrollY];
    return { left: r.left + x, top: r.top + y, right: r.right + x, bottom: r.bottom + y, width: r.width, height: r.height };
  };

  return {
    /** Every control Tab should reach on the page, in order. */
    expectedTabOrder: () => widgets().flatMap((w) => focusables(w).map((el) => describe(w, el))),

    /** What has focus now, with its box and its focus indicator measured. */
    focused() {
      const { el, widget } = deepActive();
      if (!widget) return { name: el && el !== document.body ? `page ${el.tagName.toLowerCase()}#${el.id}` : "page" };
      const style = getComputedStyle(el);
      const offset = parseFloat(style.outlineOffset) || 0;
      // An outline drawn inside the element sits on its own background; outside, on its parent's.
      const behind = background(offset < 0 ? el : parentOf(el));
      return {
        name: describe(widget, el),
        widget: widget.id,
        box: box(el),
        outline: {
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          color: style.outlineColor,
          contrast: ratio(channels(style.outlineColor).slice(0, 3), behind),
        },
      };
    },

    /** Borders of controls (and of the accordion's state icon) against what surrounds them. */
    controlBorders() {
      const out = [];
      for (const w of widgets()) {
        for (const el of w.shadowRoot.querySelectorAll("button, input, .faq-icon")) {
          if (!visible(el)) continue;
          const style = getComputedStyle(el);
          const width = parseFloat(style.borderTopWidth);
          const color = channels(style.borderTopColor);
          if (style.borderTopStyle === "none" || width === 0 || (color.length === 4 && color[3] === 0)) continue;
          out.push({
            widget: w.id,
            control: `${el.tagName.toLowerCase()}.${el.classList[0] ?? el.type}`,
            contrast: ratio(color.slice(0, 3), background(parentOf(el))),
          });
        }
      }
      return out;
    },

    /** Every visible text against the first opaque background behind it. */
    textContrast() {
      const out = [];
      for (const w of widgets()) {
        const walker = document.createTreeWalker(w.shadowRoot, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!node.textContent.trim() || !visible(el) || el.closest(".visually-hidden")) continue;
          const style = getComputedStyle(el);
          const size = parseFloat(style.fontSize);
          const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
          out.push({
            widget: w.id,
            text: node.textContent.trim().slice(0, 30),
            contrast: ratio(channels(style.color).slice(0, 3), background(el)),
            need: large ? 3 : 4.5,
          });
        }
      }
      return out;
    },

    /**
     * Pointer targets below 24×24 CSS px that fail WCAG 2.5.8's spacing exception (a 24 px
     * circle on each small target's centre touches another target or circle). Links inside a
     * sentence are exempt, as the criterion says.
     */
    smallTargets() {
      const targets = [];
      for (const w of widgets()) {
        for (const el of focusables(w)) {
          const block = el.closest("p, li");
          if (el.tagName === "A" && block && block.textContent.trim() !== el.textContent.trim()) continue;
          targets.push({ name: describe(w, el), ...box(el) });
        }
      }
      const small = targets.filter((t) => t.width < 24 || t.height < 24);
      const centre = (t) => [(t.left + t.right) / 2, (t.top + t.bottom) / 2];
      const distanceToBox = ([x, y], t) => Math.hypot(Math.max(t.left - x, 0, x - t.right), Math.max(t.top - y, 0, y - t.bottom));
      return small
        .filter((t) =>
          targets.some((o) => {
            if (o === t) return false;
            const oSmall = small.includes(o);
            const d = oSmall ? Math.hypot(centre(t)[0] - centre(o)[0], centre(t)[1] - centre(o)[1]) : distanceToBox(centre(t), o);
            return d < (oSmall ? 24 : 12);
          }),
        )
        .map((t) => `${t.name} ${Math.round(t.width)}×${Math.round(t.height)}`);
    },

    /**
     * Layout faults at the current width and text size: anything outside its widget
     * sideways, scrolled or clipped content, text boxes that overlap, a page that scrolls sideways.
     */
    layoutFaults() {
      const faults = [];
      if (document.documentElement.scrollWidth > window.innerWidth + 1) {
        faults.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
      }
      for (const w of widgets()) {
        const host = w.getBoundingClientRect();
        const elements = [...w.shadowRoot.querySelectorAll("*")].filter((el) => visible(el) && !el.closest(".visually-hidden"));
        const lines = [];
        for (const el of elements) {
          const r = el.getBoundingClientRect();
          const name = `${w.id} ${el.tagName.toLowerCase()}.${el.classList[0] ?? ""} "${(el.textContent || "").trim().slice(0, 25)}"`;
          if (r.left < host.left - 1 || r.right > host.right + 1) {
            faults.push(`${name} outside the widget: ${Math.round(r.left)}–${Math.round(r.right)} vs ${Math.round(host.left)}–${Math.round(host.right)}`);
          }
          const style = getComputedStyle(el);
          if (style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1) faults.push(`${name} clipped sideways`);
          if (style.overflowY !== "visible" && el.scrollHeight > el.clientHeight + 1) faults.push(`${name} clipped vertically`);
          const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
          if (ownText || el.matches("button, input, .faq-icon")) {
            for (const rect of el.getClientRects()) lines.push({ el, name, rect });
          }
        }
        for (let i = 0; i < lines.length; i++) {
          for (let j = i + 1; j < lines.length; j++) {
            const [a, b] = [lines[i], lines[j]];
            if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
            const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
            const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
            if (x > 1 && y > 1) faults.push(`${a.name} overlaps ${b.name}`);
          }
        }
      }
      return [...new Set(faults)];
    },

    /** Opens every answer and reveals every practice phrase, by clicking as a visitor would. */
    openEverything() {
      for (const w of widgets()) {
        for (const b of w.shadowRoot.querySelectorAll(".faq-button[aria-expanded=false], .card-reveal[aria-expanded=false]")) b.click();
      }
    },

    /** Whether every answer and practice phrase is open. */
    everythingOpen: () =>
      widgets().every((w) => !w.shadowRoot.querySelector(".faq-button[aria-expanded=false], .card-reveal[aria-expanded=false]")),
  };
})();
