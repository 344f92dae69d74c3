/** In-app alerts to a site's managers and safeguarding leads; references only, never identity. */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { notifications, roleGrants, users } from "../db/schema.js";

export async function notifySiteManagers(
  tx: Db,
  input: { organisationId: string; siteId: string; kind: string; entityType: string; entityId: string; details: Record<string, unknown> },
): Promise<number> {
  const recipients = await tx
    .selectDistinct({ userId: roleGrants.userId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.siteId, input.siteId), inArray(roleGrants.role, ["team_manager", "safeguarding_lead"]), eq(users.isActive, true)));
  if (recipients.length === 0) return 0;
  await tx.insert(notifications).values(
    recipients.map(({ userId }) => ({
      organisationId: input.organisationId,
      userId,
      kind: input.kind,
      entityType: input.entityType,
      entityId: input.entityId,
      details: input.details,
    })),
  );
  return recipients.length;
}
