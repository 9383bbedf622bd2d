import { useState } from "react";
import { createRoot } from "react-dom/client";
import "reframe-widget";
import type { ReframeWidgetAttributes } from "reframe-widget";

// React 19 types its elements in `React.JSX`: add <reframe-widget> there, once per project.
declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "reframe-widget": ReframeWidgetAttributes;
    }
  }
}

function Faq() {
  const [mode, setMode] = useState<"single" | "multiple">("multiple");
  const [last, setLast] = useState("");
  return (
    <>
      <reframe-widget
        content="partner-refuses-therapy"
        show="faq"
        open="first"
        mode={mode}
        onreframe-toggle={(event) => setLast(`${event.detail.id}: ${event.detail.open ? "open" : "closed"}`)}
      />
      <button onClick={() => setMode("single")}>One answer at a time</button>
      <p id="last-toggle">{last}</p>
    </>
  );
}

createRoot(document.getElementById("app")!).render(<Faq />);
