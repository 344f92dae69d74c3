/**
 * Releasing a subject access export and downloading what was released. Release records who, when,
 * each file's name, size and SHA-256, and which items were withheld and why (keys and reasons, not
 * content); it keeps the two files encrypted under the client's key (see subject_access_releases)
 * and completes the request. A released file is read back exactly as it was given, audited.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { authorize } from "../../authz/authorize.js";
import type { Db } from "../../db/client.js";
import { subjectAccessReleases } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, notFound } from "../../http/errors.js";
import { isVaultError } from "../../vault/errors.js";
import { canHandleDataRights, refusalMessage } from "../policy.js";
import { findRequestFor, updateRequest } from "../queries.js";
import { recordRequestEvent } from "../record-event.js";
import type { DataRightsContext } from "../write-context.js";
import { exportableRequest, prepareExport } from "./prepare-export.js";

/** The field a released file is sealed under, bound to its release. */
export const releaseFieldOf = (releaseId: string, file: "pdf" | "json") => `subject_access_release.${releaseId}.${file}`;

export async function releaseExport(tx: Db, actor: Actor, requestId: string, context: DataRightsContext): Promise<string> {
  const request = await exportableRequest(tx, actor, requestId, { isForUpdate: true });
  const prepared = await prepareExport(tx, request, context);
  const key = await context.vault.loadSubjectKey(tx, request.clientId);
  const releaseId = randomUUID();
  await tx.insert(subjectAccessReleases).values({
    id: releaseId,
    organisationId: actor.organisationId,
    requestId: request.id,
    clientId: request.clientId,
    releasedBy: actor.userId,
    releasedAt: context.now,
    files: prepared.files,
    withheld: prepared.withholdings,
    // The vault seals text, so the PDF's bytes are sealed as base64.
    pdf: context.vault.encrypt(key, releaseFieldOf(releaseId, "pdf"), prepared.pdf.toString("base64")),
    json: context.vault.encrypt(key, releaseFieldOf(releaseId, "json"), prepared.json.toString("utf8")),
  });
  await updateRequest(tx, request, { status: "completed", closedAt: context.now, closedBy: actor.userId }, context.now);
  await recordRequestEvent(tx, actor, request, "released", context, {
    releaseId,
    withheld: prepared.withholdings.length,
    ...Object.fromEntries(prepared.files.map((file) => [file.name, file.sha256])),
  });
  return releaseId;
}

export async function downloadRelease(
  tx: Db,
  actor: Actor,
  ids: { requestId: string; releaseId: string; file: "subject-access.pdf" | "subject-access.json" },
  context: DataRightsContext,
): Promise<Buffer> {
  authorize(canHandleDataRights(actor), refusalMessage);
  const request = await findRequestFor(tx, actor, ids.requestId);
  const [release] = await tx
    .select()
    .from(subjectAccessReleases)
    .where(and(eq(subjectAccessReleases.id, ids.releaseId), eq(subjectAccessReleases.requestId, request.id)))
    .limit(1);
  if (!release) throw notFound("Release");
  const key = await context.vault.loadSubjectKey(tx, release.clientId).catch((error: unknown) => {
    // Erasure destroys the client's key, and with it every copy released to them.
    if (isVaultError(error, "key_destroyed")) throw new AppError("gone", "This copy was erased with the person's information.");
    throw error;
  });
  const isPdf = ids.file === "subject-access.pdf";
  const text = context.vault.decrypt(key, releaseFieldOf(release.id, isPdf ? "pdf" : "json"), isPdf ? release.pdf : release.json);
  await recordRequestEvent(tx, actor, request, "downloaded", context, { releaseId: release.id, file: ids.file });
  return isPdf ? Buffer.from(text, "base64") : Buffer.from(text, "utf8");
}
