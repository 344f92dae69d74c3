/**
 * Journey: from a worried relative's referral to a case a mentor can work. A relative fills in the
 * public form in Urdu for Birmingham about "Muhammad Khan", who is already a client as "Mohammed
 * Khan" with the same date of birth. A Birmingham caseworker finds the referral in the triage queue,
 * sees the likely duplicate and why, decides it is a new person and accepts it. A mentor at
 * Birmingham who is not on the case gets "not found"; the site's manager assigns them from the case
 * page, and then they can open it. A second journey restricts a case and names a colleague on it.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { pageHeading, review, settled, shows, test } from "./support/browser.js";
import { acceptedReferral } from "./support/casework.js";
import { isolated, translator } from "./support/catalogue.js";
import { switchLanguage } from "./support/app-pages.js";
import { signInAsNewStaff, siteId } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");
/** How the app sets a name or reference inside a sentence: isolated from the text around it. */
const referencePattern = /^R-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** Reviews the whole page from its top, so the fixed header sits where a reader sees it. */
async function reviewWhole(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await review(page, name);
}

/** The case page's reference (K-ABCD-1234), read from its heading once the case has loaded. */
async function caseReferenceOn(page: Page): Promise<string> {
  const [before = "", after = ""] = en("cases.detailTitle", { reference: "\u0000" }).split("\u0000");
  const title = new RegExp(`^${before}(K-[0-9A-Z]{4}-[0-9A-Z]{4})${after}$`);
  const heading = await shows(page.getByRole("heading", { level: 1, name: title }));
  return (await heading.textContent())?.match(title)?.[1] ?? "";
}

