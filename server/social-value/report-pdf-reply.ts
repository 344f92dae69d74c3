/**
 * Sends a stored calculation's printed report: its published version (every count through the
 * disclosure engine) drawn as a PDF, named by scope and months. Drawn when asked: the published
 * figures it is drawn from are stored and never change.
 */
import type { FastifyReply } from "fastify";
import type { Db } from "../db/client.js";
import { notFound } from "../http/errors.js";
import { words } from "../reporting/returns/report-words.js";
import type { CalculationRow } from "./calculation-queries.js";
import { scopeNamer, type ScopeNames } from "./calculation-scope.js";
import { outcomeLabelsOf } from "./options.js";
import { renderSocialValuePdf } from "./render-report-pdf.js";

/** The scope as a report's title names it: the contract, or the site (every site) and the programme. */
export function scopeTitleOf(names: ScopeNames): string {
  if (names.contract) return names.contract;
  const where = names.site ?? words("socialValue.scope.everySite");
  return names.programme ? `${where} — ${names.programme}` : where;
}

export async function reportPdfReply(db: Db, reply: FastifyReply, row: CalculationRow, organisationName: string): Promise<FastifyReply> {
  const published = row.published;
  if (!published) throw notFound("Report");
  const [namesOf, outcomeLabels] = await Promise.all([scopeNamer(db, row.organisationId, row.contractId ? [row.contractId] : []), outcomeLabelsOf(db, row.organisationId)]);
  const names = namesOf(row.scope);
  const pdf = await renderSocialValuePdf(published, {
    organisationName,
    scopeTitle: scopeTitleOf(names),
    funderName: names.funder,
    siteNames: names.siteNames,
    months: { from: row.monthFrom, to: row.monthTo },
    sequence: row.sequence,
    madeAt: row.createdAt,
    outcomeLabels,
    entries: row.input.catalogue.filter((entry) => published.result.lines.some((line) => line.entry.code === entry.code)),
  });
  const name = `social-value-${row.monthFrom}-to-${row.monthTo}-v${row.sequence}.pdf`;
  return reply.type("application/pdf").header("content-disposition", `attachment; filename="${name}"`).send(pdf);
}
