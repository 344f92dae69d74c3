/** A case's escalations, newest first, with whether the viewer may escalate it now and the assessment that would be attached. */
import { eq } from "drizzle-orm";
import type { CaseEscalationList } from "../../../core/api/panel.js";
import type { Db } from "../../db/client.js";
import { panelEscalations } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { viewOfCase } from "../../sessions/queries.js";
import { canEscalate } from "./policy.js";
import { presentEscalationSummary } from "./presenter.js";
import { escalationList, latestCountedAssessment, liveStates } from "./queries.js";

export async function listCaseEscalations(db: Db, actor: Actor, caseId: string, now: Date): Promise<CaseEscalationList> {
  const view = await viewOfCase(db, actor, caseId, now);
  const [rows, latestAssessment] = await Promise.all([escalationList(db, eq(panelEscalations.caseId, view.kase.id)), latestCountedAssessment(db, view.kase.id)]);
  const hasLiveEscalation = rows.some((row) => liveStates.includes(row.escalation.state as (typeof liveStates)[number]));
  return {
    items: rows.map(presentEscalationSummary),
    abilities: { escalate: !hasLiveEscalation && canEscalate(actor, view) },
    hasLiveEscalation,
    latestAssessment,
  };
}
