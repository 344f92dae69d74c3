/**
 * Alerts about an assessment: flags raised (to the case's key worker and the site's managers and
 * safeguarding leads), a response waiting for approval (to managers), a response returned (to
 * whoever submitted it). On a restricted case only people named on it are told. The person whose
 * action raised the alert is not told about their own action. Alerts carry the case reference, the
 * instrument's title and flag labels: never an answer or a client's identity.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { NotificationKind } from "../../core/api/notifications.js";
import type { Role } from "../../core/roles.js";
import type { Db } from "../db/client.js";
import { caseAccessGrants, caseAssignments, notifications, roleGrants, users } from "../db/schema.js";
import type { CaseRow } from "../cases/queries.js";

interface AssessmentAlert {
  kind: NotificationKind;
  kase: CaseRow;
  assessmentId: string;
  instrumentTitle: string;
  actorUserId: string;
  flagLabels?: string[];
  /** Who is told: managers at the site, the case's key workers, and named people. */
  to: { roles?: readonly Role[]; keyWorkers?: boolean; userIds?: string[] };
}

async function recipients(tx: Db, kase: CaseRow, to: AssessmentAlert["to"]): Promise<string[]> {
  const found = new Set<string>(to.userIds ?? []);
  if (to.roles && to.roles.length > 0) {
    const managers = await tx
      .selectDistinct({ userId: roleGrants.userId })
      .from(roleGrants)
      .innerJoin(users, eq(users.id, roleGrants.userId))
      .where(and(eq(roleGrants.siteId, kase.siteId), inArray(roleGrants.role, [...to.roles]), eq(users.isActive, true)));
    for (const row of managers) found.add(row.userId);
  }
  if (to.keyWorkers) {
    const workers = await tx
      .select({ userId: caseAssignments.userId })
      .from(caseAssignments)
      .where(and(eq(caseAssignments.caseId, kase.id), eq(caseAssignments.role, "key_worker"), isNull(caseAssignments.endedAt)));
    for (const row of workers) found.add(row.userId);
  }
  if (!kase.isRestricted || found.size === 0) return [...found];
  const named = await tx
    .select({ userId: caseAccessGrants.userId })
    .from(caseAccessGrants)
    .where(and(eq(caseAccessGrants.caseId, kase.id), inArray(caseAccessGrants.userId, [...found])));
  return named.map((row) => row.userId);
}

export async function alertAboutAssessment(tx: Db, alert: AssessmentAlert): Promise<number> {
  const userIds = (await recipients(tx, alert.kase, alert.to)).filter((userId) => userId !== alert.actorUserId);
  if (userIds.length === 0) return 0;
  await tx.insert(notifications).values(
    userIds.map((userId) => ({
      organisationId: alert.kase.organisationId,
      userId,
      kind: alert.kind,
      entityType: "assessment",
      entityId: alert.assessmentId,
      details: {
        reference: alert.kase.reference,
        siteId: alert.kase.siteId,
        userId: alert.actorUserId,
        instrumentTitle: alert.instrumentTitle,
        ...(alert.flagLabels ? { flagLabels: alert.flagLabels } : {}),
      },
    })),
  );
  return userIds.length;
}