describe("from referral to case", () => {
  test("a relative refers in Urdu; a caseworker spots the likely duplicate and accepts; a manager assigns a mentor, who can then open the case", async ({
    context: caseworkerContext,
    page: caseworker,
    newContext,
  }) => {
    const birmingham = await siteId("Birmingham");
    await signInAsNewStaff(caseworkerContext, { displayName: "Saira Rehman", role: "caseworker", site: "Birmingham", emailLabel: "saira.rehman" });
    const managerContext = await newContext();
    await signInAsNewStaff(managerContext, { displayName: "Imran Qureshi", role: "team_manager", site: "Birmingham", emailLabel: "imran.qureshi" });
    const mentorContext = await newContext();
    const mentorName = "Hamza Siddiqui";
    await signInAsNewStaff(mentorContext, { displayName: mentorName, role: "mentor", site: "Birmingham", emailLabel: "hamza.siddiqui" });

    // Already known: Mohammed Khan, accepted from an earlier referral.
    const known = await acceptedReferral(caseworkerContext, birmingham, { givenName: "Mohammed", familyName: "Khan", dateOfBirth: "2007-04-12" });

    // A relative, on the public form, in Urdu.
    const publicContext = await newContext();
    const relative = await publicContext.newPage();
    await relative.goto("/refer");
    await shows(pageHeading(relative, en("public.form.title")));
    await relative.getByRole("group", { name: en("public.language.label") }).getByRole("button", { name: "اردو" }).click();
    await relative.locator('html[lang="ur"][dir="rtl"]').waitFor({ state: "attached" });
    await shows(pageHeading(relative, ur("public.form.title")));
    await relative.getByRole("radio", { name: ur("public.sources.family"), exact: true }).check();
    await relative.getByRole("textbox", { name: ur("public.form.referrer.name"), exact: true }).fill("نسرین خان");
    await relative.getByRole("textbox", { name: ur("public.form.referrer.phone"), exact: true }).fill("07700 900765");
    await relative.getByRole("textbox", { name: ur("public.form.person.givenName"), exact: true }).fill("Muhammad");
    await relative.getByRole("textbox", { name: ur("public.form.person.familyName") }).fill("Khan");
    await relative.getByRole("textbox", { name: ur("public.form.person.day"), exact: true }).fill("12");
    await relative.getByRole("textbox", { name: ur("public.form.person.month"), exact: true }).fill("4");
    await relative.getByRole("textbox", { name: ur("public.form.person.year"), exact: true }).fill("2007");
    await relative.getByRole("checkbox", { name: ur("public.reasons.criminal_exploitation_gangs"), exact: true }).check();
    await relative.getByRole("textbox", { name: ur("public.form.worries.concern"), exact: true }).fill("وہ رات دیر تک باہر رہتا ہے اور نئے دوستوں کے بارے میں کچھ نہیں بتاتا۔");
    await relative.getByRole("radio", { name: ur("public.urgency.soon"), exact: true }).check();
    await relative.getByRole("radio", { name: "Birmingham", exact: true }).check();
    // Reading the form in Urdu, the language to talk in has followed.
    expect(await relative.getByRole("combobox", { name: ur("public.form.support.language") }).inputValue()).toBe("ur");
    await relative.getByRole("checkbox", { name: ur("public.form.privacy.consent"), exact: true }).check();
    await reviewWhole(relative, "public-referral-filled-ur");
    await relative.getByRole("button", { name: ur("public.form.submit"), exact: true }).click();
    await shows(pageHeading(relative, ur("public.received.title")));
    const reference = (await (await shows(relative.getByText(referencePattern))).textContent()) ?? "";
    expect(reference).toMatch(referencePattern);
    expect(await relative.locator("html").getAttribute("dir")).toBe("rtl");
    await reviewWhole(relative, "public-referral-received-ur");

    // The caseworker finds it in Birmingham's triage queue.
    await caseworker.goto("/referrals");
    await shows(pageHeading(caseworker, en("referrals.queueTitle")));
    await shows(caseworker.getByText(en("referrals.queueIntro", { site: isolated("Birmingham") })));
    const queued = await shows(caseworker.getByRole("link", { name: en("referrals.open", { reference }) }));
    await reviewWhole(caseworker, "triage-queue-en");
    await queued.click();

    // The duplicate check names the existing client and says why.
    await shows(pageHeading(caseworker, en("referrals.detailTitle", { reference })));
    const preferences = caseworker.getByRole("region", { name: en("referrals.preferencesTitle") });
    await shows(preferences.getByText(en("public.supportLanguages.ur"), { exact: true }));
    const candidates = await shows(caseworker.getByRole("radiogroup", { name: en("referrals.duplicates.question") }));
    const sameAsKnown = candidates.getByRole("radio", { name: new RegExp(`${en("referrals.duplicates.samePerson")}\\s*${known.clientReference}`) });
    await shows(sameAsKnown);
    // The candidate is the smallest part of the list holding both its choice and its reasons.
    const knownCandidate = candidates
      .locator("div")
      .filter({ has: caseworker.getByRole("radio", { name: new RegExp(known.clientReference) }) })
      .filter({ hasText: en("clients.matchReasons.similar_name") })
      .last();
    await shows(knownCandidate.getByText(en("clients.matchReasons.same_date_of_birth_and_family_name"), { exact: true }));
    await shows(knownCandidate.getByText(en("clients.matchReasons.similar_name"), { exact: true }));
    await shows(knownCandidate.getByText(en("clients.strength.strong"), { exact: true }));
    await reviewWhole(caseworker, "triage-duplicates-en");

    // Mohammed is a cousin with the same birthday, as the family confirms: a new person.
    const newPerson = candidates.getByRole("radio", { name: en("referrals.duplicates.newPerson") });
    await newPerson.check();
    expect(await newPerson.isChecked()).toBe(true);
    expect(await sameAsKnown.isChecked()).toBe(false);
    await caseworker.getByRole("radio", { name: en("referrals.triage.options.accept"), exact: true }).check();
    await shows(caseworker.getByRole("status").filter({ hasText: en("referrals.triage.willCreate") }));
    await caseworker.getByRole("textbox", { name: en("referrals.triage.reason") }).fill("Not the same person: a cousin with the same birthday, the family says. Worries about older boys.");
    await caseworker.getByRole("button", { name: en("referrals.triage.submit.accept") }).click();
    const accepted = await shows(caseworker.getByRole("status").filter({ hasText: en("referrals.triage.acceptedTitle") }));
    await accepted.getByRole("link", { name: en("referrals.triage.openCase") }).click();
    await caseworker.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = new URL(caseworker.url()).pathname;
    const caseReference = await caseReferenceOn(caseworker);
    expect(caseReference).not.toBe("");
    expect(caseReference).not.toBe(known.reference);
    await shows(caseworker.getByText(en("cases.timeline.types.opened"), { exact: true }));
    await reviewWhole(caseworker, "case-after-triage-en");

    // A mentor at Birmingham who is not on the case cannot open it.
    const mentor = await mentorContext.newPage();
    await mentor.goto(caseUrl);
    await shows(pageHeading(mentor, en("cases.notFound.title")));
    await shows(mentor.getByText(en("cases.notFound.body")));
    await reviewWhole(mentor, "case-not-found-mentor-en");

    // The manager offers a transfer to the organisation's other sites, and assigns the mentor.
    const manager = await managerContext.newPage();
    await manager.goto(caseUrl);
    await shows(pageHeading(manager, en("cases.detailTitle", { reference: caseReference })));
    // The caseworker who accepted the referral is its key worker.
    await shows(manager.getByRole("region", { name: en("cases.assignments.title") }).getByText("Saira Rehman", { exact: true }));
    await manager.getByRole("button", { name: en("cases.transfer.start") }).click();
    const transfer = await shows(manager.getByRole("dialog", { name: en("cases.transfer.title") }));
    const destinations = transfer.getByRole("combobox", { name: en("cases.transfer.toSite") });
    expect(await destinations.locator("option:not([disabled])").allTextContents()).toEqual(["Luton", "Manchester"]);
    await review(manager, "case-transfer-dialog-en", { isFullPage: false });
    await transfer.getByRole("button", { name: en("common.cancel") }).click();
    await transfer.waitFor({ state: "detached" });

    const person = manager.getByRole("combobox", { name: en("cases.assignments.person") });
    await shows(manager.getByText(en("cases.assignments.roleFirst")));
    expect(await person.isDisabled()).toBe(true);
    await manager.getByRole("combobox", { name: en("cases.assignments.role") }).selectOption({ label: en("cases.roles.mentor") });
    expect(await person.isEnabled()).toBe(true);
    await person.selectOption({ label: mentorName });
    await reviewWhole(manager, "case-assign-form-en");
    await manager.getByRole("button", { name: en("cases.assignments.assign"), exact: true }).click();
    await shows(manager.getByRole("status").filter({ hasText: en("cases.assignments.done") }));
    const assignments = manager.getByRole("region", { name: en("cases.assignments.title") });
    await shows(assignments.getByText(mentorName, { exact: true }));
    const timeline = manager.getByRole("region", { name: en("cases.timeline.title") });
    await shows(timeline.getByText(en("cases.timeline.personAs", { who: isolated(mentorName), role: en("cases.roles.mentor") }), { exact: true }));
    await reviewWhole(manager, "case-assigned-en");

    // The same page in Urdu: the timeline names the mentor there too.
    await switchLanguage(manager, "en", "ur", { isSignedIn: true });
    await shows(pageHeading(manager, ur("cases.detailTitle", { reference: caseReference })));
    await shows(manager.getByRole("status").filter({ hasText: ur("cases.assignments.done") }));
    const timelineUr = manager.getByRole("region", { name: ur("cases.timeline.title") });
    await shows(timelineUr.getByText(ur("cases.timeline.personAs", { who: isolated(mentorName), role: ur("cases.roles.mentor") }), { exact: true }));
    await shows(manager.getByRole("combobox", { name: ur("cases.assignments.role") }));
    await reviewWhole(manager, "case-assigned-ur");

    // Now the mentor sees the case, with themselves on it.
    await mentor.reload();
    await shows(pageHeading(mentor, en("cases.detailTitle", { reference: caseReference })));
    await shows(mentor.getByRole("region", { name: en("cases.assignments.title") }).getByText(mentorName, { exact: true }));
    await settled(mentor);
    expect(await mentor.getByRole("button", { name: en("cases.assignments.assign") }).count()).toBe(0);
    await reviewWhole(mentor, "case-mentor-en");
  });

  test("a manager working in Urdu restricts a case and names a caseworker on it, who can then open it", async ({
    context: managerContext,
    page: manager,
    newContext,
  }) => {
    const birmingham = await siteId("Birmingham");
    const keyWorkerContext = await newContext();
    const keyWorkerName = "Kashif Mirza";
    await signInAsNewStaff(keyWorkerContext, { displayName: keyWorkerName, role: "caseworker", site: "Birmingham", emailLabel: "kashif.mirza" });
    const colleagueContext = await newContext();
    const colleagueName = "Asma Chaudhry";
    await signInAsNewStaff(colleagueContext, { displayName: colleagueName, role: "caseworker", site: "Birmingham", emailLabel: "asma.chaudhry" });
    const managerName = "Farah Nazir";
    await signInAsNewStaff(managerContext, { displayName: managerName, role: "team_manager", site: "Birmingham", emailLabel: "farah.nazir" });
    const kase = await acceptedReferral(keyWorkerContext, birmingham, { givenName: "Ibrahim", familyName: "Malik", dateOfBirth: "2008-09-30" });

    await manager.goto(`/cases/${kase.id}`);
    await shows(pageHeading(manager, en("cases.detailTitle", { reference: kase.reference })));
    await switchLanguage(manager, "en", "ur", { isSignedIn: true });
    await shows(pageHeading(manager, ur("cases.detailTitle", { reference: kase.reference })));
    await manager.getByRole("button", { name: ur("cases.restriction.restrict") }).click();
    const dialog = await shows(manager.getByRole("dialog", { name: ur("cases.restriction.restrict") }));
    await dialog.getByRole("textbox", { name: ur("cases.why") }).fill("چینل ریفرل: صرف نامزد افراد یہ کیس دیکھیں۔");
    await dialog.getByRole("button", { name: ur("cases.restriction.restrict") }).click();
    await shows(manager.getByRole("status").filter({ hasText: ur("cases.restriction.done.restrict") }));

    // Whoever restricts the case and its key worker are named on it; the colleague is not, yet.
    const named = manager.getByRole("region", { name: ur("cases.restriction.named") });
    await shows(named.getByText(managerName, { exact: true }));
    await shows(named.getByText(keyWorkerName, { exact: true }));
    const colleague = await colleagueContext.newPage();
    await colleague.goto(`/cases/${kase.id}`);
    await shows(pageHeading(colleague, en("cases.notFound.title")));

    await named.getByRole("combobox", { name: ur("cases.restriction.nameLabel") }).selectOption({ label: colleagueName });
    await reviewWhole(manager, "case-restricted-naming-ur");
    await named.getByRole("button", { name: ur("cases.restriction.nameSubmit") }).click();
    await shows(manager.getByRole("status").filter({ hasText: ur("cases.restriction.namedDone", { name: isolated(colleagueName) }) }));
    await shows(named.getByText(colleagueName, { exact: true }));
    await reviewWhole(manager, "case-restricted-named-ur");

    await switchLanguage(manager, "ur", "en", { isSignedIn: true });
    const namedEn = manager.getByRole("region", { name: en("cases.restriction.named") });
    await shows(namedEn.getByText(colleagueName, { exact: true }));
    await shows(manager.getByRole("region", { name: en("cases.timeline.title") }).getByText(colleagueName, { exact: true }));
    await reviewWhole(manager, "case-restricted-named-en");

    await colleague.reload();
    await shows(pageHeading(colleague, en("cases.detailTitle", { reference: kase.reference })));
    await shows(colleague.getByText(en("cases.restriction.isRestricted")));
  });
});
