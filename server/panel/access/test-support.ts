/**
 * Panel records for tests, written as the app stores them (texts sealed under the client's key):
 * a seat on a site's panel, a meeting with attendees, and an escalation on a meeting's agenda.
 */
import { inTransaction } from "../../db/client.js";
import { panelEscalations, panelExcerpts, panelMeetingAttendees, panelMeetings, panelMembers } from "../../db/schema.js";
import type { AppDeps } from "../../http/context.js";
import type { TestOrganisation } from "../../../test/factories.js";
import { panelFields } from "../fields.js";

const dayOffset = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export async function addTestMember(
  deps: AppDeps,
  organisation: TestOrganisation,
  userId: string,
  options: { site?: 0 | 1; kind?: "internal" | "external"; vettingExpiresOn?: string | null; isActive?: boolean; termTo?: string | null } = {},
) {
  const now = deps.now();
  const expiresOn = options.vettingExpiresOn === undefined ? dayOffset(now, 365) : options.vettingExpiresOn;
  const [row] = await deps.db
    .insert(panelMembers)
    .values({
      organisationId: organisation.id,
      siteId: organisation.siteIds[options.site ?? 0],
      userId,
      kind: options.kind ?? "external",
      memberOrganisation: options.kind === "internal" ? organisation.name : "West Midlands Police",
      panelRole: "member",
      skills: ["policing"],
      vettingCheckedOn: expiresOn ? dayOffset(now, -400) : null,
      vettingExpiresOn: expiresOn,
      termFrom: dayOffset(now, -30),
      termTo: options.termTo ?? null,
      isActive: options.isActive ?? true,
      createdBy: userId,
      updatedAt: now,
    })
    .returning();
  return row!;
}

/** A meeting starting `startsInMinutes` from now (negative: in the past), an hour long, with the default window. */
export async function createTestMeeting(deps: AppDeps, organisation: TestOrganisation, createdBy: string, options: { site?: 0 | 1; startsInMinutes?: number; attendeeIds?: string[]; isCancelled?: boolean } = {}) {
  const now = deps.now();
  const startsAt = new Date(now.getTime() + (options.startsInMinutes ?? 60) * 60_000);
  const [meeting] = await deps.db
    .insert(panelMeetings)
    .values({
      organisationId: organisation.id,
      siteId: organisation.siteIds[options.site ?? 0],
      startsAt,
      endsAt: new Date(startsAt.getTime() + 60 * 60_000),
      location: "Committee room 2",
      minutesBefore: 72 * 60,
      minutesAfter: 24 * 60,
      isCancelled: options.isCancelled ?? false,
      createdBy,
      updatedAt: now,
    })
    .returning();
  if ((options.attendeeIds ?? []).length > 0) {
    await deps.db.insert(panelMeetingAttendees).values((options.attendeeIds ?? []).map((memberId) => ({ meetingId: meeting!.id, memberId, organisationId: organisation.id })));
  }
  return meeting!;
}

/** An escalation of `kase`, accepted onto `meetingId` (or only submitted when none is given), with an optional chosen excerpt. */
export async function escalateTestCase(
  deps: AppDeps,
  kase: { id: string; organisationId: string; siteId: string; clientId: string },
  by: string,
  options: { meetingId?: string; assessmentId?: string | null; reason?: string; riskSummary?: string; excerpt?: { sessionId: string; text: string } } = {},
) {
  return inTransaction(deps.db, async (tx) => {
    const key = await deps.vault.loadSubjectKey(tx, kase.clientId);
    const now = deps.now();
    const [escalation] = await tx
      .insert(panelEscalations)
      .values({
        organisationId: kase.organisationId,
        siteId: kase.siteId,
        caseId: kase.id,
        assessmentId: options.assessmentId ?? null,
        escalatedBy: by,
        isUrgent: false,
        reason: deps.vault.encrypt(key, panelFields.escalationReason, options.reason ?? "Contact with an older group has grown over the summer."),
        riskSummary: deps.vault.encrypt(key, panelFields.escalationRiskSummary, options.riskSummary ?? "Money and a new phone are unexplained; school attendance has dropped."),
        state: options.meetingId ? "accepted" : "submitted",
        meetingId: options.meetingId ?? null,
        submittedAt: now,
        updatedAt: now,
      })
      .returning();
    if (options.excerpt) {
      await tx.insert(panelExcerpts).values({
        organisationId: kase.organisationId,
        escalationId: escalation!.id,
        caseId: kase.id,
        sessionId: options.excerpt.sessionId,
        text: deps.vault.encrypt(key, panelFields.excerpt, options.excerpt.text),
        chosenBy: by,
        chosenAt: now,
      });
    }
    return escalation!;
  });
}
