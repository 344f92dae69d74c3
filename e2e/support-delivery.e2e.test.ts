/**
 * Journey: delivering support on an assessed case. A Birmingham client who asked for a woman who
 * speaks Urdu has been assessed (high need around drug use, moderate around mental health; intensive
 * support, approved). The caseworker builds her care plan from the assessment: two goals, two
 * interventions. The team manager finds a worker: a female Urdu-speaking mentor ranks first and the
 * page says why, and the manager assigns her. The mentor records three sessions, one not attended.
 * The caseworker enrols the client in the five-phase recovery programme and moves her on a phase,
 * then reviews the plan. The manager closes the case with two outcomes. Pages are reviewed in
 * English and Urdu along the way.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { z } from "zod";
import { switchLanguage } from "./support/app-pages.js";
import { londonDay } from "./support/assessment-pages.js";
import { pageHeading, review, shows, test } from "./support/browser.js";
import { acceptedReferral, assessedWithToolkit } from "./support/casework.js";
import { isolated, translator } from "./support/catalogue.js";
import { signInAsNewStaff, siteId } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");

const mentorName = "Samina Farooq";

/** Opens one tab of the case page. */
async function openTab(page: Page, caseId: string, tab: string, title: string): Promise<void> {
  await page.goto(`/cases/${caseId}?tab=${tab}`);
  await shows(page.getByRole("tab", { name: title, selected: true }));
}

const dialogNamed = (page: Page, name: string): Locator => page.getByRole("dialog", { name });

/** Records one session through the case's Sessions tab. */
async function recordSession(page: Page, session: { date: string; time: string; type: string; attendance: string; notes?: string }): Promise<void> {
  await page.getByRole("button", { name: en("sessions.case.record"), exact: true }).click();
  const dialog = await shows(dialogNamed(page, en("sessions.record.title")));
  await dialog.getByLabel(en("sessions.form.date")).fill(session.date);
  await dialog.getByLabel(en("sessions.form.time")).fill(session.time);
  await dialog.getByRole("combobox", { name: en("sessions.form.type") }).selectOption({ label: session.type });
  await dialog.getByRole("radio", { name: session.attendance, exact: true }).check();
  if (session.notes) await dialog.getByLabel(en("sessions.form.notes")).fill(session.notes);
  await dialog.getByRole("button", { name: en("sessions.record.submit"), exact: true }).click();
  await dialog.waitFor({ state: "detached" });
}

