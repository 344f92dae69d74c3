/** Overdue panel actions as staff read them: each action's wording opened with its client's key, its case and owner named. */
import { inArray } from "drizzle-orm";
import type { ActionView } from "../../../core/api/panel.js";
import { londonDay } from "../../../core/london-time.js";
import type { Db } from "../../db/client.js";
import { cases, panelDecisions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import type { SubjectKey } from "../../vault/subject-key.js";
import { namesOf, openActionTexts, presentAction, type ActionRow } from "../escalations/decision-view.js";
import type { PanelContext } from "../escalations/store.js";

export async function overdueActionViews(db: Db, actor: Actor, actions: readonly ActionRow[], context: PanelContext): Promise<ActionView[]> {
  if (actions.length === 0) return [];
  const [caseRows, decisionRows, names] = await Promise.all([
    db.select({ id: cases.id, reference: cases.reference, clientId: cases.clientId }).from(cases).where(inArray(cases.id, [...new Set(actions.map((action) => action.caseId))])),
    db.select({ id: panelDecisions.id, meetingId: panelDecisions.meetingId }).from(panelDecisions).where(inArray(panelDecisions.id, [...new Set(actions.map((action) => action.decisionId))])),
    namesOf(db, actions.map((action) => action.ownerUserId)),
  ]);
  const caseOf = new Map(caseRows.map((row) => [row.id, row]));
  const meetingOf = new Map(decisionRows.map((row) => [row.id, row.meetingId]));
  const keys = new Map<string, SubjectKey>();
  for (const row of caseRows) if (!keys.has(row.clientId)) keys.set(row.clientId, await context.vault.loadSubjectKey(db, row.clientId));
  const today = londonDay(context.now);
  return actions.map((action) => {
    const kase = caseOf.get(action.caseId)!;
    return presentAction(actor, action, {
      caseReference: kase.reference,
      ...openActionTexts(context.vault, keys.get(kase.clientId)!, action),
      ownerName: names.get(action.ownerUserId) ?? null,
      meetingId: meetingOf.get(action.decisionId) ?? "",
      today,
    });
  });
}
