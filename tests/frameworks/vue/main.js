import { createApp, ref } from "vue";
import "reframe-widget";

const app = createApp({
  setup() {
    const mode = ref("multiple");
    const last = ref("");
    const onToggle = (event) => (last.value = `${event.detail.id}: ${event.detail.open ? "open" : "closed"}`);
    return { mode, last, onToggle };
  },
  template: `
    <reframe-widget content="partner-refuses-therapy" show="faq" open="first" :mode="mode"
      @reframe:toggle="onToggle"></reframe-widget>
    <button @click="mode = 'single'">One answer at a time</button>
    <p id="last-toggle">{{ last }}</p>`,
});
// Tell Vue the tag is a custom element, not a component to look up.
app.config.compilerOptions.isCustomElement = (tag) => tag === "reframe-widget";
app.mount("#app");
