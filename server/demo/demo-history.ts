/**
 * A year of history for the demo organisation, so its dashboards, returns and trends have
 * something to show: about fifteen months of referrals at Birmingham, Manchester and Luton up to
 * "now", triaged, and for those accepted a client and a case with assessments, sessions,
 * programmes, panel work, outside referrals and closures with outcomes; and the funders with
 * their contracts and quarterly targets.
 *
 * Planned by a seeded generator from now's month (demo-history-plan.ts), so a fresh demo holds
 * the same figures whenever it starts in the same month, and written in bulk (a few statements
 * per table), row for row as the app's own use cases would write them. Identity and free text
 * are sealed in the vault exactly as the app seals them.
 */
import { and, eq } from "drizzle-orm";
import { builtInProgrammes } from "../../core/programmes/built-in.js";
import type { Db } from "../db/client.js";
import { organisations, panelMembers, referralSources } from "../db/schema.js";
import { definitionOf, latestVersion } from "../instruments/catalogue.js";
import { latestProgramme, programmeDefinitionOf } from "../programmes/catalogue.js";
import type { Vault } from "../vault/vault.js";
import { addFundersAndContracts } from "./demo-history-contracts.js";
import type { DemoSiteName } from "./demo-history-people.js";
import { namedPeople, planDemoHistory, type TriageRules } from "./demo-history-plan.js";
import { emptyRows, insertRows, type WriteContext } from "./demo-history-rows.js";
import type { StaffPart } from "./demo-history-types.js";
import { writeReferralsAndCases } from "./demo-history-write-cases.js";
import { addPanelWork } from "./demo-history-write-panel.js";
import { addSupport } from "./demo-history-write-support.js";

export interface DemoHistoryInput {
  organisationId: string;
  now: Date;
  /** Each site, with the caseworker who triages and works its cases and the manager who approves and closes them. */
  sites: Readonly<Record<DemoSiteName, { siteId: string; caseworkerId: string; managerId: string }>>;
  /** Birmingham's safeguarding lead, who triages and works the restricted referrals and runs the panel. */
  safeguardingLeadId: string;
  /** Birmingham's mentors. */
  mentorIds: { female: string; male: string };
  /** The commissioner linked to Birmingham City Council, if there is one. */
  commissionerId: string | null;
}

export interface DemoHistorySummary {
  referrals: number;
  cases: number;
  sessions: number;
  enrolments: number;
  escalations: number;
  contracts: number;
}

/** The demo organisation's triage rules as created (the defaults: two working days, no listed holidays). */
const demoTriageRules: TriageRules = { targetWorkingDays: 2, holidays: new Set() };

/** Writes the history into the demo organisation, in the caller's transaction. */
export async function seedDemoHistory(tx: Db, vault: Vault, input: DemoHistoryInput): Promise<DemoHistorySummary> {
  const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, input.organisationId)).limit(1);
  if (!organisation) throw new Error("demo history: no such organisation");
  const plan = planDemoHistory(input.now, { targetWorkingDays: organisation.triageTargetWorkingDays, holidays: new Set(organisation.holidays) });
  const context = await writeContext(tx, vault, input);
  const rows = emptyRows();
  const written = await writeReferralsAndCases(tx, context, plan, rows);
  addSupport(context, rows, written, plan.groupSessions);
  await addPanelWork(tx, context, rows, written);
  await insertRows(tx, rows);
  const funding = await addFundersAndContracts(tx, { organisationId: input.organisationId, siteIds: context.siteIds, commissionerId: input.commissionerId, now: input.now });
  return {
    referrals: rows.referrals.length,
    cases: rows.cases.length,
    sessions: rows.supportSessions.length,
    enrolments: rows.programmeEnrolments.length,
    escalations: rows.panelEscalations.length,
    contracts: funding.contracts,
  };
}

/**
 * Everyone the history names for a demo started at `now`: each referred person's given and family
 * names and date of birth, and each referrer's names (no date of birth). The same seed as the
 * history itself, so an end-to-end test can check that no exported file carries any of them.
 */
export function demoHistoryPeople(now: Date): { givenName: string; familyName: string; dateOfBirth: string | null }[] {
  return namedPeople(planDemoHistory(now, demoTriageRules));
}

async function writeContext(tx: Db, vault: Vault, input: DemoHistoryInput): Promise<WriteContext> {
  const { organisationId } = input;
  const sources = await tx.select({ id: referralSources.id, code: referralSources.code }).from(referralSources).where(eq(referralSources.organisationId, organisationId));
  const [outside] = await tx
    .select({ userId: panelMembers.userId })
    .from(panelMembers)
    .where(and(eq(panelMembers.siteId, input.sites.Birmingham.siteId), eq(panelMembers.kind, "external"), eq(panelMembers.isActive, true)))
    .limit(1);
  const instrument = async (key: "cross_vulnerability" | "top") => {
    const row = await latestVersion(tx, organisationId, key);
    return { id: row.id, definition: definitionOf(row) };
  };
  const programmes = new Map<string, { id: string; definition: ReturnType<typeof programmeDefinitionOf> }>();
  for (const { key } of builtInProgrammes) {
    const row = await latestProgramme(tx, organisationId, key);
    programmes.set(key, { id: row.id, definition: programmeDefinitionOf(row) });
  }
  const birmingham = input.sites.Birmingham;
  const parts: Record<Exclude<StaffPart, "caseworker" | "manager">, string> = {
    lead: input.safeguardingLeadId,
    mentor_female: input.mentorIds.female,
    mentor_male: input.mentorIds.male,
    // Actions the panel gave its outside member; the lead's where the panel has none.
    outside_member: outside?.userId ?? input.safeguardingLeadId,
  };
  return {
    organisationId,
    vault,
    siteIds: { Birmingham: birmingham.siteId, Manchester: input.sites.Manchester.siteId, Luton: input.sites.Luton.siteId },
    staff: (site, part) => (part === "caseworker" ? input.sites[site].caseworkerId : part === "manager" ? input.sites[site].managerId : parts[part]),
    sourceIds: new Map(sources.map((source) => [source.code, source.id])),
    instruments: { cross_vulnerability: await instrument("cross_vulnerability"), top: await instrument("top") },
    programmes,
  };
}
