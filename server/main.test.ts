/**
 * The app as a user starts it: a real process, the embedded database persisted under a data folder
 * (or a PostgreSQL server named by DATABASE_URL), demo data on first start only, data kept across
 * restarts, and a keyring file only its owner can read.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { count, eq, isNull } from "drizzle-orm";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startApp } from "../test/app-process.js";
import { adminUrl } from "../test/global-setup.js";
import { isPostgres } from "../test/db.js";
import { openDatabase, type DatabaseTarget } from "./db/client.js";
import {
  carePlans,
  cases,
  contracts,
  funderCommissioners,
  organisations,
  outreachPartners,
  outreachSchedules,
  panelDecisions,
  panelEscalations,
  programmeEnrolments,
  referralAttributions,
  referrals,
  supportSessions,
  trainingDeliveries,
  users,
} from "./db/schema.js";
import { demoStaff } from "./demo/seed-demo.js";

const demoOutreach = { partners: 7, schedules: 3, trainings: 2, attributed: 2 };
// The history's size depends on the day the demo starts; its own tests check its figures.
const demoHistory = { hasReferrals: true, contracts: 2, commissionerLinked: 1 };
const scratch = await mkdtemp(path.join(tmpdir(), "pathways-start-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Starts the app, waits until it answers, stops it, and returns what it printed. */
async function runOnce(env: Record<string, string>): Promise<string> {
  const app = await startApp(env);
  app.child.kill("SIGTERM");
  expect(await app.exited).toBe(0);
  return app.output();
}

async function countsIn(target: DatabaseTarget) {
  const database = await openDatabase(target);
  try {
    const [orgs] = await database.db.select({ n: count() }).from(organisations);
    const [people] = await database.db.select({ n: count() }).from(users);
    // The demo case (the one opened without a referral; the history's all come from one) shows
    // every part of support: a plan, sessions and a programme.
    const isDemoCase = isNull(cases.referralId);
    const [plans] = await database.db.select({ n: count() }).from(carePlans);
    const [held] = await database.db.select({ n: count() }).from(supportSessions).innerJoin(cases, eq(cases.id, supportSessions.caseId)).where(isDemoCase);
    const [enrolled] = await database.db.select({ n: count() }).from(programmeEnrolments).innerJoin(cases, eq(cases.id, programmeEnrolments.caseId)).where(isDemoCase);
    // And the panel: two escalations of it, one decided.
    const [escalated] = await database.db.select({ n: count() }).from(panelEscalations).innerJoin(cases, eq(cases.id, panelEscalations.caseId)).where(isDemoCase);
    const [decided] = await database.db.select({ n: count() }).from(panelDecisions).innerJoin(cases, eq(cases.id, panelDecisions.caseId)).where(isDemoCase);
    // Behind it, fifteen months of history and the funders' contracts.
    const [referred] = await database.db.select({ n: count() }).from(referrals);
    const [contracted] = await database.db.select({ n: count() }).from(contracts);
    const [linked] = await database.db.select({ n: count() }).from(funderCommissioners);
    // And outreach: partners, schedules, trainings, and two referrals from community pathways.
    const [partners] = await database.db.select({ n: count() }).from(outreachPartners);
    const [schedules] = await database.db.select({ n: count() }).from(outreachSchedules);
    const [trainings] = await database.db.select({ n: count() }).from(trainingDeliveries);
    const [attributed] = await database.db.select({ n: count() }).from(referralAttributions);
    return {
      organisations: orgs?.n,
      users: people?.n,
      carePlans: plans?.n,
      sessions: held?.n,
      enrolments: enrolled?.n,
      escalations: escalated?.n,
      decisions: decided?.n,
      outreach: { partners: partners?.n, schedules: schedules?.n, trainings: trainings?.n, attributed: attributed?.n },
      history: { hasReferrals: (referred?.n ?? 0) > 400, contracts: contracted?.n, commissionerLinked: linked?.n },
    };
  } finally {
    await database.close();
  }
}

describe("starting the app", { timeout: 120_000 }, () => {
  it.runIf(!isPostgres())("creates the demo organisation once in the embedded database and keeps it across restarts", async () => {
    const dataDir = path.join(scratch, "embedded");
    const first = await runOnce({ PATHWAYS_DATA_DIR: dataDir });
    expect(first).toContain("demo organisation created");
    expect(first).toContain("admin@pathways.demo");
    expect((await stat(path.join(dataDir, "keyring.json"))).mode & 0o777).toBe(0o600);
    expect(await countsIn({ kind: "pglite", dataDir: path.join(dataDir, "db") })).toEqual({ organisations: 1, users: demoStaff.length, carePlans: 1, sessions: 9, enrolments: 1, escalations: 2, decisions: 1, outreach: demoOutreach, history: demoHistory });

    const second = await runOnce({ PATHWAYS_DATA_DIR: dataDir });
    expect(second).not.toContain("demo organisation created");
    expect(await countsIn({ kind: "pglite", dataDir: path.join(dataDir, "db") })).toEqual({ organisations: 1, users: demoStaff.length, carePlans: 1, sessions: 9, enrolments: 1, escalations: 2, decisions: 1, outreach: demoOutreach, history: demoHistory });
  });

  it.runIf(isPostgres())("uses the PostgreSQL server named by DATABASE_URL with no other change", async () => {
    const name = `pathways_start_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
    try {
      const env = { DATABASE_URL: url, PATHWAYS_DATA_DIR: path.join(scratch, "server") };
      expect(await runOnce(env)).toContain("demo organisation created");
      expect(await runOnce(env)).not.toContain("demo organisation created");
      expect(await countsIn({ kind: "postgres", url })).toEqual({ organisations: 1, users: demoStaff.length, carePlans: 1, sessions: 9, enrolments: 1, escalations: 2, decisions: 1, outreach: demoOutreach, history: demoHistory });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
