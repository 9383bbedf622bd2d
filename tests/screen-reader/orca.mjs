// Orca, the screen reader, with a browser under it (Firefox ESR or Chromium): starts a session
// (session.sh, in a PID namespace of its own), the browser driven over WebDriver on the
// session's display and accessibility bus, real key presses (xdotool: X events, which Orca hears as a reader's keys,
// unlike WebDriver's, which only the page sees), and what Orca spoke, read from its debug log.
import { spawn, execFile } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { promisify } from "node:util";
import { Builder } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";
import firefox from "selenium-webdriver/firefox.js";
import { CHROMIUM_SWITCHES } from "../e2e/engines.mjs";

process.env.SE_OFFLINE = "true";
const run = promisify(execFile);
const GECKODRIVER = process.env.GECKODRIVER ?? `${homedir()}/.cargo/bin/geckodriver`;
const SESSION = new URL("./session.sh", import.meta.url).pathname;

/** What the layer needs, with the Debian package (or crate) that brings it. */
const NEEDS = {
  "/usr/bin/orca": "Debian package orca",
  "/usr/libexec/at-spi-bus-launcher": "Debian package at-spi2-core",
  "/usr/bin/dbus-launch": "Debian package dbus-x11",
  "/usr/bin/xdotool": "Debian package xdotool",
  "/usr/bin/Xvfb": "Debian package xvfb",
  "/usr/bin/unshare": "Debian package util-linux",
};
const BROWSER_NEEDS = {
  firefox: {
    "/usr/bin/firefox-esr": "Debian package firefox-esr",
    [GECKODRIVER]: "geckodriver from crates.io: cargo install geckodriver",
  },
  chromium: {
    "/usr/bin/chromium": "Debian package chromium",
    "/usr/bin/chromedriver": "Debian package chromium-driver",
  },
};
const WINDOW = { width: 1280, height: 1000 };

/** Starts `browser` with a window, in `env`, with its accessibility tree built for Orca. */
function startBrowser(browser, env) {
  if (browser === "chromium") {
    const options = new chrome.Options()
      .setChromeBinaryPath("/usr/bin/chromium")
      .addArguments(
        // Chromium builds its accessibility tree only for assistive technology it has
        // noticed; this builds it in any case.
        "--force-renderer-accessibility",
        ...CHROMIUM_SWITCHES,
        `--window-size=${WINDOW.width},${WINDOW.height}`,
      );
    return new Builder()
      .forBrowser("chrome")
      .setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder("/usr/bin/chromedriver").setEnvironment(env))
      .build();
  }
  const options = new firefox.Options()
    .setBinary("/usr/bin/firefox-esr")
    .addArguments(`--width=${WINDOW.width}`, `--height=${WINDOW.height}`)
    // As Chromium's flag: -1 builds the tree whatever Firefox noticed.
    .setPreference("accessibility.force_disabled", -1)
    .setPreference("app.update.enabled", false)
    .setPreference("datareporting.policy.dataSubmissionEnabled", false)
    .setPreference("browser.safebrowsing.malware.enabled", false)
    .setPreference("browser.safebrowsing.phishing.enabled", false)
    .setPreference("network.captive-portal-service.enabled", false);
  return new Builder()
    .forBrowser("firefox")
    .setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER).setEnvironment(env))
    .build();
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts Orca and `browser` ("firefox" or "chromium"); resolves to `{ driver, dir, speech,
 * settle, focusWindow, press, close }`. Fails saying why when something is missing or does not start. The session's folder
 * (Orca's settings, its debug log orca.log, the other programs' logs) is `dir`, the last
 * session's kept until the next starts.
 */
