/**
 * Images at `/media/<id>.webp`. The public sees an image only while live content shows it (the
 * live copy's image list, kept when it is published); signed-in staff of the organisation also see
 * images not yet published, so the editor can show them in a draft.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { contentImages, contentItems } from "../../db/schema.js";

export async function readImage(db: Db, id: string, publicOrganisationId: string, staffOrganisationId: string | null): Promise<Buffer | null> {
  const [image] = await db.select({ organisationId: contentImages.organisationId, bytes: contentImages.bytes }).from(contentImages).where(eq(contentImages.id, id)).limit(1);
  if (!image) return null;
  if (staffOrganisationId === image.organisationId) return Buffer.from(image.bytes);
  if (image.organisationId !== publicOrganisationId) return null;
  const [shown] = await db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(and(eq(contentItems.organisationId, image.organisationId), eq(contentItems.isLive, true), sql`${contentItems.liveImageIds} @> ${JSON.stringify([id])}::jsonb`))
    .limit(1);
  return shown ? Buffer.from(image.bytes) : null;
}
