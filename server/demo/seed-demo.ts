/**
 * The demo organisation created on first start of an empty database: three sites, a member of
 * staff in every role (a caseworker and a team manager at each site; all with the same demo
 * password), a few referrals waiting for triage, and
 * one case in support with ten weeks of assessments, a care plan, sessions and a programme. Staff who can see client data are asked
 * to set up an authenticator app the first time they sign in. Behind them, fifteen months of
 * history at all three sites (demo-history.ts) and the funders' contracts, for the reports, and
 * the organisation's grants, spend and the unit costs of its services (demo-funding.ts), and
 * two social-value reports of last financial year (social-value/demo-social-value.ts).
 */
import { count, eq } from "drizzle-orm";
import type { Role } from "../../core/roles.js";
import { recordAudit } from "../audit/record-audit.js";
import { hashPassword } from "../auth/passwords.js";
import { inTransaction, type Db } from "../db/client.js";
import { cases, organisations, roleGrants, sites, users } from "../db/schema.js";
import { ensureDefaultSources } from "../referrals/sources.js";
import type { Vault } from "../vault/vault.js";
import { seedDemoContent } from "../content/demo-content.js";
import { seedDemoCase } from "./demo-cases.js";
import { seedDemoDataRights } from "./demo-data-rights.js";
import { seedDemoEarlierRecords } from "./demo-retention.js";
import { seedDemoFunding } from "./demo-funding.js";
import { seedDemoHistory } from "./demo-history.js";
import { seedDemoOutreach } from "./demo-outreach.js";
import { seedDemoPanel } from "./demo-panel.js";
import { seedDemoReferrals } from "./demo-referrals.js";
import { seedDemoSupport } from "./demo-support.js";
import { seedDemoWorkers } from "./demo-workers.js";
import { seedDemoSocialValue } from "../social-value/demo-social-value.js";

export const demoPassword = "copper lantern orchard";

type SiteName = "Birmingham" | "Manchester" | "Luton";

export const demoStaff: { email: string; displayName: string; role: Role; site: SiteName | null }[] = [
  { email: "admin@pathways.demo", displayName: "Yusuf Patel", role: "administrator", site: null },
  { email: "caseworker@pathways.demo", displayName: "Amina Hussain", role: "caseworker", site: "Birmingham" },
  { email: "caseworker.manchester@pathways.demo", displayName: "Daniel Kowalski", role: "caseworker", site: "Manchester" },
  { email: "caseworker.luton@pathways.demo", displayName: "Farah Begum", role: "caseworker", site: "Luton" },
  { email: "mentor@pathways.demo", displayName: "Tariq Mahmood", role: "mentor", site: "Birmingham" },
  { email: "mentor.rubina@pathways.demo", displayName: "Rubina Akhtar", role: "mentor", site: "Birmingham" },
  { email: "manager@pathways.demo", displayName: "Sarah Collins", role: "team_manager", site: "Birmingham" },
  // Manchester's and Luton's managers approve their sites' assessments and closures in the history.
  { email: "manager.manchester@pathways.demo", displayName: "Joanne Pritchard", role: "team_manager", site: "Manchester" },
  { email: "manager.luton@pathways.demo", displayName: "Kamaljit Dhami", role: "team_manager", site: "Luton" },
  { email: "safeguarding@pathways.demo", displayName: "Imran Qureshi", role: "safeguarding_lead", site: "Birmingham" },
  { email: "panel@pathways.demo", displayName: "Helen Price", role: "panel_member", site: "Birmingham" },
  { email: "outreach@pathways.demo", displayName: "Bilal Ahmed", role: "outreach_worker", site: "Birmingham" },
  { email: "dpo@pathways.demo", displayName: "Nadia Rahman", role: "data_protection_officer", site: null },
  { email: "commissioner@pathways.demo", displayName: "James Whitfield", role: "commissioner", site: null },
  // Two content editors: one writes, the other reviews and publishes (nobody publishes their own words).
  { email: "editor@pathways.demo", displayName: "Shireen Qadri", role: "content_editor", site: null },
  { email: "editor.review@pathways.demo", displayName: "Eleanor Whitcombe", role: "content_editor", site: null },
];

