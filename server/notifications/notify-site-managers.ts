/** In-app alerts to a site's managers and safeguarding leads; references only, never identity. */
import { and, eq, inArray } from "drizzle-orm";
import type { NotificationKind } from "../../core/api/notifications.js";
import type { Role } from "../../core/roles.js";
import type { Db } from "../db/client.js";
import { notifications, roleGrants, users } from "../db/schema.js";

export interface SiteAlert {
  organisationId: string;
  siteId: string;
  kind: NotificationKind;
  entityType: "case" | "referral";
  entityId: string;
  /** The case or referral reference shown in the alert. */
  reference: string;
  /** The member of staff whose action raised the alert, when there is one. */
  actorUserId?: string;
  /** Who at the site is told; by default its team managers and safeguarding leads. */
  roles?: readonly Role[];
}

export async function notifySiteManagers(tx: Db, input: SiteAlert): Promise<number> {
  const recipients = await tx
    .selectDistinct({ userId: roleGrants.userId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.siteId, input.siteId), inArray(roleGrants.role, [...(input.roles ?? ["team_manager", "safeguarding_lead"])]), eq(users.isActive, true)));
  if (recipients.length === 0) return 0;
  await tx.insert(notifications).values(
    recipients.map(({ userId }) => ({
      organisationId: input.organisationId,
      userId,
      kind: input.kind,
      entityType: input.entityType,
      entityId: input.entityId,
      details: { reference: input.reference, siteId: input.siteId, ...(input.actorUserId ? { userId: input.actorUserId } : {}) },
    })),
  );
  return recipients.length;
}
