/**
 * The escalation's side of a panel decision: the `record_decision` step of the core's rules (the
 * escalation must be on that meeting's agenda), the state set to discussed with the decision, and
 * the step in its history. The decision itself is written by the caller in the same transaction.
 */
import { eq } from "drizzle-orm";
import { transition } from "../../../core/panel/escalation.js";
import type { Db } from "../../db/client.js";
import { panelEscalations } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import type { EscalationRow } from "./queries.js";
import { coreEscalation, recordEscalationStep, type PanelContext } from "./store.js";

export async function recordDecisionOnEscalation(
  tx: Db,
  actor: Pick<Actor, "userId" | "organisationId">,
  escalation: EscalationRow,
  decision: { id: string; meetingId: string; clientId: string },
  context: Pick<PanelContext, "now" | "requestId">,
): Promise<EscalationRow> {
  const result = transition(coreEscalation(escalation), { type: "record_decision", meetingId: decision.meetingId, decisionId: decision.id });
  if (!result.ok) throw new AppError("transition_refused", result.reason);
  const [updated] = await tx
    .update(panelEscalations)
    .set({ state: "discussed", decisionId: decision.id, updatedAt: context.now, version: escalation.version + 1 })
    .where(eq(panelEscalations.id, escalation.id))
    .returning();
  await recordEscalationStep(tx, actor, escalation, { type: "record_decision", meetingId: decision.meetingId, clientId: decision.clientId, details: { decisionId: decision.id } }, context);
  return updated!;
}
