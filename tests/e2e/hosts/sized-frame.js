// Fills sized-frame.html with one iframe: ?src= its page, ?width= its width in CSS px.
(() => {
  const params = new URLSearchParams(location.search);
  const frame = document.createElement("iframe");
  frame.src = params.get("src");
  frame.title = "Page at a narrow width";
  frame.style.cssText = `width: ${Number(params.get("width"))}px; height: 100vh; border: 0; display: block`;
  document.body.append(frame);
})();
