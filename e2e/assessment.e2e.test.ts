/**
 * Journey: assessing a client and seeing distance travelled. A Birmingham caseworker gives AUDIT,
 * dated four weeks ago (a flag appears as soon as the answers reach possible dependence), then the
 * cross-vulnerability toolkit by keyboard: the safeguarding question raises an urgent flag at once,
 * the suggested tier and its reasons are shown, and the caseworker chooses intensive support with
 * a rationale (a too-short one is refused with a link to it). The team manager approves, and the
 * case's tier becomes intensive. The caseworker gives AUDIT again today (answering "never" hides
 * the drinking questions), and the client's outcomes chart shows both points, in English and Urdu.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { switchLanguage } from "./support/app-pages.js";
import { answer, londonDay, question, rateToolkitByKeyboard, section, shownDay, startAssessment, toolkitSection } from "./support/assessment-pages.js";
import { pageHeading, review, settled, shows, test } from "./support/browser.js";
import { acceptedReferral } from "./support/casework.js";
import { isolated, translator } from "./support/catalogue.js";
import { signInAsNewStaff, siteId } from "./support/staff.js";

const en = translator("en");
const ur = translator("ur");

const auditTitle = "AUDIT: alcohol use";
const toolkitTitle = "Cross-vulnerability assessment";
const auditQuestions = {
  q1: "How often they have a drink with alcohol in it",
  q2: "On a day when they drink, how many units they usually have",
  q3: "How often they have 6 or more units (women) or 8 or more (men) on one occasion",
  q4: "In the last year, how often they found they could not stop drinking once started",
  q5: "In the last year, how often drinking stopped them doing what was expected of them",
  q6: "In the last year, how often they needed a drink in the morning to get going after a heavy session",
  q7: "In the last year, how often they felt guilty or regretful after drinking",
  q8: "In the last year, how often they could not remember the night before because of drinking",
  q9: "Whether they or someone else has been injured because of their drinking",
  q10: "Whether a relative, friend, doctor or other health worker has been concerned about their drinking or suggested they cut down",
};
const dependenceFlag = "Possible alcohol dependence: consider referral to specialist treatment";
const harmFlag = "Risk of significant harm: make the statutory referral today";

/** Reviews the whole page from its top, so the fixed header sits where a reader sees it. */
async function reviewWhole(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await review(page, name);
}

/** The draft's save status once the last change is saved ("Saved at 10:42"). */
async function saved(page: Page): Promise<void> {
  await shows(page.getByRole("region", { name: en("assessments.live.title") }).getByText(new RegExp(`^${en("assessments.save.savedAt", { time: "\\d{2}:\\d{2}" })}$`)));
}

