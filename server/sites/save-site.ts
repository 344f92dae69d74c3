/** Creating and renaming sites; names are unique within an organisation, ignoring case. */
import { and, eq, ne, sql } from "drizzle-orm";
import { recordAudit } from "../audit/record-audit.js";
import type { Db } from "../db/client.js";
import { sites } from "../db/schema.js";
import type { Actor } from "../http/context.js";
import { AppError } from "../http/errors.js";
import type { SiteRow } from "./queries.js";

async function assertNameFree(tx: Db, actor: Actor, name: string, exceptId?: string): Promise<void> {
  const [clash] = await tx
    .select({ id: sites.id })
    .from(sites)
    .where(
      and(
        eq(sites.organisationId, actor.organisationId),
        sql`lower(${sites.name}) = lower(${name})`,
        exceptId ? ne(sites.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (clash) {
    throw new AppError("conflict", "A site with this name already exists.", {
      fields: [{ path: "body.name", message: "A site with this name already exists." }],
    });
  }
}

export async function createSite(tx: Db, actor: Actor, name: string, requestId: string): Promise<SiteRow> {
  await assertNameFree(tx, actor, name);
  const [site] = await tx.insert(sites).values({ organisationId: actor.organisationId, name }).returning();
  if (!site) throw new Error("insert returned no site");
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "site.created",
    entityType: "site",
    entityId: site.id,
    siteId: site.id,
    requestId,
  });
  return site;
}

export async function renameSite(tx: Db, actor: Actor, site: SiteRow, name: string, requestId: string): Promise<SiteRow> {
  await assertNameFree(tx, actor, name, site.id);
  const [renamed] = await tx.update(sites).set({ name }).where(eq(sites.id, site.id)).returning();
  if (!renamed) throw new Error("update returned no site");
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "site.renamed",
    entityType: "site",
    entityId: site.id,
    siteId: site.id,
    requestId,
    // Site names are organisation configuration, not personal data, so both are kept for review.
    details: { from: site.name, to: name },
  });
  return renamed;
}
