/**
 * Journey: the public site. A content editor drafts an article in English and Urdu in the staff
 * area's rich-text editor and sends it for review; another editor publishes it; a visitor reading in
 * Urdu (right to left) finds it by its topic, reads it, and follows "get help" to the referral form,
 * which opens in Urdu. And every public page, in each of its six languages, passes the
 * accessibility checks.
 */
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { siteLanguages } from "../core/content/vocabulary.js";
import { words } from "../server/content/site/messages/index.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { signInAsNewStaff } from "./support/staff.js";

const en = translator("en");
const ur = words.ur;

async function write(page: Page, field: string, text: string): Promise<void> {
  const box = page.getByRole("textbox", { name: field, exact: true });
  await box.click();
  await page.keyboard.type(text);
}

describe("the public site", () => {
  test("an editor drafts an article in English and Urdu, another publishes it, and a visitor finds it by topic in Urdu and goes on to ask for help", async ({ context, newContext, page }) => {
    const marker = randomUUID().slice(0, 6);
    const englishTitle = `Alcohol and Ramadan ${marker}`;
    const urduTitle = `شراب اور رمضان ${marker}`;
    await signInAsNewStaff(context, { displayName: "Sana Iqbal", role: "content_editor", site: null, emailLabel: "sana.iqbal" });
    await page.goto("/content");
    await shows(pageHeading(page, en("content.title")));
    await page.getByRole("link", { name: en("content.newArticle") }).click();
    await shows(pageHeading(page, en("content.newArticle")));
    await page.getByRole("textbox", { name: en("content.editor.slug") }).fill(`alcohol-and-ramadan-${marker}`);
    await page.getByRole("checkbox", { name: en("content.topics.alcohol") }).check();
    await write(page, en("content.editor.title", { language: "English" }), englishTitle);
    await write(page, en("content.editor.summary", { language: "English" }), "Fasting, drinking and where to find support.");
    await write(page, en("content.editor.body", { language: "English" }), "Many people use the month to stop drinking.");
    await page.getByRole("combobox", { name: en("content.editor.addLanguage") }).click();
    await page.getByRole("option", { name: "اردو" }).click();
    await write(page, en("content.editor.title", { language: "اردو" }), urduTitle);
    await write(page, en("content.editor.summary", { language: "اردو" }), "روزہ، شراب نوشی اور مدد کہاں سے ملے۔");
    await write(page, en("content.editor.body", { language: "اردو" }), "بہت سے لوگ اس مہینے شراب چھوڑ دیتے ہیں۔");
    expect(await page.getByRole("textbox", { name: en("content.editor.body", { language: "اردو" }) }).getAttribute("dir")).toBe("rtl");
    await review(page, "content-editor-new-article");
    await page.getByRole("button", { name: en("content.actions.create") }).click();
    await shows(page.getByText(en("content.status.draft"), { exact: true }));
    await page.getByRole("button", { name: en("content.actions.submit") }).click();
    await shows(page.getByText(en("content.done.submit")));
    const articleAddress = new URL(page.url()).pathname;

    const reviewerContext = await newContext();
    await signInAsNewStaff(reviewerContext, { displayName: "Peter Nowak", role: "content_editor", site: null, emailLabel: "peter.nowak" });
    const reviewer = await reviewerContext.newPage();
    await reviewer.goto(articleAddress);
    await shows(pageHeading(reviewer, englishTitle));
    await reviewer.getByRole("button", { name: en("content.actions.publish") }).click();
    await shows(reviewer.getByText(en("content.done.publish")));
    await review(reviewer, "content-editor-published");

    const visitor = await (await newContext()).newPage();
    await visitor.goto("/ur/");
    expect(await visitor.locator("html").getAttribute("dir")).toBe("rtl");
    await review(visitor, "public-home-ur");
    await visitor.getByRole("link", { name: ur.topics.alcohol, exact: true }).first().click();
    await shows(pageHeading(visitor, `${ur.library.title}: ${ur.topics.alcohol}`));
    await visitor.getByRole("link", { name: urduTitle }).click();
    await shows(pageHeading(visitor, urduTitle));
    expect(await visitor.locator("html").getAttribute("lang")).toBe("ur");
    await review(visitor, "public-article-ur");
    await visitor.locator("aside").getByRole("link", { name: ur.article.helpLink }).click();
    const help = translator("ur");
    await shows(pageHeading(visitor, help("public.getHelp.title")));
    await visitor.getByRole("link", { name: help("public.getHelp.forMyself") }).click();
    await shows(pageHeading(visitor, help("public.form.title")));
    expect(new URL(visitor.url()).pathname).toBe("/refer");
    expect(await visitor.locator("html").getAttribute("dir")).toBe("rtl");
  });

  test("every public page passes the accessibility checks in every language", async ({ page }) => {
    const pages = ["/", "/get-help", "/articles", "/articles?topic=drugs", "/articles/cannabis-and-young-people", "/stories", "/stories/finding-another-way", "/funding", "/contact", "/privacy", "/articles/no-such-article"];
    for (const language of siteLanguages) {
      for (const path of pages) {
        await page.goto(`/${language}${path}`);
        expect(await page.locator("html").getAttribute("lang")).toBe(language);
        await review(page, `public-${language}${path.replace(/[/?=]+/g, "-")}`);
      }
    }
  });
});
