/**
 * Working an assessment through the pages as a practitioner does: starting one from the case page,
 * answering questions (the toolkit's thirty ratings by keyboard, a number key each), and reading
 * the date the pages show for a day.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { crossVulnerability } from "../../core/instruments/built-in/cross-vulnerability.js";
import { shows } from "./browser.js";
import type { translator } from "./catalogue.js";

type Translate = ReturnType<typeof translator>;

/** A calendar day `daysAgo` before today where the browser is (London), as YYYY-MM-DD. */
export function londonDay(daysAgo: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() - daysAgo * 86_400_000));
}

/** A day as the English pages show it ("27 Oct 2026"). */
export const shownDay = (isoDate: string): string => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));

/** From the case page: "Start an assessment", choose the instrument and the day, and land on the draft. */
export async function startAssessment(page: Page, t: Translate, instrumentTitle: string, assessedOn: string): Promise<void> {
  const section = page.getByRole("region", { name: t("assessments.case.title") });
  await section.getByRole("button", { name: t("assessments.case.start") }).click();
  const dialog = await shows(page.getByRole("dialog", { name: t("assessments.start.title") }));
  await dialog.getByRole("combobox", { name: t("assessments.start.instrument") }).selectOption({ label: instrumentTitle });
  await dialog.getByLabel(t("assessments.form.assessedOn")).fill(assessedOn);
  await dialog.getByRole("button", { name: t("assessments.start.submit"), exact: true }).click();
  await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
}

/** A question's answers, by the question's wording, within a section (fieldset) when given. */
export const question = (scope: Page | Locator, label: string): Locator => scope.getByRole("radiogroup", { name: label, exact: true });

export async function answer(scope: Page | Locator, label: string, option: string): Promise<void> {
  await question(scope, label).getByRole("radio", { name: option, exact: true }).check();
}

/** The fieldset of one of the instrument's sections, by its title. */
export const section = (page: Page, title: string): Locator => page.getByRole("group", { name: title, exact: true });

/**
 * Rates every push, pull and protective factor of the toolkit from the keyboard, as a quick
 * practitioner would: focus an answer, press the number key (1 for "0: none", 4 for "3: strong").
 */
export async function rateToolkitByKeyboard(page: Page, ratings: Record<string, number>): Promise<void> {
  for (const part of crossVulnerability.sections.filter((candidate) => candidate.id !== "safeguarding")) {
    const fieldset = section(page, part.title);
    for (const item of part.items.filter((candidate) => candidate.type === "choice")) {
      const first = question(fieldset, item.label).getByRole("radio").first();
      await first.focus();
      const rating = ratings[item.id] ?? 0;
      await page.keyboard.press(String(rating + 1));
      await expect.poll(() => question(fieldset, item.label).getByRole("radio").nth(rating).isChecked()).toBe(true);
    }
  }
}

/** A toolkit section's title and its first item's wording, from the built-in definition. */
export function toolkitSection(id: string): { title: string; labels: string[] } {
  const found = crossVulnerability.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no toolkit section ${id}`);
  return { title: found.title, labels: found.items.map((item) => item.label) };
}
