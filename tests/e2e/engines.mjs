// Browser engines for the end-to-end tests, driven over W3C WebDriver by selenium-webdriver
// (the Selenium project's own JavaScript binding: one client for chromedriver, geckodriver and
// WebKitWebDriver alike). Drivers and browsers are given by path, so Selenium Manager never
// downloads anything. A missing browser or driver is an error that says what to install.
import { existsSync } from "node:fs";
import { Builder } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";

process.env.SE_OFFLINE = "true";

/** Engine name -> how to start a session in it. */
export const ENGINES = {
  chromium: {
    needs: {
      "/usr/bin/chromium": "Debian package chromium (run scripts/setup)",
      "/usr/bin/chromedriver": "Debian package chromium-driver (run scripts/setup)",
    },
    build() {
      const options = new chrome.Options()
        .setChromeBinaryPath("/usr/bin/chromium")
        .addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=1280,900",
        );
      return new Builder()
        .forBrowser("chrome")
        .setChromeOptions(options)
        .setChromeService(new chrome.ServiceBuilder("/usr/bin/chromedriver"))
        .build();
    },
  },
};

/** The engines to run: $REFRAME_ENGINES (space-separated), or all of them. */
export function selectedEngines() {
  const wanted = (process.env.REFRAME_ENGINES ?? "").split(/\s+/).filter(Boolean);
  const names = wanted.length ? wanted : Object.keys(ENGINES);
  for (const name of names) {
    if (!ENGINES[name]) throw new Error(`unknown engine "${name}"; known: ${Object.keys(ENGINES).join(", ")}`);
  }
  return names;
}

/** Starts a WebDriver session in `name`, or fails saying what is missing and how to get it. */
export async function startSession(name) {
  const engine = ENGINES[name];
  const missing = Object.entries(engine.needs).filter(([path]) => !existsSync(path));
  if (missing.length) {
    throw new Error(
      `${name}: cannot run, missing ${missing.map(([path, hint]) => `${path} (${hint})`).join("; ")}`,
    );
  }
  try {
    return await engine.build();
  } catch (error) {
    throw new Error(`${name}: the WebDriver session did not start: ${error.message}`);
  }
}
