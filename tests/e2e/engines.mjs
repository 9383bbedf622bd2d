// Browser engines for the end-to-end tests, driven over W3C WebDriver by selenium-webdriver
// (the Selenium project's own JavaScript binding: one client for chromedriver, geckodriver and
// WebKitWebDriver alike). Drivers and browsers are given by path, so Selenium Manager never
// downloads anything. A missing browser or driver is an error that says what to install.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { Builder, Capabilities } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";
import firefox from "selenium-webdriver/firefox.js";

process.env.SE_OFFLINE = "true";

const GECKODRIVER = process.env.GECKODRIVER ?? `${homedir()}/.cargo/bin/geckodriver`;
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const WINDOW = { width: 1280, height: 900 };

/** Chromium's switches for a test session: no sandbox, GPU or background traffic. */
export const CHROMIUM_SWITCHES = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Engine name -> what it needs on disk and how to start a session in it. `build({ javascript })`:
 * `javascript: false` starts the browser with scripts turned off for pages (WebDriver's own
 * commands still work).
 */
export const ENGINES = {
  chromium: {
    needs: {
      "/usr/bin/chromium": "Debian package chromium",
      "/usr/bin/chromedriver": "Debian package chromium-driver",
    },
    async build({ javascript = true } = {}) {
      const options = new chrome.Options()
        .setChromeBinaryPath("/usr/bin/chromium")
        .addArguments("--headless=new", ...CHROMIUM_SWITCHES, `--window-size=${WINDOW.width},${WINDOW.height}`);
      if (!javascript) options.addArguments("--blink-settings=scriptEnabled=false");
      return new Builder()
        .forBrowser("chrome")
        .setChromeOptions(options)
        .setChromeService(new chrome.ServiceBuilder("/usr/bin/chromedriver"))
        .build();
    },
  },
  firefox: {
    needs: {
      "/usr/bin/firefox-esr": "Debian package firefox-esr",
      [GECKODRIVER]: "geckodriver from crates.io: cargo install geckodriver",
    },
    async build({ javascript = true } = {}) {
      const options = new firefox.Options()
        .setBinary("/usr/bin/firefox-esr")
        .addArguments("-headless", `--width=${WINDOW.width}`, `--height=${WINDOW.height}`)
        // No background requests from the browser itself (updates, telemetry, safe browsing).
        .setPreference("app.update.enabled", false)
        .setPreference("datareporting.policy.dataSubmissionEnabled", false)
        .setPreference("browser.safebrowsing.malware.enabled", false)
        .setPreference("browser.safebrowsing.phishing.enabled", false)
        .setPreference("network.captive-portal-service.enabled", false)
        .setPreference("javascript.enabled", javascript);
      return new Builder()
        .forBrowser("firefox")
        .setFirefoxOptions(options)
        .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER))
        .build();
    },
  },
  webkit: {
    needs: {
      "/usr/bin/WebKitWebDriver": "Debian package webkit2gtk-driver",
      [MINIBROWSER]: "Debian package webkit2gtk-driver (pulls in libwebkit2gtk-4.1)",
      "/usr/bin/Xvfb": "Debian package xvfb (MiniBrowser has no headless mode)",
    },
    async build({ javascript = true } = {}) {
      const display = await startXvfb();
      const port = await freePort();
      // The driver's and MiniBrowser's own messages (a crashed web process, say) go to a log
      // next to the screenshots: a session that dies mid-run leaves a trace there.
      mkdirSync("target/e2e", { recursive: true });
      const log = openSync("target/e2e/webkit-driver.log", "a");
      const driverProcess = spawn("/usr/bin/WebKitWebDriver", [`--port=${port}`], {
        env: { ...process.env, DISPLAY: display },
        stdio: ["ignore", log, log],
      });
      await waitForPort(port);
      const capabilities = new Capabilities({
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": {
          binary: MINIBROWSER,
          // Scripts off for pages; WebDriver still evaluates its own commands.
          args: javascript ? ["--automation"] : ["--automation", "--enable-javascript=false"],
        },
      });
      const driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities(capabilities)
        .build();
      await driver.manage().window().setRect(WINDOW);
      const quit = driver.quit.bind(driver);
      driver.quit = async () => {
        try {
          await quit();
        } finally {
          driverProcess.kill();
          stopXvfb();
        }
      };
      return driver;
    },
  },
};

let xvfb = null;

/** Starts one Xvfb for the run (or uses $DISPLAY if set); resolves to the display name. */
async function startXvfb() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  if (!xvfb) {
    xvfb = new Promise((resolve, reject) => {
      const child = spawn("/usr/bin/Xvfb", ["-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
        stdio: ["ignore", "pipe", "ignore"],
      });
      child.once("error", reject);
      child.stdout.once("data", (data) => resolve({ child, display: `:${String(data).trim()}` }));
    });
  }
  return (await xvfb).display;
}

function stopXvfb() {
  xvfb?.then(({ child }) => child.kill());
  xvfb = null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeout = 10000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/** The engines to run: $REFRAME_ENGINES (space-separated), or all of them. */
export function selectedEngines() {
  const wanted = (process.env.REFRAME_ENGINES ?? "").split(/\s+/).filter(Boolean);
  const names = wanted.length ? wanted : Object.keys(ENGINES);
  for (const name of names) {
    if (!ENGINES[name]) throw new Error(`unknown engine "${name}"; known: ${Object.keys(ENGINES).join(", ")}`);
  }
  return names;
}

/**
 * Starts a WebDriver session in `name`, or fails saying what is missing and how to get it.
 * `options` goes to the engine's `build` (see ENGINES).
 */
export async function startSession(name, options = {}) {
  const engine = ENGINES[name];
  const missing = Object.entries(engine.needs).filter(([path]) => !existsSync(path));
  if (missing.length) {
    throw new Error(
      `${name}: cannot run, missing ${missing.map(([path, hint]) => `${path} (${hint})`).join("; ")}. ` +
        "scripts/setup installs all of them.",
    );
  }
  try {
    return await engine.build(options);
  } catch (error) {
    throw new Error(`${name}: the WebDriver session did not start: ${error.message}`);
  }
}
