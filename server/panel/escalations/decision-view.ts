/**
 * The panel's decision on an escalation as staff who see the case read it: the discussion summary
 * and each action's wording opened with the client's key, the owners by name, and the external
 * referral made on it. Also how one action is presented (the panel dashboard lists overdue ones).
 */
import { asc, eq, inArray } from "drizzle-orm";
import type { ActionView, DecisionView } from "../../../core/api/panel.js";
import { actionStatuses, decisionKinds, isActionOverdue } from "../../../core/panel/decisions.js";
import { managerRoles, holdsAt } from "../../authz/site-roles.js";
import type { Db } from "../../db/client.js";
import { externalReferrals, panelActions, panelDecisions, users } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import type { SubjectKey } from "../../vault/subject-key.js";
import type { Vault } from "../../vault/vault.js";
import { canUpdateReferral, type ReferralCaseView } from "../external-referrals/policy.js";
import { openReferralTexts, presentExternalReferral } from "../external-referrals/presenter.js";
import { panelFields } from "../fields.js";

export type ActionRow = typeof panelActions.$inferSelect;

/** An action's owner completes it; the site's managers complete, cancel and reopen. */
/** An action's sealed words (its wording, the reason it was cancelled), opened with the client's key. */
export function openActionTexts(vault: Vault, key: SubjectKey, row: Pick<ActionRow, "description" | "cancelReason">): ActionTexts {
  return {
    description: vault.decrypt(key, panelFields.actionDescription, row.description),
    cancelReason: row.cancelReason ? vault.decrypt(key, panelFields.actionCancelReason, row.cancelReason) : null,
  };
}

export interface ActionTexts {
  description: string;
  cancelReason: string | null;
}

export function presentAction(actor: Actor, row: ActionRow, facts: ActionTexts & { caseReference: string; ownerName: string | null; meetingId: string; today: string }): ActionView {
  const status = actionStatuses.find((candidate) => candidate === row.status) ?? "open";
  const manages = holdsAt(actor, managerRoles, row.siteId);
  return {
    id: row.id,
    caseId: row.caseId,
    caseReference: facts.caseReference,
    description: facts.description,
    ownerUserId: row.ownerUserId,
    ownerName: facts.ownerName,
    dueOn: row.dueOn,
    status,
    isOverdue: isActionOverdue({ status, dueOn: row.dueOn }, facts.today),
    completedAt: row.completedAt?.toISOString() ?? null,
    cancelReason: facts.cancelReason,
    meetingId: facts.meetingId,
    version: row.version,
    abilities: { complete: status === "open" && (manages || row.ownerUserId === actor.userId), cancel: status === "open" && manages, reopen: status !== "open" && manages },
  };
}

/** Display names by user id. */
export async function namesOf(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export interface DecisionReader {
  actor: Actor;
  view: ReferralCaseView;
  vault: Vault;
  key: SubjectKey;
  caseReference: string;
  today: string;
}

/** The decision recorded on the escalation, or null while there is none. */
export async function decisionViewOf(db: Db, escalationId: string, reader: DecisionReader): Promise<DecisionView | null> {
  const [decision] = await db.select().from(panelDecisions).where(eq(panelDecisions.escalationId, escalationId)).limit(1);
  if (!decision) return null;
  const [actions, [referral]] = await Promise.all([
    db.select().from(panelActions).where(eq(panelActions.decisionId, decision.id)).orderBy(asc(panelActions.dueOn), asc(panelActions.id)),
    db.select().from(externalReferrals).where(eq(externalReferrals.decisionId, decision.id)).limit(1),
  ]);
  const names = await namesOf(db, [decision.recordedBy, referral?.recordedBy ?? null, ...actions.map((action) => action.ownerUserId)]);
  const { vault, key } = reader;
  const kind = decisionKinds.find((candidate) => candidate === decision.kind);
  if (!kind) throw new Error(`unknown decision kind ${decision.kind}`);
  return {
    id: decision.id,
    meetingId: decision.meetingId,
    kind,
    discussionSummary: vault.decrypt(key, panelFields.discussionSummary, decision.discussionSummary),
    decidedAt: decision.decidedAt.toISOString(),
    recordedByName: names.get(decision.recordedBy) ?? null,
    actions: actions.map((action) =>
      presentAction(reader.actor, action, {
        caseReference: reader.caseReference,
        ...openActionTexts(vault, key, action),
        ownerName: names.get(action.ownerUserId) ?? null,
        meetingId: decision.meetingId,
        today: reader.today,
      }),
    ),
    referral: referral
      ? presentExternalReferral(referral, {
          caseReference: reader.caseReference,
          ...openReferralTexts(vault, key, referral),
          recordedByName: names.get(referral.recordedBy) ?? null,
          canUpdate: canUpdateReferral(reader.actor, reader.view),
        })
      : null,
  };
}
