/**
 * Vite plugin that writes the service worker (web/service-worker.js) into the build as `sw.js`,
 * with the list of the app shell's files (the built page, scripts, styles, and the public folder's
 * icons and manifest, source maps left out) and a version that changes whenever that list or the
 * worker does, so a new release replaces the old shell.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Plugin } from "vite";

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]));
}

export function serviceWorkerPlugin(options: { template: string; publicDir: string }): Plugin {
  return {
    name: "pathways-service-worker",
    apply: "build",
    // After the page itself is written into the bundle.
    enforce: "post",
    generateBundle(_output, bundle) {
      const built = Object.keys(bundle).filter((file) => !file.endsWith(".map"));
      const copied = filesUnder(options.publicDir).map((file) => relative(options.publicDir, file).split("\\").join("/"));
      const shell = [...new Set(["index.html", ...built, ...copied])].map((file) => `/${file}`).sort();
      const template = readFileSync(options.template, "utf8");
      const contents = built.map((file) => {
        const item = bundle[file]!;
        return item.type === "chunk" ? item.code : String(item.source);
      });
      const version = createHash("sha256").update(template).update(JSON.stringify(shell)).update(contents.join("\n")).digest("hex").slice(0, 16);
      this.emitFile({ type: "asset", fileName: "sw.js", source: template.replace("__VERSION__", version).replace("__SHELL__", JSON.stringify(shell)) });
    },
  };
}
