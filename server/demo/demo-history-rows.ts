/**
 * The rows the demo history writes, gathered table by table and then inserted in bulk in an order
 * that satisfies every foreign key. Each writer (referrals, support, panel) fills its tables the
 * way the app's own use cases would; only the number of statements differs.
 */
import type { PgTable } from "drizzle-orm/pg-core";
import type { InstrumentDefinition } from "../../core/instruments/definition.js";
import type { ProgrammeDefinition } from "../../core/programmes/programme.js";
import type { Db } from "../db/client.js";
import {
  assessments,
  caseAccessGrants,
  caseAssignments,
  caseEvents,
  caseOutcomes,
  cases,
  clientIdentities,
  clientIndexes,
  clients,
  consents,
  externalReferrals,
  groupSessionAttendees,
  groupSessions,
  panelActions,
  panelDecisions,
  panelEscalationEvents,
  panelEscalations,
  panelMeetingAttendees,
  panelMeetings,
  programmeEnrolmentEvents,
  programmeEnrolments,
  referrals,
  supportSessions,
  supportSessionWorkers,
} from "../db/schema.js";
import type { Vault } from "../vault/vault.js";
import { insertAll } from "./demo-history-insert.js";
import type { DemoSiteName } from "./demo-history-people.js";
import type { StaffPart } from "./demo-history-types.js";

/** Every table the history writes, in an order where each row's references are already there. */
const tables = {
  clients,
  clientIdentities,
  clientIndexes,
  consents,
  referrals,
  cases,
  caseEvents,
  caseAssignments,
  caseAccessGrants,
  assessments,
  supportSessions,
  supportSessionWorkers,
  programmeEnrolments,
  programmeEnrolmentEvents,
  groupSessions,
  groupSessionAttendees,
  caseOutcomes,
  panelMeetings,
  panelMeetingAttendees,
  panelEscalations,
  panelEscalationEvents,
  panelDecisions,
  panelActions,
  externalReferrals,
} as const;
type Tables = typeof tables;

export type HistoryRows = { [Name in keyof Tables]: Tables[Name]["$inferInsert"][] };

export function emptyRows(): HistoryRows {
  return Object.fromEntries(Object.keys(tables).map((name) => [name, []])) as unknown as HistoryRows;
}

export async function insertRows(tx: Db, rows: HistoryRows): Promise<void> {
  for (const name of Object.keys(tables) as (keyof Tables)[]) {
    await insertAll(tx, tables[name] as PgTable, rows[name] as PgTable["$inferInsert"][]);
  }
}

/** What every writer needs: the organisation, the vault, and who plays each part at each site. */
export interface WriteContext {
  organisationId: string;
  vault: Vault;
  siteIds: Readonly<Record<DemoSiteName, string>>;
  /** The user who plays `part` at `site`. */
  staff(site: DemoSiteName, part: StaffPart): string;
  sourceIds: ReadonlyMap<string, string>;
  instruments: Readonly<Record<"cross_vulnerability" | "top", { id: string; definition: InstrumentDefinition }>>;
  programmes: ReadonlyMap<string, { id: string; definition: ProgrammeDefinition }>;
}