export async function startOrca(browser, dir = resolve(`target/orca/${browser}-session`)) {
  const missing = Object.entries({ ...NEEDS, ...BROWSER_NEEDS[browser] }).filter(([path]) => !existsSync(path));
  if (missing.length) {
    throw new Error(
      `Orca tests: missing ${missing.map(([p, hint]) => `${p} (${hint})`).join("; ")}. scripts/setup installs them.`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let stderr = "";
  const session = spawn("unshare", ["--pid", "--fork", "--kill-child", "--mount-proc", SESSION, dir], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  session.stderr.on("data", (d) => (stderr += d));
  const ended = new Promise((resolve) => session.once("exit", (code) => resolve(code)));
  const start = Date.now();
  while (!existsSync(join(dir, "env"))) {
    const code = await Promise.race([ended, sleep(100).then(() => undefined)]);
    if (code !== undefined) throw new Error(`Orca tests: the session did not start (exit ${code}): ${stderr.trim()}`);
    if (Date.now() - start > 60000) {
      session.kill("SIGKILL");
      throw new Error(`Orca tests: Orca did not start within 60 s; see ${dir}/orca.log. ${stderr.trim()}`);
    }
  }
  const env = Object.fromEntries(
    readFileSync(join(dir, "env"), "utf8").trim().split("\n").map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );
  // The browser on the session's display and bus, with a window (Orca reads no headless one).
  const browserEnv = { ...process.env, ...env, GNOME_ACCESSIBILITY: "1" };
  delete browserEnv.MOZ_HEADLESS;

  let driver;
  try {
    driver = await startBrowser(browser, browserEnv);
  } catch (error) {
    session.kill("SIGKILL");
    throw new Error(`Orca tests: ${browser} did not start on the session's display: ${error.message}`);
  }
  const log = join(dir, "orca.log");
  const xdotool = (...args) => run("xdotool", args, { env: browserEnv });

  // The log grows by megabytes (every event Orca sees): read only what was added since.
  const said = [];
  let read = 0;
  let partial = "";
  const decoder = new StringDecoder("utf8");
  /** What Orca has said so far (its log's SPEECH OUTPUT lines, their text only). */
  const speech = () => {
    const fd = openSync(log, "r");
    try {
      const buffer = Buffer.alloc(1 << 20);
      let n;
      while ((n = readSync(fd, buffer, 0, buffer.length, read)) > 0) {
        read += n;
        const lines = (partial + decoder.write(buffer.subarray(0, n))).split("\n");
        partial = lines.pop();
        for (const line of lines) {
          const m = line.match(/ - SPEECH OUTPUT: '(.*)'(?: voice=\w+)?(?:\{.*\})?\s*$/);
          if (m) said.push(m[1]);
        }
      }
    } finally {
      closeSync(fd);
    }
    return [...said];
  };

  /**
   * Waits until Orca is idle: its log has not grown for `idle` ms (Orca logs every event it
   * takes from its queue, and a search's re-render queues dozens, which it can take a second or
   * more to reach the live region's) and it has said nothing for `quiet` ms; at most 10 s.
   */
  async function settle({ idle = 700, quiet = 900 } = {}) {
    const start = Date.now();
    let size = statSync(log).size;
    let count = speech().length;
    let grew = Date.now();
    let spoke = Date.now();
    while ((Date.now() - grew < idle || Date.now() - spoke < quiet) && Date.now() - start < 10000) {
      await sleep(100);
      const now = statSync(log).size;
      if (now !== size) [size, grew] = [now, Date.now()];
      const said = speech().length;
      if (said !== count) [count, spoke] = [said, Date.now()];
    }
  }

  return {
    driver,
    dir,
    speech,
    settle,
    /** Gives the browser's window the keyboard focus (there is no window manager to do it). */
    async focusWindow() {
      const { stdout } = await xdotool("search", "--onlyvisible", "--class", browser);
      const id = stdout.trim().split("\n").at(-1);
      await xdotool("windowfocus", "--sync", id);
    },
    /**
     * Presses one key (xdotool's names: Tab, Return, Down, shift+Tab, Insert+a, or a letter) and
     * resolves to what Orca said from then until it fell quiet.
     */
    async press(key) {
      if (session.exitCode !== null || session.signalCode !== null) {
        throw new Error(`Orca tests: the session ended mid-run: ${stderr.trim()} (see ${log})`);
      }
      const before = speech().length;
      await xdotool("key", key);
      await settle();
      return speech().slice(before);
    },
    async close() {
      await driver?.quit().catch(() => {});
      session.kill("SIGKILL");
      await ended;
    },
  };
}
