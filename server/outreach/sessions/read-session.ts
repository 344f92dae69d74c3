/** One outreach session as its reader sees it: what was logged, what it handed out with the stock left, and how many referrals came from it. */
import type { OutreachSessionDetail } from "../../../core/api/outreach-sessions.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { canWorkOutreach } from "../policy.js";
import { partnersNamed, staffNamed } from "../schedules/site-choices.js";
import { presentSessionDetail } from "./presenter.js";
import { findSessionFor, handedOutAt, referralsFrom } from "./queries.js";

export async function readSession(db: Db, actor: Actor, sessionId: string): Promise<OutreachSessionDetail> {
  const row = await findSessionFor(db, actor, sessionId);
  const [partners, staffNames, resources, referralsAttributed] = await Promise.all([
    partnersNamed(db, actor.organisationId, row.partnerId ? [row.partnerId] : []),
    staffNamed(db, actor.organisationId, row.staffIds),
    handedOutAt(db, row),
    referralsFrom(db, row),
  ]);
  return presentSessionDetail(row, { partner: row.partnerId ? (partners.get(row.partnerId) ?? null) : null, staffNames, resources, referralsAttributed, canEdit: canWorkOutreach(actor, row.siteId) });
}
