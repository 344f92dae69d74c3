/**
 * The national drug-treatment export of a site for whole months: its drug and alcohol episodes
 * (episode-cases.ts) with their details as at the period's end, written to CSV in the
 * organisation's columns and codes. Names and dates of birth are decrypted only when the
 * attributor is one of the chosen columns, and only to build it. The export is audited as one
 * event with the number of clients and each client's id, in the same transaction as the reading.
 */
import type { NdtmsExportQuery } from "../../../core/api/reporting-ndtms.js";
import { londonDay } from "../../../core/london-time.js";
import { ndtmsCsv, type NdtmsEpisode, type Sex } from "../../../core/reporting/ndtms.js";
import { recordAudit } from "../../audit/record-audit.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/context.js";
import { AppError } from "../../http/errors.js";
import type { Vault } from "../../vault/vault.js";
import { attributorIdentities, type AttributorIdentity } from "./attributor-identities.js";
import { episodeCases, type EpisodeCase } from "./episode-cases.js";
import { caseModalities, caseSubstances, consentStates } from "./episode-details.js";
import { exportPeriod, type ExportPeriod } from "./export-period.js";
import { exportSiteFor } from "./export-site.js";
import { readNdtmsSettings } from "./settings-store.js";

export interface NdtmsExport {
  csv: string;
  fileName: string;
}

export async function exportNdtms(tx: Db, actor: Actor, query: NdtmsExportQuery, context: { vault: Vault; now: Date; requestId: string }): Promise<NdtmsExport> {
  const site = await exportSiteFor(tx, actor, query.siteId);
  const period = exportPeriod(query.from, query.to);
  const { settings, isOutdated } = await readNdtmsSettings(tx, actor.organisationId);
  if (isOutdated) throw new AppError("unprocessable", "The national dataset settings no longer fit this version of Pathways. An administrator should check and save them first.");
  const found = await episodeCases(tx, actor, site.id, period, context.now);
  const clientIds = [...new Set(found.map((row) => row.client.id))];
  const isDischarged = (row: EpisodeCase) => row.closedAt !== null && row.closedAt < period.before;

  const consent = await consentStates(tx, clientIds, settings, period);
  const substances = await caseSubstances(tx, found.map((row) => row.caseId), period);
  const modalities = await caseModalities(tx, found.map((row) => ({ caseId: row.caseId, isDischarged: isDischarged(row) })), period);
  const hasAttributor = settings.columns.some((column) => column.field === "attributor" && column.isIncluded);
  const identities = hasAttributor ? await attributorIdentities(tx, context.vault, clientIds) : new Map<string, AttributorIdentity>();

  const episodes = found.map((row): NdtmsEpisode => ({
    clientReference: row.client.reference,
    episodeReference: row.caseReference,
    identity: identities.get(row.client.id) ?? { givenName: null, familyName: null, dateOfBirth: null },
    sex: row.client.sex as Sex,
    ethnicity: row.client.ethnicity,
    religion: row.client.religion,
    disability: row.client.disability,
    postcodeDistrict: row.client.postcodeDistrict,
    referralDate: londonDay(row.referral.receivedAt),
    referralSource: row.referral.source,
    triageDate: dayWithin(row.referral.decidedAt, period),
    consent: consent.get(row.client.id) ?? "not_recorded",
    substances: substances.get(row.caseId) ?? [],
    modalities: modalities.get(row.caseId) ?? [],
    dischargeDate: isDischarged(row) ? dayWithin(row.closedAt, period) : null,
    dischargeReason: isDischarged(row) ? row.closureReason : null,
  }));

  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: "reporting.ndtms_exported",
    entityType: "site",
    entityId: site.id,
    siteId: site.id,
    requestId: context.requestId,
    details: {
      from: query.from,
      to: query.to,
      clientCount: clientIds.length,
      clientIds,
      episodeCount: episodes.length,
      fields: settings.columns.filter((column) => column.isIncluded).map((column) => column.field),
    },
    at: context.now,
  });
  return { csv: ndtmsCsv(episodes, settings), fileName: `national-dataset-${query.from}-to-${query.to}.csv` };
}

/** The London day of an instant before the period ended; null for none or a later one. */
const dayWithin = (at: Date | null, period: ExportPeriod): string | null => (at !== null && at < period.before ? londonDay(at) : null);
