/**
 * Draws the installable app's icons (web/public/icons) from one SVG: the favicon's path on the
 * brand's green, at the sizes phones ask for, plus a "maskable" one whose drawing keeps to the
 * middle 80% so a launcher may crop it to any shape. Run with `npx tsx scripts/make-app-icons.ts`
 * after changing the drawing; the PNGs are committed.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const brand = "#0b5d56";
const out = fileURLToPath(new URL("../web/public/icons/", import.meta.url));

/** The path, scaled into a square of `size`, inset by `padding` (a fraction of the side). */
function drawing(size: number, padding: number, rounded: boolean): string {
  const inner = size * (1 - 2 * padding);
  const at = (x: number) => size * padding + (x / 32) * inner;
  const radius = rounded ? size * 0.19 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="${brand}"/>
  <path d="M${at(8)} ${at(24)}C${at(12)} ${at(14)} ${at(20)} ${at(18)} ${at(24)} ${at(8)}" stroke="#fff" stroke-width="${(3 / 32) * inner}" fill="none" stroke-linecap="round"/>
  <circle cx="${at(24)}" cy="${at(8)}" r="${(2.6 / 32) * inner}" fill="#fff"/>
</svg>`;
}

mkdirSync(out, { recursive: true });
const icons: { file: string; size: number; padding: number; rounded: boolean }[] = [
  { file: "icon-192.png", size: 192, padding: 0.06, rounded: true },
  { file: "icon-512.png", size: 512, padding: 0.06, rounded: true },
  { file: "apple-touch-icon.png", size: 180, padding: 0.1, rounded: false },
  // Maskable: full-bleed background, drawing inside the safe zone (a circle of 80% of the side).
  { file: "maskable-512.png", size: 512, padding: 0.22, rounded: false },
];
for (const icon of icons) {
  await sharp(Buffer.from(drawing(icon.size, icon.padding, icon.rounded))).png({ compressionLevel: 9 }).toFile(`${out}${icon.file}`);
}
console.log(`Drew ${icons.length} icons in ${out}`);
