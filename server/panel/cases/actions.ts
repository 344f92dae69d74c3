/**
 * The panel's actions outside a meeting: a list (a person's own; every action of the sites they
 * manage for leads and managers) and the steps of an action's life (core `transitionAction`). An
 * action's wording is opened with the client's key and, for anyone who does not work the site's
 * caseload (outside members above all), passed through the core's redaction for that client.
 */
import { and, asc, eq, inArray, lt, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { ActionEventRequest, ActionView, actionListQuerySchema } from "../../../core/api/panel.js";
import { londonDay } from "../../../core/london-time.js";
import { transitionAction } from "../../../core/panel/decisions.js";
import { redactText } from "../../../core/panel/redaction.js";
import { recordAudit } from "../../audit/record-audit.js";
import { authorize } from "../../authz/authorize.js";
import { caseloadRoles, holdsAt, managerRoles, sitesWhere } from "../../authz/site-roles.js";
import { visibleCases } from "../../cases/scope.js";
import { readIdentity } from "../../clients/identity-store.js";
import type { Db } from "../../db/client.js";
import { cases, panelActions, panelDecisions } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, notFound } from "../../http/errors.js";
import type { SubjectKey } from "../../vault/subject-key.js";
import { namesOf, openActionTexts, presentAction, type ActionRow } from "../escalations/decision-view.js";
import { panelFields } from "../fields.js";
import type { PanelCaseContext } from "./read-panel-case.js";
import { keyUnlessErased } from "../../data-protection/key-unless-erased.js";

type ActionListQuery = z.output<typeof actionListQuerySchema>;
interface ListedAction {
  action: ActionRow;
  reference: string;
  clientId: string;
  meetingId: string;
}

const columns = { action: panelActions, reference: cases.reference, clientId: cases.clientId, meetingId: panelDecisions.meetingId };
/** A site has tens of open actions; the bound keeps a long history from becoming one huge page. */
const maxActions = 200;

async function present(db: Db, actor: Actor, rows: readonly ListedAction[], context: Pick<PanelCaseContext, "vault" | "now">): Promise<ActionView[]> {
  const names = await namesOf(db, rows.map((row) => row.action.ownerUserId));
  const today = londonDay(context.now);
  const identities = new Map<string, Awaited<ReturnType<typeof readIdentity>>>();
  const keys = new Map<string, SubjectKey | null>();
  const items: ActionView[] = [];
  for (const { action, reference, clientId, meetingId } of rows) {
    if (!keys.has(clientId)) keys.set(clientId, await keyUnlessErased(db, context.vault, clientId));
    const key = keys.get(clientId) ?? null;
    // An erased client's action keeps its owner, dates and status; its wording went with their key.
    let texts = key ? openActionTexts(context.vault, key, action) : { description: "", cancelReason: null };
    if (!holdsAt(actor, caseloadRoles, action.siteId)) {
      if (!identities.has(clientId)) identities.set(clientId, await readIdentity(db, context.vault, clientId));
      const identity = identities.get(clientId)!;
      texts = { description: redactText(texts.description, identity), cancelReason: texts.cancelReason && redactText(texts.cancelReason, identity) };
    }
    items.push(presentAction(actor, action, { caseReference: reference, ...texts, ownerName: names.get(action.ownerUserId) ?? null, meetingId, today }));
  }
  return items;
}

/**
 * The actions an actor may see: their own, and those on cases they see (never through emergency
 * access) at the sites they manage, so a restricted case's actions stay with the people named on it.
 */
function reachable(actor: Actor, now: Date, options: { isMineOnly: boolean }): SQL {
  const own = eq(panelActions.ownerUserId, actor.userId);
  const managed = sitesWhere(actor, managerRoles);
  if (options.isMineOnly || managed.length === 0) return own;
  return or(own, and(inArray(panelActions.siteId, managed), visibleCases(actor, now, { includeBreakGlass: false })))!;
}

/** The actions asked for; reading them (their wording is client data) is audited. */
export async function listActions(tx: Db, actor: Actor, query: ActionListQuery, context: PanelCaseContext): Promise<ActionView[]> {
  const today = londonDay(context.now);
  const status: Record<ActionListQuery["status"], SQL | undefined> = {
    open: eq(panelActions.status, "open"),
    overdue: and(eq(panelActions.status, "open"), lt(panelActions.dueOn, today)),
    all: undefined,
  };
  const rows = await tx
    .select(columns)
    .from(panelActions)
    .innerJoin(cases, eq(cases.id, panelActions.caseId))
    .innerJoin(panelDecisions, eq(panelDecisions.id, panelActions.decisionId))
    .where(
      and(
        eq(panelActions.organisationId, actor.organisationId),
        reachable(actor, context.now, { isMineOnly: query.mine }),
        query.siteId ? eq(panelActions.siteId, query.siteId) : undefined,
        status[query.status],
      ),
    )
    .orderBy(asc(panelActions.dueOn), asc(panelActions.id))
    .limit(maxActions);
  if (rows.length > 0) {
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "panel.actions_read",
      entityType: "panel_action",
      entityId: rows.length === 1 ? rows[0]!.action.id : "list",
      requestId: context.requestId,
      details: { actionIds: rows.map((row) => row.action.id), caseIds: [...new Set(rows.map((row) => row.action.caseId))] },
    });
  }
  return present(tx, actor, rows, context);
}

/** The owner completes their action; the site's managers complete, cancel and reopen (the abilities presented with it). */
export async function applyActionEvent(tx: Db, actor: Actor, actionId: string, body: ActionEventRequest, context: PanelCaseContext): Promise<ActionView> {
  const [found] = await tx
    .select(columns)
    .from(panelActions)
    .innerJoin(cases, eq(cases.id, panelActions.caseId))
    .innerJoin(panelDecisions, eq(panelDecisions.id, panelActions.decisionId))
    .where(and(eq(panelActions.id, actionId), eq(panelActions.organisationId, actor.organisationId), reachable(actor, context.now, { isMineOnly: false })))
    .for("update", { of: panelActions });
  if (!found) throw notFound("Action");
  const [current] = await present(tx, actor, [found], context);
  authorize(current!.abilities[body.type], "Only the action's owner completes it; the site's managers cancel and reopen actions.");
  if (body.version !== found.action.version) throw new AppError("conflict", "The action has changed since you opened it. Reload it to see the change, then try again.");
  const { version: _version, ...event } = body;
  const result = transitionAction(current!.status, event);
  if (!result.ok) throw new AppError("transition_refused", result.reason);
  const isDone = result.next === "done";
  const cancelReason = event.type === "cancel" ? context.vault.encrypt(await context.vault.loadSubjectKey(tx, found.clientId), panelFields.actionCancelReason, event.reason) : null;
  const [updated] = await tx
    .update(panelActions)
    .set({ status: result.next, completedAt: isDone ? context.now : null, completedBy: isDone ? actor.userId : null, cancelReason, updatedAt: context.now, version: found.action.version + 1 })
    .where(eq(panelActions.id, actionId))
    .returning();
  // The reason for cancelling may name the client: it is kept encrypted with the action, not in the audit trail.
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: `panel.action_${body.type}`,
    entityType: "panel_action",
    entityId: actionId,
    siteId: found.action.siteId,
    clientId: found.clientId,
    requestId: context.requestId,
    details: { caseId: found.action.caseId, from: current!.status, to: result.next },
  });
  const [presented] = await present(tx, actor, [{ ...found, action: updated! }], context);
  return presented!;
}
