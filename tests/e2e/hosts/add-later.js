// A page builder or single-page app adding a widget well after the page has loaded.
setTimeout(() => {
  const widget = document.createElement("reframe-widget");
  widget.id = "four";
  widget.setAttribute("show", "summary faq");
  document.querySelector("#later").append(widget);
}, 300);
