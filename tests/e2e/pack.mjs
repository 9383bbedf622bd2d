// The npm package as a project installs it: `npm pack` of target/package (scripts/package
// builds it) into a fresh temporary folder, unpacked there as node_modules/<name>.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

export const run = promisify(execFile);
const PACKAGE = "target/package";

/**
 * Packs target/package into a fresh temporary folder and unpacks it as node_modules/<name>.
 * Resolves to `{ dir, root, pack }`: the folder, the unpacked package, `npm pack`'s report.
 */
export async function packAndUnpack() {
  const dir = await mkdtemp(join(tmpdir(), "reframe-package-"));
  let stdout;
  try {
    ({ stdout } = await run("npm", ["pack", resolve(PACKAGE), "--pack-destination", dir, "--json", "--loglevel=error"]));
  } catch (error) {
    throw new Error(`npm pack ${PACKAGE} failed (run scripts/package first): ${error.message}`);
  }
  const [pack] = JSON.parse(stdout);
  const root = join(dir, "node_modules", pack.name);
  await mkdir(root, { recursive: true });
  await run("tar", ["-xzf", join(dir, pack.filename), "-C", root, "--strip-components=1"]);
  return { dir, root, pack };
}
