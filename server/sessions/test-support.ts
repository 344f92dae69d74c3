/**
 * A session on a test case, stored as the app stores one (notes encrypted under the client's key),
 * for tests that need one without going through the API.
 */
import type { Attendance, SessionMode } from "../../core/api/sessions.js";
import { inTransaction } from "../db/client.js";
import { supportSessions, supportSessionWorkers } from "../db/schema.js";
import type { AppDeps } from "../http/context.js";
import { sessionFields } from "./fields.js";

export async function createTestSession(
  deps: AppDeps,
  kase: { id: string; organisationId: string; siteId: string; clientId: string },
  workerIds: readonly string[],
  options: { startsAt?: Date; attendance?: Attendance | null; notes?: string; mode?: SessionMode; interventionType?: string } = {},
) {
  return inTransaction(deps.db, async (tx) => {
    const now = deps.now();
    const startsAt = options.startsAt ?? new Date(now.getTime() - 3_600_000);
    const key = options.notes ? await deps.vault.loadSubjectKey(tx, kase.clientId) : null;
    const [session] = await tx
      .insert(supportSessions)
      .values({
        organisationId: kase.organisationId,
        siteId: kase.siteId,
        caseId: kase.id,
        startsAt,
        durationMinutes: 60,
        mode: options.mode ?? "office",
        interventionType: options.interventionType ?? "one_to_one_mentoring",
        attendance: options.attendance === undefined ? "attended" : options.attendance,
        notes: key && options.notes ? deps.vault.encrypt(key, sessionFields.notes, options.notes) : null,
        notesWrittenAt: key ? now : null,
        createdBy: workerIds[0]!,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(supportSessionWorkers).values(workerIds.map((userId) => ({ sessionId: session!.id, userId, organisationId: kase.organisationId, startsAt })));
    return session!;
  });
}
