/** The fields of a site that leave the server, with what the viewer may do to it. */
import type { z } from "zod";
import type { siteSchema } from "../../core/api/admin.js";
import type { Actor } from "../http/context.js";
import { canRenameSite } from "./policy.js";
import type { SiteRow } from "./queries.js";

export function presentSite(site: SiteRow, actor: Actor): z.infer<typeof siteSchema> {
  return {
    id: site.id,
    name: site.name,
    createdAt: site.createdAt.toISOString(),
    abilities: { rename: canRenameSite(actor) },
  };
}
