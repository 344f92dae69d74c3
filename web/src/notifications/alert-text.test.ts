import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { alertTarget, alertText } from "./alert-text.js";
import type { Alert } from "./notifications-api.js";

const t = ((key: string, values?: Record<string, string>) => (values ? `${key} ${JSON.stringify(values)}` : key === "alerts.listSeparator" ? ", " : key)) as unknown as TFunction;

const flagAlert: Alert = {
  id: "a1",
  kind: "assessment_flag",
  createdAt: "2025-03-10T10:00:00.000Z",
  readAt: null,
  entity: { type: "assessment", id: "7b0c1f9e-0000-4000-8000-000000000001", reference: "K-ABCD-1234" },
  instrumentTitle: "PHQ-9",
  flagLabels: ["Self-harm: ask today", "Severe"],
  siteName: "Birmingham",
  actorName: null,
};

describe("notifications.alert-text", () => {
  it("names the instrument and the flags raised, isolated, and opens the assessment", () => {
    const text = alertText(flagAlert, t, "en");
    expect(text.startsWith("alerts.kinds.assessment_flag ")).toBe(true);
    expect(text).toContain("\u2068Self-harm: ask today\u2069, \u2068Severe\u2069");
    expect(text).toContain("\u2068PHQ-9\u2069");
    expect(alertTarget(flagAlert)).toBe("/assessments/7b0c1f9e-0000-4000-8000-000000000001");
  });

  it("has a sentence for a flag alert that lists no labels", () => {
    expect(alertText({ ...flagAlert, flagLabels: [] }, t, "en").startsWith("alerts.kinds.assessment_flag_unnamed ")).toBe(true);
  });

  it("names the member of staff, the rule and the count of an unusual-access alert, and opens the alerts of the audit log", () => {
    const unusual: Alert = { ...flagAlert, kind: "unusual_access", entity: { type: "audit_alert", id: "a9", reference: "" }, flagLabels: undefined, actorName: "Amina Patel", unusualAccess: { rule: "off_caseload", count: 14 } };
    const text = alertText(unusual, t, "en");
    expect(text.startsWith("auditReview.notification.off_caseload ")).toBe(true);
    expect(text).toContain("\u2068Amina Patel\u2069");
    expect(text).toContain('"count":14');
    expect(alertTarget(unusual)).toBe("/audit?tab=alerts");
    const broken: Alert = { ...flagAlert, kind: "audit_chain_broken", entity: { type: "audit_check", id: "k1", reference: "3" }, flagLabels: undefined };
    expect(alertText(broken, t, "en").startsWith("auditReview.notification.chainBroken ")).toBe(true);
    expect(alertTarget(broken)).toBe("/audit?tab=verification");
  });

  it("opens the case for a re-assessment that is due", () => {
    const due: Alert = { ...flagAlert, kind: "reassessment_due", entity: { type: "case", id: "c1", reference: "K-ABCD-1234" }, flagLabels: undefined };
    expect(alertText(due, t, "en").startsWith("alerts.kinds.reassessment_due ")).toBe(true);
    expect(alertTarget(due)).toBe("/cases/c1");
  });

  it("opens the case's care plan for a review that is due", () => {
    const review: Alert = { ...flagAlert, kind: "care_plan_review_due", entity: { type: "case", id: "c1", reference: "K-ABCD-1234" }, flagLabels: undefined };
    expect(alertTarget(review)).toBe("/cases/c1?tab=care-plan");
  });

  it("opens the worker's profile for a vetting alert, which their managers and they themselves may see", () => {
    const vetting: Alert = { ...flagAlert, kind: "vetting_expiring", entity: { type: "user", id: "u1", reference: "" }, flagLabels: undefined, date: "2026-12-01" };
    expect(alertTarget(vetting)).toBe("/workers/u1");
  });

  it("opens the escalation for an urgent one, and the owner's own actions for a panel action that is due", () => {
    const urgent: Alert = { ...flagAlert, kind: "urgent_escalation", entity: { type: "panel_escalation", id: "e1", reference: "K-ABCD-1234" }, flagLabels: undefined };
    expect(alertText(urgent, t, "en").startsWith("alerts.kinds.urgent_escalation ")).toBe(true);
    expect(alertTarget(urgent)).toBe("/panel/escalations/e1");
    const due: Alert = { ...flagAlert, kind: "panel_action_due", entity: { type: "panel_action", id: "a1", reference: "K-ABCD-1234" }, flagLabels: undefined, date: "2026-05-01" };
    expect(alertTarget(due)).toBe("/panel/actions?show=mine");
  });

  it("counts records due for deletion, saying only what is new or still waiting, and opens the retention queue", () => {
    const retention: Alert = { ...flagAlert, kind: "retention_due", entity: { type: "retention_review", id: "o1", reference: "" }, flagLabels: undefined, instrumentTitle: null, retention: { newlyDue: 2, stillDue: 0, due: 5 } };
    expect(alertText(retention, t, "en")).toBe('retention.notification.newlyDue {"count":2} retention.notification.total {"count":5}');
    expect(alertText({ ...retention, retention: { newlyDue: 0, stillDue: 3, due: 3 } }, t, "en")).toBe('retention.notification.stillDue {"count":3} retention.notification.total {"count":3}');
    expect(alertTarget(retention)).toBe("/data-protection/retention");
  });
});
