/**
 * The catalogues are complete and consistent: every language has exactly the keys English has, no
 * empty messages, the same interpolation placeholders, a message for every server error code and
 * role, and every key the source code asks for exists.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { passwordProblemMessages } from "../../../core/password-policy.js";
import { roles } from "../../../core/roles.js";
import { errorStatus } from "../../../server/http/errors.js";
import en from "./en.json";
import ur from "./ur.json";

type Catalogue = Record<string, unknown>;
const others: Record<string, Catalogue> = { ur };

function flatten(catalogue: Catalogue, prefix = ""): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") {
      for (const [nested, leaf] of flatten(value as Catalogue, full)) entries.set(nested, leaf);
    } else entries.set(full, value);
  }
  return entries;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? "").sort();
}

const english = flatten(en);

describe("i18n.catalogues", () => {
  it("gives every English message as a non-empty string", () => {
    for (const [key, value] of english) {
      expect(typeof value, key).toBe("string");
      expect(String(value).trim(), key).not.toBe("");
    }
  });

  for (const [language, catalogue] of Object.entries(others)) {
    const messages = flatten(catalogue);

    it(`has exactly the English keys in ${language}`, () => {
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`has no empty messages in ${language}`, () => {
      for (const [key, value] of messages) {
        expect(typeof value, key).toBe("string");
        expect(String(value).trim(), key).not.toBe("");
      }
    });

    it(`uses the same placeholders as English in ${language}`, () => {
      for (const [key, value] of messages) {
        const original = english.get(key);
        expect(placeholders(String(value)), key).toEqual(placeholders(typeof original === "string" ? original : ""));
      }
    });
  }

  it("explains every error code the server can send", () => {
    for (const code of Object.keys(errorStatus)) expect(english.has(`errors.${code}`), code).toBe(true);
  });

  it("explains every reason the password policy gives", () => {
    for (const problem of Object.keys(passwordProblemMessages)) {
      expect(english.has(`password.problems.${problem}`), problem).toBe(true);
    }
  });

  it("names and describes every role in plain words", () => {
    for (const role of roles) {
      for (const part of ["name", "description", "coming"]) {
        expect(english.has(`roles.${role}.${part}`), `${role}.${part}`).toBe(true);
      }
    }
  });

  it("has every key the source code asks for", () => {
    const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
    const sections = new Set(Object.keys(en));
    const missing: string[] = [];
    for (const file of sourceFiles(sourceRoot)) {
      const text = readFileSync(file, "utf8");
      // Any string literal shaped like a key of a catalogue section, wherever it appears (t(), ternaries, tables).
      for (const match of text.matchAll(/"([a-zA-Z]+)\.([\w.]+)"/g)) {
        if (!sections.has(match[1] ?? "")) continue;
        const key = `${match[1]}.${match[2]}`;
        if (!english.has(key) && !english.has(`${key}_other`)) missing.push(`${path.relative(sourceRoot, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}