describe("support delivery", () => {
  test("from an assessed case: a care plan, a matched mentor with reasons, sessions, a programme phase, a review, and closing with outcomes", async ({
    context: caseworkerContext,
    page: caseworker,
    newContext,
  }) => {
    const birmingham = await siteId("Birmingham");
    await signInAsNewStaff(caseworkerContext, { displayName: "Nasreen Akhtar", role: "caseworker", site: "Birmingham", emailLabel: "nasreen.akhtar" });
    const managerContext = await newContext();
    await signInAsNewStaff(managerContext, { displayName: "Khalid Mir", role: "team_manager", site: "Birmingham", emailLabel: "khalid.mir" });
    const manager = await managerContext.newPage();
    const mentorContext = await newContext();
    const mentor = await signInAsNewStaff(mentorContext, { displayName: mentorName, role: "mentor", site: "Birmingham", emailLabel: "samina.farooq" });
    const mentorPage = await mentorContext.newPage();

    // The mentor's profile, as her manager keeps it: a woman who works in Urdu, with a current DBS check.
    const { csrfToken } = z.object({ csrfToken: z.string() }).parse(await (await managerContext.request.get("/api/auth/session")).json());
    const { version } = z.object({ version: z.number() }).parse(await (await managerContext.request.get(`/api/workers/${mentor.userId}`)).json());
    const profile = await managerContext.request.put(`/api/workers/${mentor.userId}`, {
      headers: { "x-csrf-token": csrfToken },
      data: {
        gender: "female",
        languages: ["en", "ur"],
        specialisms: ["female_support", "cbt", "harm_reduction"],
        maxCaseload: 12,
        vetting: { checkedOn: londonDay(200), expiresOn: londonDay(-500), reference: "001234567890" },
        version,
      },
    });
    expect(profile.status()).toBe(200);

    const kase = await acceptedReferral(caseworkerContext, birmingham, { givenName: "Hina", familyName: "Baig", dateOfBirth: "2003-04-17" }, { preferredWorkerGender: "female" });
    await assessedWithToolkit(caseworkerContext, managerContext, kase.id, { substance_misuse_push: 2, substance_misuse_pull: 2, mental_health_push: 2 }, "intensive");
    const today = londonDay(0);

    // The care plan, built from the assessment: a suggested goal for each area of need.
    await openTab(caseworker, kase.id, "care-plan", en("caseTabs.carePlan"));
    await caseworker.getByRole("button", { name: en("carePlans.start"), exact: true }).click();
    const planDialog = await shows(dialogNamed(caseworker, en("carePlans.dialog.create")));
    const goal = (number: number) => planDialog.getByRole("listitem", { name: en("carePlans.form.goalNumber", { number }) });
    await shows(goal(1));
    await shows(goal(2));
    await expect(goal(3).count()).resolves.toBe(0);
    await goal(1).getByLabel(en("carePlans.form.goalWhat")).fill("Stop using cannabis during the week.");
    await goal(1).getByLabel(en("carePlans.form.clientWords")).fill("I want a clear head for my course.");
    await goal(2).getByLabel(en("carePlans.form.goalWhat")).fill("Sleep better and feel less low.");
    await planDialog.getByRole("button", { name: en("carePlans.form.addIntervention"), exact: true }).click();
    await planDialog.getByRole("button", { name: en("carePlans.form.addIntervention"), exact: true }).click();
    const intervention = (number: number) => planDialog.getByRole("listitem", { name: en("carePlans.form.interventionNumber", { number }) });
    await intervention(1).getByRole("combobox", { name: en("carePlans.form.type") }).selectOption({ label: en("support.interventionTypes.cbt_cravings") });
    await intervention(1).getByRole("combobox", { name: en("carePlans.form.worker") }).selectOption({ label: "Nasreen Akhtar" });
    await intervention(1).getByRole("checkbox", { name: en("carePlans.form.goalOption", { number: 1, what: "Stop using cannabis during the week." }) }).check();
    await intervention(2).getByRole("combobox", { name: en("carePlans.form.type") }).selectOption({ label: en("support.interventionTypes.female_support_worker") });
    await intervention(2).getByRole("combobox", { name: en("carePlans.form.worker") }).selectOption({ label: "Nasreen Akhtar" });
    await intervention(2).getByRole("checkbox", { name: en("carePlans.form.goalOption", { number: 2, what: "Sleep better and feel less low." }) }).check();
    await review(caseworker, "care-plan-form-en");
    await planDialog.getByRole("button", { name: en("carePlans.form.savePlan"), exact: true }).click();
    await planDialog.waitFor({ state: "detached" });
    await shows(caseworker.getByText(en("carePlans.created")));
    await shows(caseworker.getByText("Stop using cannabis during the week.").first());
    await shows(caseworker.getByText(en("support.interventionTypes.female_support_worker")).first());
    await review(caseworker, "care-plan-en");

    // Matching: the manager sees who fits and why, and assigns the mentor.
    await manager.goto(`/cases/${kase.id}`);
    await shows(pageHeading(manager, en("cases.detailTitle", { reference: kase.reference })));
    const matches = manager.getByRole("region", { name: en("workers.matches.title") });
    await matches.getByRole("button", { name: en("workers.matches.find"), exact: true }).click();
    const ranked = await shows(matches.getByRole("list", { name: en("workers.matches.rankedLabel") }));
    const first = ranked.getByRole("listitem").first();
    await shows(first.getByText(mentorName));
    await shows(first.getByText(en("workers.matches.reasons.genderMatch", { gender: en("workers.genders.female") }), { exact: false }));
    await shows(first.getByText(en("workers.matches.reasons.languageMatch", { language: en("public.supportLanguages.ur") }), { exact: false }));
    await review(manager, "worker-matches-en");
    await first.getByRole("button", { name: en("workers.matches.assignAsMentorNamed", { name: mentorName }) }).click();
    await shows(manager.getByRole("status").filter({ hasText: en("workers.matches.assigned", { name: isolated(mentorName), role: en("cases.roles.mentor") }) }));

    // The matching explanation reads right to left in Urdu.
    await switchLanguage(manager, "en", "ur", { isSignedIn: true });
    const matchesUr = manager.getByRole("region", { name: ur("workers.matches.title") });
    await matchesUr.getByRole("button", { name: ur("workers.matches.refresh"), exact: true }).click();
    await shows(matchesUr.getByRole("list", { name: ur("workers.matches.rankedLabel") }));
    await review(manager, "worker-matches-ur");
    await switchLanguage(manager, "ur", "en", { isSignedIn: true });

    // The mentor records three sessions on the case, one not attended.
    await openTab(mentorPage, kase.id, "sessions", en("caseTabs.sessions"));
    const cbt = en("support.interventionTypes.cbt_cravings");
    const support = en("support.interventionTypes.female_support_worker");
    await recordSession(mentorPage, { date: londonDay(9), time: "10:00", type: support, attendance: en("sessions.attendance.attended"), notes: "Met at the office with her sister. Talked about her week and her course." });
    await recordSession(mentorPage, { date: londonDay(5), time: "14:00", type: cbt, attendance: en("sessions.attendance.did_not_attend"), notes: "Rang twice, left a message." });
    await recordSession(mentorPage, { date: londonDay(2), time: "11:30", type: cbt, attendance: en("sessions.attendance.attended"), notes: "Mapped the cravings of the week; she used twice, both with the same friend." });
    const sessions = mentorPage.getByRole("table", { name: en("sessions.case.caption") });
    await expect.poll(() => sessions.getByRole("row").count()).toBe(4);
    await shows(sessions.getByText(en("sessions.attendance.did_not_attend")));
    await review(mentorPage, "case-sessions-en");

    // The five-phase programme: enrolled, and on to the second phase with its criteria met.
    await openTab(caseworker, kase.id, "programmes", en("caseTabs.programmes"));
    await caseworker.getByRole("button", { name: en("programmes.case.enrol"), exact: true }).first().click();
    const enrol = await shows(dialogNamed(caseworker, en("programmes.enrol.title")));
    await enrol.getByRole("combobox", { name: en("programmes.enrol.programme") }).selectOption({ label: "Five-phase recovery programme" });
    await enrol.getByRole("button", { name: en("programmes.enrol.submit"), exact: true }).click();
    await enrol.waitFor({ state: "detached" });
    await shows(caseworker.getByText(en("programmes.moveOn.title", { title: isolated("Getting started") })));
    for (const criterion of ["Attended at least 3 of the first 4 one-to-one sessions", "Recovery goals agreed and written in the client's own words", "Harm-reduction advice given and understood"]) {
      await caseworker.getByRole("checkbox", { name: criterion }).check();
    }
    await caseworker.getByRole("button", { name: en("programmes.moveOn.submit"), exact: true }).click();
    await shows(caseworker.getByText(en("programmes.moveOn.moved")));
    await shows(caseworker.getByText(en("programmes.moveOn.title", { title: isolated("Preparing for change") })));
    await review(caseworker, "case-programme-en");

    // The review of the plan: progress on both goals and the next review date.
    await openTab(caseworker, kase.id, "care-plan", en("caseTabs.carePlan"));
    await caseworker.getByRole("button", { name: en("carePlans.reviewButton"), exact: true }).click();
    const reviewDialog = await shows(dialogNamed(caseworker, en("carePlans.dialog.review")));
    const progress = reviewDialog.getByRole("radiogroup");
    await expect(progress.count()).resolves.toBe(2);
    await progress.nth(0).getByRole("radio", { name: en("support.goalProgress.progressing") }).check();
    await progress.nth(1).getByRole("radio", { name: en("support.goalProgress.not_started") }).check();
    await reviewDialog.getByRole("button", { name: en("carePlans.review.save"), exact: true }).click();
    await reviewDialog.waitFor({ state: "detached" });
    await shows(caseworker.getByText(en("carePlans.reviewed")));
    await review(caseworker, "care-plan-reviewed-en");
    await switchLanguage(caseworker, "en", "ur", { isSignedIn: true });
    await shows(caseworker.getByRole("tab", { name: ur("caseTabs.carePlan"), selected: true }));
    await review(caseworker, "care-plan-ur");
    await switchLanguage(caseworker, "ur", "en", { isSignedIn: true });

    // Closing: the manager records why and two outcomes, each with its date and evidence.
    await manager.goto(`/cases/${kase.id}`);
    await manager.getByRole("button", { name: en("cases.events.close"), exact: true }).click();
    const closing = await shows(manager.getByRole("dialog"));
    await closing.getByRole("combobox", { name: en("cases.closeReason") }).selectOption({ label: en("cases.closureReasons.goals_achieved") });
    await closing.getByRole("combobox", { name: en("cases.closeOutcome") }).selectOption({ label: en("cases.closureOutcomes.improved") });
    await closing.getByRole("textbox", { name: en("cases.why"), exact: true }).fill("Goals met: using far less, back at college, sleeping better.");
    const outcomes = closing.getByRole("group", { name: en("caseOutcomes.editor.legend") });
    for (const [number, outcome] of [
      [1, { code: "reduced_use", evidence: "Her own diary and the last two sessions: weekends only." }],
      [2, { code: "entered_education_or_employment", evidence: "Enrolment letter from the college seen." }],
    ] as const) {
      await outcomes.getByRole("button", { name: en("caseOutcomes.editor.add"), exact: true }).click();
      const row = outcomes.getByRole("group", { name: en("caseOutcomes.editor.row", { number }) });
      await row.getByRole("combobox", { name: en("caseOutcomes.editor.outcome") }).selectOption({ label: en(`support.closureOutcomes.${outcome.code}`) });
      await row.getByLabel(en("caseOutcomes.editor.achievedOn")).fill(today);
      await row.getByLabel(en("caseOutcomes.editor.evidence")).fill(outcome.evidence);
    }
    await review(manager, "close-with-outcomes-en", { isFullPage: false });
    await closing.getByRole("button", { name: en("cases.events.close"), exact: true }).click();
    await closing.waitFor({ state: "detached" });
    await shows(manager.getByText(en("cases.states.closed"), { exact: true }).first());
    await openTab(manager, kase.id, "outcomes", en("caseTabs.outcomes"));
    await shows(manager.getByRole("rowheader", { name: en("support.closureOutcomes.reduced_use") }));
    await shows(manager.getByRole("rowheader", { name: en("support.closureOutcomes.entered_education_or_employment") }));
    await review(manager, "case-outcomes-en");
  });
});
