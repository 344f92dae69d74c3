/**
 * When two client records are merged (server/clients/move-client-records.ts), the data-rights
 * requests and released copies of the one merged move with it; what they hold sealed under its key
 * (who asked; the released PDF and JSON) is sealed again under the kept client's key, as every
 * reader opens them with the key of the client a row now belongs to.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { dataRightsRequests, subjectAccessReleases } from "../db/schema.js";
import { requesterField } from "./requester-seal.js";
import { releaseFieldOf } from "./subject-access/release-export.js";

type Reseal = (field: string, value: Uint8Array) => Uint8Array;

export async function rekeyDataRights(tx: Db, moved: { requestIds: readonly string[]; releaseIds: readonly string[] }, reseal: Reseal): Promise<void> {
  if (moved.requestIds.length > 0) {
    const requests = await tx.select({ id: dataRightsRequests.id, requesterDetails: dataRightsRequests.requesterDetails }).from(dataRightsRequests).where(inArray(dataRightsRequests.id, [...moved.requestIds]));
    for (const request of requests) {
      if (request.requesterDetails) await tx.update(dataRightsRequests).set({ requesterDetails: reseal(requesterField, request.requesterDetails) }).where(eq(dataRightsRequests.id, request.id));
    }
  }
  if (moved.releaseIds.length > 0) {
    const releases = await tx.select().from(subjectAccessReleases).where(inArray(subjectAccessReleases.id, [...moved.releaseIds]));
    for (const release of releases) {
      await tx
        .update(subjectAccessReleases)
        .set({ pdf: reseal(releaseFieldOf(release.id, "pdf"), release.pdf), json: reseal(releaseFieldOf(release.id, "json"), release.json) })
        .where(eq(subjectAccessReleases.id, release.id));
    }
  }
}
