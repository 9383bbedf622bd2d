// Host pages: each is a page a real site could produce, with the widget embedded by script tag
// from /reframe/ (the dist folder). `headers` are sent with the page.
export const HOSTS = [
  {
    name: "plain",
    path: "/hosts/plain.html",
    headers: {},
  },
];
