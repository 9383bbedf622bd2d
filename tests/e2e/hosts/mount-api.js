// A script using the JavaScript API, through the second copy of the module.
import { mount } from "/reframe/reframe.js?v=2";

const handle = mount(document.querySelector("#api"), { show: ["phrases"], headingLevel: 2 });
handle.ready.then(() => {
  document.querySelector("#api").dataset.mounted = "yes";
});
