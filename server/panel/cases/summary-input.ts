/**
 * Gathers what the core builds a panel member's redacted case summary from (core/panel/redaction.ts
 * `redactedCaseSummary`): the client's identity opened from the vault (the core turns it into
 * initials and an age band, and uses it to redact the texts), demographics, the case, the needs
 * and flags of the assessment attached to the escalation, the escalation's texts and the excerpts
 * the lead chose. Nothing here leaves the server except through that function.
 */
import { asc, eq } from "drizzle-orm";
import { ethnicityCodes, religions, sexes, type Ethnicity } from "../../../core/clients/demographics.js";
import { crossVulnerabilityKey } from "../../../core/instruments/built-in/cross-vulnerability.js";
import { domainNeedsFromScores } from "../../../core/instruments/suggest-tier.js";
import { londonDay } from "../../../core/london-time.js";
import type { PanelSummaryInput } from "../../../core/panel/redaction.js";
import { supportTiers } from "../../../core/cases/case-state-machine.js";
import { resultOf } from "../../assessments/presenter.js";
import { readIdentity } from "../../clients/identity-store.js";
import type { Db } from "../../db/client.js";
import { assessments, cases, clients, instrumentVersions, panelExcerpts, sites, supportSessions } from "../../db/schema.js";
import type { SubjectKey } from "../../vault/subject-key.js";
import type { Vault } from "../../vault/vault.js";
import type { EscalationRow } from "../access/load-meeting.js";
import { panelFields } from "../fields.js";
import { agendaCases } from "../meetings/agenda-items.js";

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => values.find((candidate) => candidate === value) ?? null;

async function assessmentOf(db: Db, assessmentId: string | null): Promise<PanelSummaryInput["assessment"]> {
  if (!assessmentId) return null;
  const [row] = await db
    .select({ assessment: assessments, key: instrumentVersions.key })
    .from(assessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
    .where(eq(assessments.id, assessmentId))
    .limit(1);
  if (!row) return null;
  const result = resultOf(row.assessment);
  // Needs per domain come only from the cross-vulnerability toolkit; other instruments add their flags.
  const needs = row.key === crossVulnerabilityKey ? Object.fromEntries(domainNeedsFromScores(result.scores).map((need) => [need.domain, need.need])) : {};
  return { needs, flags: result.flags.map((flag) => flag.label) };
}

export interface SummarySources {
  input: PanelSummaryInput;
  clientId: string;
  key: SubjectKey;
}

export async function summarySources(db: Db, vault: Vault, escalation: EscalationRow, now: Date): Promise<SummarySources> {
  const [[row], casesById, assessment, excerpts] = await Promise.all([
    db
      .select({ kase: cases, client: clients, siteName: sites.name })
      .from(cases)
      .innerJoin(clients, eq(clients.id, cases.clientId))
      .innerJoin(sites, eq(sites.id, cases.siteId))
      .where(eq(cases.id, escalation.caseId))
      .limit(1),
    agendaCases(db, [escalation.caseId]),
    assessmentOf(db, escalation.assessmentId),
    db
      .select({ text: panelExcerpts.text, startsAt: supportSessions.startsAt })
      .from(panelExcerpts)
      .innerJoin(supportSessions, eq(supportSessions.id, panelExcerpts.sessionId))
      .where(eq(panelExcerpts.escalationId, escalation.id))
      .orderBy(asc(supportSessions.startsAt), asc(panelExcerpts.id)),
  ]);
  const { kase, client, siteName } = row!;
  const key = await vault.loadSubjectKey(db, kase.clientId);
  const open = (field: string, sealed: Uint8Array) => vault.decrypt(key, field, sealed);
  return {
    clientId: kase.clientId,
    key,
    input: {
      identity: await readIdentity(db, vault, kase.clientId),
      demographics: {
        sex: oneOf(sexes, client.sex),
        ethnicity: oneOf<Ethnicity>(ethnicityCodes, client.ethnicity),
        religion: oneOf(religions, client.religion),
        preferredLanguage: client.preferredLanguage,
      },
      case: {
        reference: kase.reference,
        siteName,
        tier: oneOf(supportTiers, kase.tier),
        vulnerabilityDomains: casesById.get(kase.id)?.domains ?? [],
        openedOn: londonDay(kase.openedAt),
      },
      assessment,
      escalation: { reason: open(panelFields.escalationReason, escalation.reason), riskSummary: open(panelFields.escalationRiskSummary, escalation.riskSummary) },
      excerpts: excerpts.map((excerpt) => ({ text: open(panelFields.excerpt, excerpt.text), sessionDate: londonDay(excerpt.startsAt) })),
      today: londonDay(now),
    },
  };
}
