/**
 * Journey: the data protection officer opens the retention schedule in the demo, where four people
 * at Birmingham whose cases closed years ago are due for deletion. She chooses two and deletes them
 * together after the confirmation, reads the record of deletions (references and rules, never what
 * the records held), in English and in Urdu, and no search finds the two people any more.
 */
import { describe, expect } from "vitest";
import { clientMatchListSchema, identitySchema } from "../core/api/clients.js";
import { retentionQueueSchema } from "../core/api/retention.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { translator } from "./support/catalogue.js";
import { chooseLanguage, csrf, getJson } from "./support/context-api.js";
import { signInAsNewStaff } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");

describe("retention", () => {
  test("the officer deletes two of the demo's four records due in one approval, sees the record of deletions without their content, and the two people are found by no search", async ({ page, context, newContext }) => {
    const managerContext = await newContext();
    await signInAsNewStaff(managerContext, { displayName: "Sarah Whitfield", role: "team_manager", site: "Birmingham", emailLabel: "sarah.whitfield" });
    await signInAsNewStaff(context, { displayName: "Nadia Rahman", role: "data_protection_officer", site: null, emailLabel: "nadia.rahman" });

    // The demo's four, as the daily review listed them at start.
    const due = await getJson(context, "/api/data-protection/retention/queue?status=due", retentionQueueSchema);
    expect(due.total).toBe(4);
    const [first, second] = due.items;
    const chosen = [first!, second!];
    // Who they are, read by their team manager before they go, to search for afterwards.
    const people: { clientId: string; reference: string; identity: ReturnType<typeof identitySchema.parse> }[] = [];
    for (const entry of chosen) {
      const [match] = (await getJson(managerContext, `/api/clients/search?reference=${entry.reference}`, clientMatchListSchema)).items;
      expect(match?.reference).toBe(entry.reference);
      const response = await managerContext.request.post(`/api/clients/${match!.clientId}/reveal`, { headers: await csrf(managerContext) });
      expect(response.status()).toBe(200);
      people.push({ clientId: match!.clientId, reference: entry.reference, identity: identitySchema.parse(await response.json()) });
    }

    await page.goto("/data-protection/retention");
    await shows(pageHeading(page, en("retention.title")));
    await shows(page.getByRole("tab", { name: en("retention.tabs.dueCount", { count: 4 }) }));
    await shows(page.getByText(en("retention.due.caption", { count: 4 })));
    await review(page, "retention-queue-en", { isFullPage: true });
    await chooseLanguage(context, "ur");
    await page.reload();
    await shows(pageHeading(page, ur("retention.title")));
    await shows(page.getByText(ur("retention.due.caption", { count: 4 })));
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await review(page, "retention-queue-ur", { isFullPage: true });
    await chooseLanguage(context, "en");
    await page.reload();

    // Two chosen, deleted together after the confirmation.
    for (const entry of chosen) await page.getByRole("checkbox", { name: en("retention.due.choose", { reference: entry.reference }) }).check();
    await page.getByRole("button", { name: en("retention.due.deleteChosen", { count: 2 }) }).click();
    const dialog = page.getByRole("dialog", { name: en("retention.due.confirmTitle", { count: 2 }) });
    await shows(dialog.getByText(en("retention.due.confirmBody", { count: 2 })));
    await review(page, "retention-confirm-en");
    await dialog.getByRole("button", { name: en("retention.due.confirm", { count: 2 }) }).click();
    await shows(page.getByText(en("retention.due.deleted", { count: 2 })));
    await shows(page.getByText(en("retention.due.caption", { count: 2 })));

    // The record of deletions: who approved, how many, and the references, never what the records held.
    await page.getByRole("button", { name: en("retention.due.seeRecord") }).click();
    await shows(page.getByText(en("retention.deleted.caption", { count: 1 })));
    await shows(page.getByRole("cell", { name: "Nadia Rahman" }));
    await page.getByRole("button", { name: en("retention.deleted.show") }).click();
    const detail = page.getByRole("dialog", { name: en("retention.deleted.detailTitle") });
    for (const person of people) await shows(detail.getByText(person.reference));
    const shown = await page.locator("body").innerText();
    for (const person of people) {
      expect(shown).not.toContain(person.identity.givenName);
      if (person.identity.familyName) expect(shown).not.toContain(person.identity.familyName);
    }
    await review(page, "retention-deleted-en", { isFullPage: true });
    await chooseLanguage(context, "ur");
    await page.reload();
    await page.getByRole("tab", { name: ur("retention.tabs.deleted") }).click();
    await page.getByRole("button", { name: ur("retention.deleted.show") }).click();
    await shows(page.getByRole("dialog", { name: ur("retention.deleted.detailTitle") }).getByText(people[0]!.reference));
    await review(page, "retention-deleted-ur", { isFullPage: true });
    await chooseLanguage(context, "en");

    // No search finds them: by name and date of birth, by name alone, by reference.
    for (const person of people) {
      const { givenName, familyName, dateOfBirth } = person.identity;
      const searches = [
        new URLSearchParams({ givenName, familyName: familyName ?? "", ...(dateOfBirth ? { dateOfBirth } : {}) }),
        new URLSearchParams({ givenName, familyName: familyName ?? "" }),
        new URLSearchParams({ reference: person.reference }),
      ];
      for (const query of searches) {
        const { items } = await getJson(managerContext, `/api/clients/search?${query.toString()}`, clientMatchListSchema);
        expect(items.map((item) => item.clientId)).not.toContain(person.clientId);
      }
    }
    // The other two are still due.
    expect((await getJson(context, "/api/data-protection/retention/queue?status=due", retentionQueueSchema)).total).toBe(2);
  });
});
