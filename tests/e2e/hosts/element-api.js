// Runs before reframe.js defines <reframe-widget> (a classic script, where the loader is a
// module): sets properties on a plain, not yet upgraded element, as a framework would, and
// gives it a content set object. The element must take them all once it is defined.
(() => {
  const early = document.getElementById("early");
  early.mode = "single";
  early.searchBox = true;
  early.headingLevel = 4;
  early.content = {
    lang: "en",
    title: "Our practice",
    faq: {
      title: "Questions",
      items: [
        { id: "hours", question: "When are you open?", answer: ["Weekdays, nine to five."] },
        { id: "price", question: "What does a session cost?", answer: ["Eighty euros."] },
      ],
    },
  };
})();
