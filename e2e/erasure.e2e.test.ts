/**
 * Journey: the data protection officer handles an erasure request for a demo client whose case is
 * open at the safeguarding panel's level. The request's page shows the hold and what to tell the
 * person, and she puts the request on hold. The team manager closes the case; the hold has gone,
 * she types the client's reference to confirm and erases. No search finds the person any more, and
 * their case opens with "details erased" in place of who they were.
 */
import { describe, expect } from "vitest";
import { caseDetailSchema, caseListSchema } from "../core/api/cases.js";
import { clientMatchListSchema, identitySchema } from "../core/api/clients.js";
import { requestDetailSchema } from "../core/api/data-rights.js";
import { dataProtectionStateSchema } from "../core/api/erasure.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { isolatedReference, translator } from "./support/catalogue.js";
import { chooseLanguage, getJson, postJson } from "./support/context-api.js";
import { signInAsNewStaff, siteId } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");

describe("erasure", () => {
  test("an erasure request is held while the client's case is open at the panel's level, and once the case is closed the officer erases and no search finds them", async ({ page, context, newContext }) => {
    const managerContext = await newContext();
    await signInAsNewStaff(managerContext, { displayName: "Sarah Whitfield", role: "team_manager", site: "Birmingham", emailLabel: "sarah.whitfield" });
    await signInAsNewStaff(context, { displayName: "Nadia Rahman", role: "data_protection_officer", site: null, emailLabel: "nadia.rahman" });

    // A Birmingham client whose only hold is their case, open at the panel's level.
    const birmingham = await siteId("Birmingham");
    const open = await getJson(managerContext, `/api/cases?siteId=${birmingham}&state=open&pageSize=100`, caseListSchema);
    let chosen: { caseId: string; caseReference: string; clientId: string } | null = null;
    for (const kase of open.items.filter((item) => item.tier === "panel_referral")) {
      const state = await getJson(context, `/api/data-protection/clients/${kase.clientId}`, dataProtectionStateSchema);
      const isOnlyThisCase = state.holds.every((hold) => hold.kind === "safeguarding" && hold.concern === "case_at_risk" && hold.caseId === kase.id) && state.openCaseReferences.length === 1;
      if (state.holds.length > 0 && isOnlyThisCase) {
        chosen = { caseId: kase.id, caseReference: kase.reference, clientId: kase.clientId };
        break;
      }
    }
    expect(chosen).not.toBeNull();
    const { caseId, caseReference, clientId } = chosen!;
    const person = await postJson(managerContext, `/api/clients/${clientId}/reveal`, undefined, identitySchema);
    const state = await getJson(context, `/api/data-protection/clients/${clientId}`, dataProtectionStateSchema);
    const reference = state.reference;
    const request = await postJson(context, "/api/data-rights/requests", { kind: "erasure", requesterRelation: "self", requesterName: "The person themself", receivedOn: new Date().toISOString().slice(0, 10), clientId }, requestDetailSchema, 201);

    // The request's page: the hold, in plain words, with what to tell the person; the request goes on hold.
    await page.goto(`/data-protection/requests/${request.id}`);
    await shows(pageHeading(page, en("dataRights.request.title", { reference: isolatedReference(request.reference) })));
    const decision = page.getByRole("region", { name: en("erasure.title") });
    await shows(decision.getByText(en("erasure.concerns.case_at_risk", { reference: isolatedReference(caseReference) })));
    await shows(decision.getByText(en("erasure.tell.safeguarding")));
    await expect(decision.getByRole("button", { name: en("erasure.confirm.erase") }).count()).resolves.toBe(0);
    await review(page, "erasure-held-en", { isFullPage: true });
    await chooseLanguage(context, "ur");
    await page.reload();
    await shows(page.getByRole("region", { name: ur("erasure.title") }).getByText(ur("erasure.heldTitle")));
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await review(page, "erasure-held-ur", { isFullPage: true });
    await chooseLanguage(context, "en");
    await page.reload();
    await decision.getByRole("button", { name: en("erasure.decide.hold") }).click();
    await page.getByRole("dialog").getByRole("button", { name: en("erasure.decide.hold") }).click();
    await shows(page.getByText(en("dataRights.statuses.on_hold"), { exact: true }).first());

    // The team manager closes the case.
    const kase = await getJson(managerContext, `/api/cases/${caseId}`, caseDetailSchema);
    await postJson(managerContext, `/api/cases/${caseId}/transitions`, { event: { type: "close", reason: "support_completed", outcome: "improved" }, reason: "Support finished; the panel's work is done.", version: kase.version }, { parse: (value: unknown) => value });

    // No hold now: the officer types the reference to confirm, and erases.
    await page.reload();
    await shows(decision.getByText(en("erasure.noHolds")));
    const erase = decision.getByRole("button", { name: en("erasure.confirm.erase") });
    await expect(erase.isDisabled()).resolves.toBe(true);
    await decision.getByLabel(en("erasure.confirm.typeReference", { reference: isolatedReference(reference) })).fill(reference);
    await expect(erase.isEnabled()).resolves.toBe(true);
    await review(page, "erasure-confirm-en", { isFullPage: true });
    await chooseLanguage(context, "ur");
    await page.reload();
    await page.getByRole("region", { name: ur("erasure.title") }).getByLabel(ur("erasure.confirm.typeReference", { reference: isolatedReference(reference) })).fill(reference);
    await review(page, "erasure-confirm-ur", { isFullPage: true });
    await chooseLanguage(context, "en");
    await page.reload();
    await decision.getByLabel(en("erasure.confirm.typeReference", { reference: isolatedReference(reference) })).fill(reference);
    await erase.click();
    await shows(decision.getByText(en("erasure.erasedTitle"), { exact: true }));
    await shows(page.getByText(en("dataRights.statuses.completed"), { exact: true }).first());

    // No search finds them: by name and date of birth, by a sound-alike name, by reference.
    const search = async (query: string) => (await getJson(managerContext, `/api/clients/search?${query}`, clientMatchListSchema)).items;
    expect(await search(new URLSearchParams({ givenName: person.givenName, familyName: person.familyName ?? "", ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}) }).toString())).toEqual([]);
    expect(await search(new URLSearchParams({ givenName: person.givenName, familyName: person.familyName ?? "" }).toString())).toEqual([]);
    expect(await search(`reference=${reference}`)).toEqual([]);

    // Their case still opens for the team manager, with "details erased" in place of who they were.
    const managerPage = await managerContext.newPage();
    await managerPage.goto(`/cases/${caseId}`);
    await shows(managerPage.getByText(en("erasure.clientRecord.erased")));
    await review(managerPage, "erased-case-en", { isFullPage: true });
    await chooseLanguage(managerContext, "ur");
    await managerPage.reload();
    await shows(managerPage.getByText(ur("erasure.clientRecord.erased")));
    await review(managerPage, "erased-case-ur", { isFullPage: true });
  });
});
