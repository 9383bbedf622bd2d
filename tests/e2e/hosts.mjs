// Host pages: each is a page a real site could produce, with the widget embedded by script tag
// from /reframe/ (the dist folder). `headers` are sent with the page; `frame` means the widget
// lives in the page's first iframe.

/** The strict policy of the embed contract: no inline scripts or styles, no eval. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** Pages where the widget renders; every rendering assertion runs on each. `plain` is first:
 * its typography is the reference the others must match. */
export const HOSTS = [
  { name: "plain", path: "/hosts/plain.html" },
  { name: "bootstrap", path: "/hosts/bootstrap.html" },
  { name: "hostile-css", path: "/hosts/hostile.html" },
  { name: "strict-csp", path: "/hosts/csp.html", headers: { "content-security-policy": STRICT_CSP } },
  { name: "iframe", path: "/hosts/iframe.html", frame: true },
  { name: "rtl", path: "/hosts/rtl.html" },
];

/** Response headers for a path, from the host list. */
export function headersFor(path) {
  return HOSTS.find((h) => h.path === path)?.headers ?? {};
}
