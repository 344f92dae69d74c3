/**
 * The demo's data protection work: the Birmingham client's mother recorded as his contact (name and
 * phone, sealed under his key), and one open subject access request from him, received 25 days ago
 * so its deadline is days away, with his identity checked in person. The export offers his mother's
 * details for withholding.
 */
import { eq } from "drizzle-orm";
import { londonDay } from "../../core/london-time.js";
import { addRelationship } from "../clients/add-relationship.js";
import { logRequest } from "../data-rights/log-request.js";
import { checkIdentity } from "../data-rights/progress-request.js";
import type { Db } from "../db/client.js";
import { cases } from "../db/schema.js";
import type { Vault } from "../vault/vault.js";
import { actorOf, type DemoPerson } from "./demo-actor.js";

export const demoRelativePhone = "07700 900432";

export async function seedDemoDataRights(tx: Db, vault: Vault, input: { organisationId: string; caseId: string; keyWorker: DemoPerson; officer: DemoPerson; now: Date }): Promise<void> {
  const [kase] = await tx.select({ clientId: cases.clientId }).from(cases).where(eq(cases.id, input.caseId)).limit(1);
  const clientId = kase!.clientId;
  const context = { vault, now: input.now, requestId: "demo-seed" };
  await addRelationship(tx, actorOf(input.organisationId, input.keyWorker), clientId, { relation: "mother", contactName: "Nasreen Akhtar", contactPhone: demoRelativePhone }, context);
  const officer = actorOf(input.organisationId, input.officer);
  const receivedOn = londonDay(new Date(input.now.getTime() - 26 * 86_400_000));
  const requestId = await logRequest(
    tx,
    officer,
    {
      kind: "access",
      requesterRelation: "self",
      requesterName: "Zain Akhtar",
      requesterContact: "By email, to the address on his record",
      description: "Asked at his session for a copy of everything held about him.",
      receivedOn,
      clientId,
    },
    context,
  );
  await checkIdentity(tx, officer, requestId, { method: "known_to_staff", checkedOn: receivedOn }, context);
}
