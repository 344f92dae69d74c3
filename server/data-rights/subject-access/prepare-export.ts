/**
 * Makes a request's export as it stands: the client's record gathered, the officer's withholdings
 * applied, and the two files (JSON and PDF) with their SHA-256. Used for the redaction step's item
 * list, the preview and the release; each caller audits what it did with it.
 */
import { createHash } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { redact, type SubjectAccessRecord, type Withholding } from "../../../core/data-rights/export-record.js";
import { renderSummary } from "../../care-plans/pdf/render-summary.js";
import type { Db } from "../../db/client.js";
import { clients, subjectAccessWithholdings, type ReleasedFile } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import { authorize } from "../../authz/authorize.js";
import { canHandleDataRights, refusalMessage, requestAbilities } from "../policy.js";
import { findRequestFor, type RequestRow } from "../queries.js";
import type { DataRightsContext } from "../write-context.js";
import { collectRecord } from "./collect-record.js";
import { exportDocument } from "./export-document.js";

export type MatchedRequest = RequestRow & { clientId: string };

/** An open access request that is matched to a client, or 409 saying what is missing. */
export async function exportableRequest(tx: Db, actor: Actor, requestId: string, options: { isForUpdate?: boolean } = {}): Promise<MatchedRequest> {
  authorize(canHandleDataRights(actor), refusalMessage);
  const request = await findRequestFor(tx, actor, requestId, options);
  if (!requestAbilities(actor, request).canPrepareExport || request.clientId === null) {
    throw new AppError("conflict", request.kind !== "access" ? "Only an access request has an export." : request.clientId === null ? "Match the request to a client first." : "This request is closed.");
  }
  const [client] = await tx.select({ erasedAt: clients.erasedAt }).from(clients).where(eq(clients.id, request.clientId)).limit(1);
  if (client?.erasedAt) throw new AppError("conflict", "This person's information has been erased: there is nothing left to export.");
  return { ...request, clientId: request.clientId };
}

export async function withholdingsOf(tx: Db, requestId: string): Promise<Withholding[]> {
  return tx
    .select({ itemKey: subjectAccessWithholdings.itemKey, reason: subjectAccessWithholdings.reason })
    .from(subjectAccessWithholdings)
    .where(eq(subjectAccessWithholdings.requestId, requestId))
    .orderBy(asc(subjectAccessWithholdings.itemKey))
    .limit(500);
}

export interface ExportFiles {
  record: SubjectAccessRecord;
  withholdings: Withholding[];
  json: Buffer;
  pdf: Buffer;
  files: ReleasedFile[];
}

const fileOf = (name: string, mediaType: string, bytes: Buffer): ReleasedFile => ({ name, mediaType, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });

export async function prepareExport(tx: Db, request: MatchedRequest, context: DataRightsContext): Promise<ExportFiles> {
  const record = await collectRecord(tx, context.vault, request, context.now);
  const withholdings = await withholdingsOf(tx, request.id);
  const released = redact(record, withholdings);
  const [client] = await tx.select({ preferredLanguage: clients.preferredLanguage }).from(clients).where(eq(clients.id, request.clientId)).limit(1);
  const json = Buffer.from(`${JSON.stringify(released, null, 2)}\n`, "utf8");
  const pdf = await renderSummary(exportDocument(released, client?.preferredLanguage ?? "en"), { organisationName: record.organisation });
  return {
    record,
    withholdings,
    json,
    pdf,
    files: [fileOf("subject-access.pdf", "application/pdf", pdf), fileOf("subject-access.json", "application/json", json)],
  };
}
