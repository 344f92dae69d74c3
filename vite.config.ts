/**
 * Builds the staff single-page app from `web/` into `dist/web`, which the server serves with an SPA
 * fallback. In development `/api` is proxied to the server on port 3000 so cookies stay same-origin.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import postcssPresetMantine from "postcss-preset-mantine";
import type { AcceptedPlugin } from "postcss";
import { defineConfig } from "vite";
import { serviceWorkerPlugin } from "./scripts/service-worker-plugin.js";

// The preset's declarations do not resolve under this project's module settings; its shape is known.
const mantinePostcss = postcssPresetMantine as unknown as () => AcceptedPlugin;

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: fromRoot("./web"),
  plugins: [react(), serviceWorkerPlugin({ template: fromRoot("./web/service-worker.js"), publicDir: fromRoot("./web/public") })],
  css: { postcss: { plugins: [mantinePostcss()] } },
  build: {
    outDir: fromRoot("./dist/web"),
    emptyOutDir: true,
    sourcemap: true,
    // The CSP forbids inline scripts; modern browsers support modulepreload without a polyfill.
    modulePreload: { polyfill: false },
    // Libraries change less often than the app; separate chunks stay cached across releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            { name: "mantine", test: /node_modules[\\/]@mantine[\\/]/ },
            { name: "vendor", test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } },
  },
});
