/**
 * The catalogues are complete and consistent. The staff UI's languages (English, Urdu) have exactly
 * the same keys; the public pages' languages (Punjabi, Bengali, Arabic, Polish) have exactly the
 * `public` section. No message is empty, every translation keeps English's placeholders and tags
 * (`{{site}}`, `<call999>`), there is a message for every server error code, role, vulnerability
 * domain, urgency, referral source and support language, every key the source code asks for exists,
 * and the public pages ask only for `public` keys — the only ones all six languages have.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { passwordProblemMessages } from "../../../core/password-policy.js";
import { roles } from "../../../core/roles.js";
import { referralStatusSchema } from "../../../core/api/referrals.js";
import { supportLanguages, urgencies, vulnerabilityDomains } from "../../../core/referrals/vocabulary.js";
import { errorStatus } from "../../../server/http/errors.js";
import { referralSources } from "../public/referral-values.js";
import { catalogueFiles } from "./catalogue-files.js";

type Catalogue = Record<string, unknown>;
const { en, ur, pa, bn, ar, pl } = catalogueFiles;
const staffLanguages: Record<string, Catalogue> = { ur };
const publicOnlyLanguages: Record<string, Catalogue> = { pa, bn, ar, pl };

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

/** Interpolations and the tags that place links in a message, e.g. `{{site}}` and `<call999>`. */
function placeholders(message: string): string[] {
  const values = [...message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => `{{${match[1] ?? ""}}}`);
  const tags = [...message.matchAll(/<\/?(\w+)>/g)].map((match) => match[0]);
  return [...values, ...tags].sort();
}

const english = flatten(en);
const englishPublic = new Map([...english].filter(([key]) => key.startsWith("public.")));

describe("i18n.catalogues", () => {
  it("gives every English message as a non-empty string", () => {
    for (const [key, value] of english) {
      expect(typeof value, key).toBe("string");
      expect(String(value).trim(), key).not.toBe("");
    }
  });

  for (const [language, catalogue] of Object.entries(staffLanguages)) {
    it(`has exactly the English keys in ${language}`, () => {
      expect([...flatten(catalogue).keys()].sort()).toEqual([...english.keys()].sort());
    });
    checkMessages(language, catalogue);
  }

  for (const [language, catalogue] of Object.entries(publicOnlyLanguages)) {
    it(`has exactly the public pages' English keys in ${language}`, () => {
      expect([...flatten(catalogue).keys()].sort()).toEqual([...englishPublic.keys()].sort());
    });
    checkMessages(language, catalogue);
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

  it("names every vulnerability domain, urgency, referral source, support language and status in plain words", () => {
    const expected = [
      ...vulnerabilityDomains.map((domain) => `public.reasons.${domain}`),
      ...urgencies.map((urgency) => `public.urgency.${urgency}`),
      ...referralSources.map((source) => `public.sources.${source}`),
      ...supportLanguages.map((language) => `public.supportLanguages.${language}`),
      ...referralStatusSchema.shape.status.options.flatMap((status) => [`public.status.${status}.title`, `public.status.${status}.body`]),
    ];
    expect(expected.filter((key) => !english.has(key))).toEqual([]);
  });

  it("keeps the public pages to public keys, which every language has", () => {
    const publicRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../public");
    const sections = new Set(Object.keys(en));
    const staffKeys: string[] = [];
    for (const file of sourceFiles(publicRoot)) {
      for (const match of readFileSync(file, "utf8").matchAll(/"([a-zA-Z]+)\.([\w.]+)"/g)) {
        if (sections.has(match[1] ?? "") && match[1] !== "public") staffKeys.push(`${path.basename(file)}: ${match[0]}`);
      }
    }
    expect(staffKeys).toEqual([]);
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

function checkMessages(language: string, catalogue: Catalogue): void {
  const messages = flatten(catalogue);

  it(`has no empty messages in ${language}`, () => {
    for (const [key, value] of messages) {
      expect(typeof value, key).toBe("string");
      expect(String(value).trim(), key).not.toBe("");
    }
  });

  it(`uses the same placeholders and tags as English in ${language}`, () => {
    for (const [key, value] of messages) {
      const original = english.get(key);
      expect(placeholders(String(value)), key).toEqual(placeholders(typeof original === "string" ? original : ""));
    }
  });
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}
