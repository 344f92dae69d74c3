/**
 * The printed export as blocks in reading order (drawn by the care plan summary's renderer, which
 * lays out right-to-left pages too): each section of the released record with its headings in the
 * person's language, every withheld item marked where it was, and a section that is empty saying
 * so. Pure, so a test can read the words without drawing a page.
 */
import type { Released, SubjectAccessRecord, Withheld } from "../../../core/data-rights/export-record.js";
import type { Block, SummaryModel } from "../../care-plans/pdf/summary-model.js";
import { fill } from "../../care-plans/pdf/summary-text.js";
import { exportLanguageOf, exportTexts, type ExportText } from "./export-text.js";

type Record_ = Released<SubjectAccessRecord>;
type Value = string | number | boolean | null | Withheld | undefined;

const isWithheld = (value: unknown): value is Withheld => typeof value === "object" && value !== null && "withheld" in value;

function shown(value: Value, text: ExportText): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (isWithheld(value)) return text.withheld[value.withheld];
  return String(value);
}

/** Nested answers, plans and scores as "key: value" lines, in the JSON's own words. */
function lines(value: unknown, prefix = ""): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((inner, index) => lines(inner, `${prefix}${index + 1}. `));
  if (typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => (typeof inner === "object" && inner !== null ? [`${prefix}${key}:`, ...lines(inner, `${prefix}  `)] : lines(inner, `${prefix}${key}: `)));
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? [`${prefix}${value}`] : [];
}

