/**
 * The safeguarding lead chooses the passages of session notes the panel may read. Each must be a
 * session on the same case and appear word for word in its notes (spacing aside), so nothing else
 * from the notes can reach the panel under an excerpt's name. The new set replaces the old, sealed
 * under the client's key; only while the escalation is submitted or accepted.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { ExcerptsBody } from "../../../core/api/panel.js";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { panelEscalations, panelExcerpts, supportSessions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, type FieldError } from "../../http/errors.js";
import { sessionFields } from "../../sessions/fields.js";
import { panelFields } from "../fields.js";
import { staleEscalationMessage } from "./apply-event.js";
import { canChooseExcerpts } from "./policy.js";
import { findEscalationFor, type FoundEscalation } from "./queries.js";
import { recordEscalationStep, type PanelContext } from "./store.js";

/** Compared with spacing, line breaks and Unicode composition set aside. */
const normalised = (text: string): string => text.normalize("NFC").replace(/\s+/gu, " ").trim();

export async function chooseExcerpts(tx: Db, actor: Actor, escalationId: string, body: ExcerptsBody, context: PanelContext): Promise<FoundEscalation> {
  const found = await findEscalationFor(tx, actor, escalationId, context.now, { forUpdate: true });
  const { escalation, view } = found;
  authorize(canChooseExcerpts(actor, escalation, view), "Only the site's safeguarding lead chooses what the panel reads from the notes.");
  if (body.version !== escalation.version) throw new AppError("conflict", staleEscalationMessage);
  if (escalation.state !== "submitted" && escalation.state !== "accepted") {
    throw new AppError("unprocessable", "Excerpts can be chosen only while the escalation is waiting for the panel (submitted or accepted).");
  }
  const key = await context.vault.loadSubjectKey(tx, view.kase.clientId);
  const sessionIds = [...new Set(body.excerpts.map((excerpt) => excerpt.sessionId))];
  const sessions = sessionIds.length === 0 ? [] : await tx.select({ id: supportSessions.id, notes: supportSessions.notes }).from(supportSessions).where(and(inArray(supportSessions.id, sessionIds), eq(supportSessions.caseId, escalation.caseId)));
  const notesOf = new Map(sessions.map((session) => [session.id, session.notes ? normalised(context.vault.decrypt(key, sessionFields.notes, session.notes)) : ""]));
  const problems = body.excerpts.flatMap((excerpt, e): FieldError[] => {
    const notes = notesOf.get(excerpt.sessionId);
    if (notes === undefined) return [{ path: `body.excerpts.${e}.sessionId`, message: `Excerpt ${e + 1}: not a session on this case.` }];
    if (!notes.includes(normalised(excerpt.text))) return [{ path: `body.excerpts.${e}.text`, message: `Excerpt ${e + 1} is not found word for word in that session's notes.` }];
    return [];
  });
  if (problems.length > 0) throw new AppError("unprocessable", problems.map((problem) => problem.message).join(" "), { fields: problems });

  await tx.delete(panelExcerpts).where(eq(panelExcerpts.escalationId, escalation.id));
  if (body.excerpts.length > 0) {
    await tx.insert(panelExcerpts).values(
      body.excerpts.map((excerpt) => ({
        organisationId: escalation.organisationId,
        escalationId: escalation.id,
        caseId: escalation.caseId,
        sessionId: excerpt.sessionId,
        text: context.vault.encrypt(key, panelFields.excerpt, normalised(excerpt.text)),
        chosenBy: actor.userId,
        chosenAt: context.now,
      })),
    );
  }
  const [updated] = await tx.update(panelEscalations).set({ version: escalation.version + 1, updatedAt: context.now }).where(eq(panelEscalations.id, escalation.id)).returning();
  await recordEscalationStep(tx, actor, escalation, { type: "excerpts_chosen", clientId: view.kase.clientId, details: { count: body.excerpts.length, sessionIds } }, context);
  return { escalation: updated!, view };
}