/** Seeds the demo organisation when the database has none; returns whether it did. */
export async function seedDemoIfEmpty(db: Db, vault: Vault, now: Date): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(organisations);
  if ((existing?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(demoPassword);
  await inTransaction(db, async (tx) => {
    const [organisation] = await tx.insert(organisations).values({ name: "Pathways Community Trust" }).returning();
    if (!organisation) throw new Error("demo organisation not created");
    const siteRows = await tx
      .insert(sites)
      .values((["Birmingham", "Manchester", "Luton"] as const).map((name) => ({ organisationId: organisation.id, name })))
      .returning();
    await ensureDefaultSources(tx, organisation.id);
    const siteId = new Map(siteRows.map((site) => [site.name, site.id]));
    let content: { articles: number; stories: number } | null = null;
    const staffId = new Map<string, string>();
    for (const person of demoStaff) {
      const [user] = await tx
        .insert(users)
        .values({ organisationId: organisation.id, email: person.email, displayName: person.displayName, passwordHash })
        .returning();
      if (!user) throw new Error("demo user not created");
      staffId.set(person.email, user.id);
      await tx.insert(roleGrants).values({
        organisationId: organisation.id,
        userId: user.id,
        role: person.role,
        siteId: person.site ? (siteId.get(person.site) ?? null) : null,
      });
    }
    await seedDemoWorkers(tx, { organisationId: organisation.id, staffId, now });
    const birmingham = siteId.get("Birmingham");
    const referralCount = birmingham ? await seedDemoReferrals(tx, vault, organisation.id, birmingham, now) : 0;
    if (birmingham) {
      const person = (email: string) => {
        const staff = demoStaff.find((candidate) => candidate.email === email)!;
        return { userId: staffId.get(email)!, displayName: staff.displayName, grants: [{ role: staff.role, siteId: birmingham }] };
      };
      const keyWorker = person("caseworker@pathways.demo");
      const manager = person("manager@pathways.demo");
      const { caseId, firstAssessmentId } = await seedDemoCase(tx, vault, { organisationId: organisation.id, siteId: birmingham, keyWorkerId: keyWorker.userId, managerId: manager.userId, now });
      await seedDemoSupport(tx, vault, { organisationId: organisation.id, siteId: birmingham, caseId, firstAssessmentId, keyWorker, mentor: person("mentor@pathways.demo"), manager, now });
      await seedDemoPanel(tx, vault, { organisationId: organisation.id, siteId: birmingham, caseId, lead: person("safeguarding@pathways.demo"), manager, keyWorker, outsideMember: person("panel@pathways.demo"), now });
      await seedDemoOutreach(tx, { organisationId: organisation.id, siteId: birmingham, outreachWorker: person("outreach@pathways.demo"), manager, now });
      const officer = { userId: staffId.get("dpo@pathways.demo")!, displayName: "Nadia Rahman", grants: [{ role: "data_protection_officer" as const, siteId: null }] };
      await seedDemoDataRights(tx, vault, { organisationId: organisation.id, caseId, keyWorker, officer, now });
      await seedDemoEarlierRecords(tx, vault, { organisationId: organisation.id, siteId: birmingham, manager, now });
      const [storyCase] = await tx.select({ clientId: cases.clientId }).from(cases).where(eq(cases.id, caseId)).limit(1);
      content = await seedDemoContent(tx, {
        organisationId: organisation.id,
        writerId: staffId.get("editor@pathways.demo")!,
        reviewerId: staffId.get("editor.review@pathways.demo")!,
        administratorId: staffId.get("admin@pathways.demo")!,
        caseStudy: { caseId, clientId: storyCase!.clientId, writerId: keyWorker.userId, reviewerId: manager.userId },
        now,
      });
    }
    const site = (name: SiteName, caseworker: string, manager: string) => ({ siteId: siteId.get(name)!, caseworkerId: staffId.get(caseworker)!, managerId: staffId.get(manager)! });
    const history = await seedDemoHistory(tx, vault, {
      organisationId: organisation.id,
      now,
      sites: {
        Birmingham: site("Birmingham", "caseworker@pathways.demo", "manager@pathways.demo"),
        Manchester: site("Manchester", "caseworker.manchester@pathways.demo", "manager.manchester@pathways.demo"),
        Luton: site("Luton", "caseworker.luton@pathways.demo", "manager.luton@pathways.demo"),
      },
      safeguardingLeadId: staffId.get("safeguarding@pathways.demo")!,
      mentorIds: { female: staffId.get("mentor.rubina@pathways.demo")!, male: staffId.get("mentor@pathways.demo")! },
      commissionerId: staffId.get("commissioner@pathways.demo") ?? null,
    });
    // After the history: the grants go to its funders, and the activity costs follow its sessions and stock.
    const funding = await seedDemoFunding(tx, {
      organisationId: organisation.id,
      siteIds: { Birmingham: siteId.get("Birmingham")!, Manchester: siteId.get("Manchester")!, Luton: siteId.get("Luton")! },
      recordedBy: staffId.get("admin@pathways.demo")!,
      now,
    });
    // After the funding: the social-value reports value the history's outcomes against its spend.
    const socialValue = await seedDemoSocialValue(tx, { organisationId: organisation.id, birminghamId: siteId.get("Birmingham")!, administratorId: staffId.get("admin@pathways.demo")!, now });
    await recordAudit(tx, {
      organisationId: organisation.id,
      actorUserId: null,
      action: "organisation.demo_seeded",
      entityType: "organisation",
      entityId: organisation.id,
      details: { sites: siteRows.length, users: demoStaff.length, referrals: referralCount, history, funding, socialValue, content },
    });
  });
  return true;
}