export function exportDocument(record: Record_, preferredLanguage: string): SummaryModel {
  const { language, isFallback } = exportLanguageOf(preferredLanguage);
  const text = exportTexts[language];
  const blocks: Block[] = [];
  const heading = (words: string) => blocks.push({ kind: "heading", text: words });
  const item = (words: string) => blocks.push({ kind: "item", text: words, isTyped: true });
  const detail = (label: string, value: Value) => {
    const words = shown(value, text);
    if (words !== null) blocks.push({ kind: "detail", text: `${label}: ${words}`, isTyped: true });
  };
  // Free text (notes, a concern, a reason) under its label, in its own direction, so a long note in one
  // language is never broken up around a label in another.
  const long = (label: string, value: Value) => {
    const words = shown(value, text);
    if (words === null) return;
    blocks.push({ kind: "detail", text: `${label}:` });
    blocks.push({ kind: "text", text: words, isTyped: true });
  };
  const texts = (value: unknown) => lines(value).forEach((line) => blocks.push({ kind: "detail", text: line, isTyped: true }));
  const none = <T>(rows: readonly T[]) => rows.length === 0 && blocks.push({ kind: "text", text: text.none });
  const hasWithheld = JSON.stringify(record).includes('"withheld":');

  blocks.push({ kind: "organisation", text: record.organisation });
  blocks.push({ kind: "title", text: text.title });
  if (isFallback) blocks.push({ kind: "notice", text: text.fallbackNotice });
  blocks.push({ kind: "intro", text: fill(text.intro, { organisation: record.organisation, reference: record.request.reference, received: record.request.receivedOn }) });
  blocks.push({ kind: "intro", text: fill(text.generated, { date: record.generatedOn }) });
  if (hasWithheld) blocks.push({ kind: "notice", text: text.withheldNotice });

  heading(text.headings.identity);
  detail(text.fields.reference!, record.person.reference);
  const identity = record.person.identity;
  for (const field of ["givenName", "familyName", "dateOfBirth", "address", "postcode", "phone", "email", "nhsNumber"] as const) detail(text.fields[field]!, identity[field]);
  if (identity.otherNames.length) detail(text.fields.otherNames!, identity.otherNames.join(", "));
  heading(text.headings.demographics);
  for (const [field, value] of Object.entries(record.person.demographics)) detail(field, value);

  heading(text.headings.consents);
  none(record.consents);
  for (const consent of record.consents) item(`${consent.recordedOn} · ${consent.purpose}${consent.partner ? ` (${consent.partner})` : ""}: ${consent.status} · ${consent.method}${consent.recordedBy ? ` · ${consent.recordedBy}` : ""}`);

  heading(text.headings.relationships);
  none(record.relationships);
  for (const link of record.relationships) {
    item(`${link.relation}${link.relatedClientReference ? ` · ${link.relatedClientReference}` : ""}`);
    detail(text.fields.contact!, link.contactName);
    detail(text.fields.phone!, link.contactPhone);
  }

  heading(text.headings.referrals);
  none(record.referrals);
  for (const referral of record.referrals) {
    item(`${referral.receivedOn} · ${referral.reference} · ${referral.source} · ${referral.status}`);
    detail(text.fields.reason!, referral.reasons.join(", "));
    long(text.fields.concern!, referral.concern);
    detail(text.fields.referrer!, [shown(referral.referrer.name, text), referral.referrer.organisation, referral.referrer.relationship].filter(Boolean).join(" · "));
    detail(text.fields.phone!, referral.referrer.phone);
    detail(text.fields.email!, referral.referrer.email);
    long(text.fields.decision!, referral.decisionReason);
  }

  if (record.outreachFollowUps.length) heading(text.headings.outreach);
  for (const followUp of record.outreachFollowUps) {
    item(`${followUp.receivedOn} · ${followUp.referralReference}`);
    detail(text.fields.partner!, followUp.partner);
    const session = followUp.session;
    if (!session) continue;
    detail(text.fields.outreachSession!, [session.heldOn, session.sessionType, session.venue].filter(Boolean).join(" · "));
    detail(text.fields.topics!, session.topics.join(", "));
    detail(text.fields.workers!, session.staff.join(", "));
    long(text.fields.notes!, session.notes);
  }

  heading(text.headings.cases);
  none(record.cases);
  for (const kase of record.cases) {
    item(`${kase.reference} · ${kase.site} · ${kase.state}`);
    detail(text.fields.opened!, kase.openedOn);
    detail(text.fields.closed!, kase.closedOn ? `${kase.closedOn}${kase.closureOutcome ? ` · ${kase.closureOutcome}` : ""}` : null);
    if (kase.timeline.length) heading(`${text.headings.timeline} · ${kase.reference}`);
    for (const event of kase.timeline) long(`${event.on} · ${event.type}${event.by ? ` · ${event.by}` : ""}`, event.reason ?? "—");
    if (kase.assessments.length) heading(`${text.headings.assessments} · ${kase.reference}`);
    for (const assessment of kase.assessments) {
      item(`${assessment.assessedOn} · ${assessment.instrument} · ${assessment.status}`);
      blocks.push({ kind: "detail", text: `${text.fields.answers}:` });
      texts(assessment.answers);
      blocks.push({ kind: "detail", text: `${text.fields.result}:` });
      texts(assessment.result);
    }
    if (kase.carePlans.length) heading(`${text.headings.carePlans} · ${kase.reference}`);
    for (const plan of kase.carePlans) {
      item(`${plan.createdOn} · ${plan.version}`);
      long(text.fields.reason!, plan.reason);
      texts(plan.content);
    }
    if (kase.carePlanReviews.length) heading(`${text.headings.reviews} · ${kase.reference}`);
    for (const review of kase.carePlanReviews) {
      item(review.reviewedOn);
      texts(review.progress);
      texts(review.notes);
    }
    if (kase.sessions.length) heading(`${text.headings.sessions} · ${kase.reference}`);
    for (const session of kase.sessions) {
      item(`${session.startsAt.slice(0, 16).replace("T", " ")} · ${session.interventionType} · ${session.mode}${session.attendance ? ` · ${session.attendance}` : ""}`);
      detail(text.fields.workers!, session.workers.join(", "));
      long(text.fields.notes!, session.notes);
    }
    if (kase.programmeEnrolments.length) heading(`${text.headings.programmes} · ${kase.reference}`);
    for (const enrolment of kase.programmeEnrolments) {
      item(`${enrolment.enrolledOn} · ${enrolment.programme} · ${enrolment.state}`);
      detail(text.fields.phase!, enrolment.phase);
      for (const event of enrolment.events) long(`${event.at.slice(0, 10)} · ${event.type}`, event.note ?? "—");
    }
    if (kase.outcomes.length) heading(`${text.headings.outcomes} · ${kase.reference}`);
    for (const outcome of kase.outcomes) {
      item(`${outcome.achievedOn} · ${outcome.code}`);
      long(text.fields.evidence!, outcome.evidence);
    }
    if (kase.panel.length || kase.panelActions.length || kase.externalReferrals.length) heading(`${text.headings.panel} · ${kase.reference}`);
    for (const escalation of kase.panel) {
      item(`${escalation.submittedOn} · ${escalation.state}`);
      long(text.fields.reason!, escalation.reason);
      long(text.fields.riskSummary!, escalation.riskSummary);
      if (escalation.decision) {
        detail(text.fields.decision!, `${escalation.decision.decidedOn} · ${escalation.decision.kind}`);
        long(text.fields.notes!, escalation.decision.discussionSummary);
      }
    }
    for (const action of kase.panelActions) {
      item(`${action.dueOn} · ${action.status}${action.owner ? ` · ${action.owner}` : ""}`);
      long(text.fields.action!, action.description);
    }
    for (const referral of kase.externalReferrals) {
      item(`${referral.sentOn} · ${referral.targetName ?? referral.target} · ${referral.status}`);
      long(text.fields.reason!, referral.declineReason);
      long(text.fields.outcome!, referral.outcome);
    }
  }

  heading(text.headings.accessLog);
  none(record.accessLog);
  for (const entry of record.accessLog) blocks.push({ kind: "detail", text: `${entry.at.slice(0, 16).replace("T", " ")} · ${entry.staff ?? "—"} · ${entry.action}`, isTyped: true });

  return { language, direction: text.direction, isFallback, title: text.title, blocks };
}