describe("assessments", () => {
  test("a caseworker assesses with AUDIT and the toolkit and decides intensive support; a manager approves; a re-assessment shows on the outcomes chart", async ({
    context: caseworkerContext,
    page: caseworker,
    newContext,
  }) => {
    const birmingham = await siteId("Birmingham");
    await signInAsNewStaff(caseworkerContext, { displayName: "Nazia Hussain", role: "caseworker", site: "Birmingham", emailLabel: "nazia.hussain" });
    const managerContext = await newContext();
    await signInAsNewStaff(managerContext, { displayName: "Tariq Mahmood", role: "team_manager", site: "Birmingham", emailLabel: "tariq.mahmood" });
    const kase = await acceptedReferral(caseworkerContext, birmingham, { givenName: "Adeel", familyName: "Rashid", dateOfBirth: "2005-11-03" });
    const fourWeeksAgo = londonDay(28);
    const today = londonDay(0);

    // AUDIT, as it was done four weeks ago.
    await caseworker.goto(`/cases/${kase.id}?tab=assessments`);
    await shows(pageHeading(caseworker, en("cases.detailTitle", { reference: kase.reference })));
    await shows(caseworker.getByRole("region", { name: en("assessments.case.title") }).getByText(en("assessments.case.none")));
    await startAssessment(caseworker, en, auditTitle, fourWeeksAgo);
    await shows(pageHeading(caseworker, en("assessments.title", { instrument: isolated(auditTitle), date: isolated(shownDay(fourWeeksAgo)) })));
    await answer(caseworker, auditQuestions.q1, "Four or more times a week");
    await answer(caseworker, auditQuestions.q2, "7 to 9 units");
    await answer(caseworker, auditQuestions.q3, "Weekly");
    await answer(caseworker, auditQuestions.q4, "Weekly");
    await answer(caseworker, auditQuestions.q5, "Monthly");
    await answer(caseworker, auditQuestions.q6, "Monthly");
    await answer(caseworker, auditQuestions.q7, "Weekly");
    await answer(caseworker, auditQuestions.q8, "Monthly");
    await answer(caseworker, auditQuestions.q9, "No");
    expect(await caseworker.getByText(dependenceFlag).count()).toBe(0);
    await answer(caseworker, auditQuestions.q10, "Yes, in the last year");
    // 4 + 3 + 3 + 3 + 2 + 2 + 3 + 2 + 0 + 4 = 26: the flag shows at once, from the answers on the page.
    await shows(caseworker.getByRole("alert").getByText(dependenceFlag));
    await shows(caseworker.getByRole("region", { name: en("assessments.live.title") }).getByText(en("assessments.scores.outOf", { value: "26", max: "40" })));
    await saved(caseworker);
    await reviewWhole(caseworker, "assessment-audit-form-en");
    await caseworker.getByRole("button", { name: en("assessments.form.submit"), exact: true }).click();
    await shows(caseworker.getByRole("status").filter({ hasText: en("assessments.form.submitted") }));
    await shows(caseworker.getByText(en("assessments.scores.outOf", { value: "26", max: "40" })));
    await reviewWhole(caseworker, "assessment-audit-results-en");

    // The toolkit, the same day, by keyboard.
    await caseworker.getByRole("link", { name: new RegExp(en("assessments.backToCase")) }).click();
    await shows(pageHeading(caseworker, en("cases.detailTitle", { reference: kase.reference })));
    await startAssessment(caseworker, en, toolkitTitle, fourWeeksAgo);
    await rateToolkitByKeyboard(caseworker, { criminal_exploitation_gangs_push: 3, criminal_exploitation_gangs_pull: 1, alcohol_push: 1 });
    const gangs = section(caseworker, toolkitSection("criminal_exploitation_gangs").title);
    const evidence = gangs.getByRole("textbox", { name: "Evidence: what was seen or said, by whom, when" });
    await evidence.nth(0).fill("Seen with older boys from the estate; says they pay him to carry bags.");
    await evidence.nth(1).fill("Likes the money and being looked up to.");
    await section(caseworker, toolkitSection("alcohol").title).getByRole("textbox", { name: "Evidence: what was seen or said, by whom, when" }).fill("Drinks to cope since leaving college.");
    const safeguarding = section(caseworker, "Safeguarding");
    const harmQuestion = toolkitSection("safeguarding").labels[0] ?? "";
    await answer(safeguarding, harmQuestion, en("assessments.answers.yes"));
    await shows(caseworker.getByRole("alert").getByText(harmFlag));
    await shows(caseworker.getByRole("region", { name: en("assessments.tier.title") }).getByText(en("cases.tiers.statutory_referral"), { exact: true }));
    await answer(safeguarding, harmQuestion, en("assessments.answers.no"));
    await caseworker.getByRole("alert").getByText(harmFlag).waitFor({ state: "detached" });
    expect(await question(safeguarding, harmQuestion).getByRole("radio", { name: en("assessments.answers.no") }).isChecked()).toBe(true);

    // The suggestion and why, in plain words; the practitioner decides.
    const tier = caseworker.getByRole("region", { name: en("assessments.tier.title") });
    await shows(tier.getByText(en("assessments.tier.youDecide")));
    await shows(tier.getByText(en("cases.tiers.intensive"), { exact: true }));
    await shows(
      tier.getByText(
        en("assessments.tier.reasons.domainHigh", { domain: isolated(en("assessments.domains.criminal_exploitation_gangs")), need: 4, push: 3, pull: 1, protective: 0, threshold: 4 }),
      ),
    );
    await tier.getByRole("radio", { name: en("assessments.tier.optionSuggested", { tier: en("cases.tiers.intensive") }) }).check();
    const rationale = tier.getByRole("textbox", { name: en("assessments.tier.rationaleLabel") });
    await rationale.fill("Gangs.");
    await caseworker.getByRole("button", { name: en("assessments.form.submitForApproval") }).click();
    const problem = await shows(caseworker.getByRole("link", { name: en("assessments.form.problems.rationale") }));
    await review(caseworker, "assessment-toolkit-problem-en", { isFullPage: false });
    await problem.click();
    await expect.poll(() => caseworker.evaluate(() => document.activeElement?.id)).toBe("tier-decision-rationale");
    await rationale.fill("High need around gangs, with drinking adding to it: weekly mentoring and a family meeting.");
    await saved(caseworker);
    await reviewWhole(caseworker, "assessment-toolkit-form-en");
    await caseworker.getByRole("button", { name: en("assessments.form.submitForApproval") }).click();
    await shows(caseworker.getByRole("status").filter({ hasText: en("assessments.form.submitted") }));
    await shows(caseworker.getByText(en("assessments.status.awaitingApproval"), { exact: true }));
    const toolkitUrl = new URL(caseworker.url()).pathname;
    await reviewWhole(caseworker, "assessment-toolkit-submitted-en");

    // The team manager approves, and the tier takes effect on the case.
    const manager = await managerContext.newPage();
    await manager.goto(toolkitUrl);
    await manager.getByRole("button", { name: en("assessments.actions.approve"), exact: true }).click();
    const approval = await shows(manager.getByRole("dialog", { name: en("assessments.actions.approve") }));
    await shows(approval.getByText(en("assessments.actions.tierTakesEffect", { tier: en("cases.tiers.intensive") })));
    await review(manager, "assessment-approve-dialog-en", { isFullPage: false });
    await approval.getByRole("button", { name: en("assessments.actions.confirm.approve"), exact: true }).click();
    await shows(manager.getByRole("status").filter({ hasText: en("assessments.actions.done.approve") }));
    await shows(manager.getByRole("region", { name: en("assessments.results.recordTitle") }).getByText(/^Tariq Mahmood, /));
    await manager.goto(`/cases/${kase.id}?tab=assessments`);
    await shows(pageHeading(manager, en("cases.detailTitle", { reference: kase.reference })));
    await shows(manager.getByText(en("cases.tiers.intensive"), { exact: true }).first());
    await shows(manager.getByRole("region", { name: en("assessments.case.title") }).getByText(en("assessments.case.tier", { tier: en("cases.tiers.intensive") })));
    await reviewWhole(manager, "case-assessments-en");

    // Four weeks on, AUDIT again: "never" skips the drinking questions.
    await caseworker.goto(`/cases/${kase.id}?tab=assessments`);
    await startAssessment(caseworker, en, auditTitle, today);
    await answer(caseworker, auditQuestions.q1, "Four or more times a week");
    await shows(question(caseworker, auditQuestions.q2));
    await answer(caseworker, auditQuestions.q1, "Never");
    await question(caseworker, auditQuestions.q2).waitFor({ state: "detached" });
    await answer(caseworker, auditQuestions.q9, "No");
    await answer(caseworker, auditQuestions.q10, "Yes, but not in the last year");
    await shows(caseworker.getByRole("region", { name: en("assessments.live.title") }).getByText(en("assessments.scores.outOf", { value: "2", max: "40" })));
    await caseworker.getByRole("button", { name: en("assessments.form.submit"), exact: true }).click();
    await shows(caseworker.getByRole("status").filter({ hasText: en("assessments.form.submitted") }));

    // The outcomes chart shows both points.
    await caseworker.getByRole("link", { name: new RegExp(en("assessments.backToCase")) }).click();
    await caseworker.getByRole("region", { name: en("assessments.case.title") }).getByRole("link", { name: en("outcomes.link") }).click();
    await shows(pageHeading(caseworker, en("outcomes.title", { reference: kase.clientReference })));
    const chart = await shows(caseworker.getByRole("figure", { name: "AUDIT score" }));
    await shows(
      chart.getByRole("img", {
        name: `AUDIT score. ${en("outcomes.chart.summary_other", { count: 2, first: "26", firstDate: shownDay(fourWeeksAgo), last: "2", lastDate: shownDay(today), min: "0", max: "40" })}`,
      }),
    );
    await chart.getByText(en("outcomes.chart.showFigures")).click();
    const figures = chart.getByRole("table");
    await shows(figures.getByRole("row", { name: new RegExp(`${shownDay(fourWeeksAgo)}.*${en("outcomes.chart.valueOf", { value: "26", max: "40" })}`) }));
    await shows(figures.getByRole("row", { name: new RegExp(`${shownDay(today)}.*${en("outcomes.chart.valueOf", { value: "2", max: "40" })}`) }));
    await reviewWhole(caseworker, "outcomes-en");

    await switchLanguage(caseworker, "en", "ur", { isSignedIn: true });
    await shows(pageHeading(caseworker, ur("outcomes.title", { reference: kase.clientReference })));
    await settled(caseworker);
    await reviewWhole(caseworker, "outcomes-ur");
    await caseworker.goto(toolkitUrl);
    await shows(caseworker.getByRole("region", { name: ur("assessments.tier.title") }).getByText(ur("cases.tiers.intensive"), { exact: true }).first());
    await reviewWhole(caseworker, "assessment-toolkit-approved-ur");
  });
});
