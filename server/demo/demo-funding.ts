/**
 * The demo's funding and spend (issue 10): the Home Office's prevention grants for last financial
 * year and this one (disclosed, with their amounts), Birmingham City Council's early-help grant
 * (disclosed, amount not), the National Lottery Community Fund's three-year mentoring grant
 * (disclosed) and a local trust's grant for a female support worker in Luton (not disclosed, at the
 * trust's request); each whole month's spend of the history by site and category, the activity
 * costs worked out from what the history and the outreach demo recorded (mentoring sessions held,
 * outreach sessions, stock delivered), charged to the grants that pay for them; and the unit costs
 * of seven services. One insert per table, so it adds little to the first start.
 */
import { and, eq, inArray, sql, type AnyColumn } from "drizzle-orm";
import { shiftMonth } from "../../core/api/reporting-dashboard.js";
import { mentoringInterventionTypes, type CostDerivation, type SpendCategory } from "../../core/funding/vocabulary.js";
import type { FunderKind } from "../../core/reporting/contracts.js";
import type { Db } from "../db/client.js";
import { fundingGrants, serviceUnitCosts, spendEntries } from "../db/funding-schema.js";
import { funders, outreachSessions, outreachStockItems, outreachStockMovements, supportSessions } from "../db/schema.js";
import { lastCompleteMonth } from "../reporting/returns/releases.js";
import { financialYearOf, historyMonths, londonDay } from "./demo-history-clock.js";
import type { DemoSiteName } from "./demo-history-people.js";

interface DemoFundingInput {
  organisationId: string;
  siteIds: Readonly<Record<DemoSiteName, string>>;
  /** The administrator who records spend. */
  recordedBy: string;
  now: Date;
}

/** Monthly costs that do not follow activity: salaries and the premises of each site, and of head office. */
const monthlyStaff: Readonly<Record<DemoSiteName | "organisation", number>> = { Birmingham: 2_148_000, Manchester: 1_422_500, Luton: 1_276_000, organisation: 958_300 };
const monthlyPremises: Readonly<Record<DemoSiteName | "organisation", number>> = { Birmingham: 215_000, Manchester: 164_500, Luton: 139_000, organisation: 88_000 };
/** Mentors' pay at each site (two at Birmingham), counted as mentoring rather than staff. */
const monthlyMentors: Readonly<Record<DemoSiteName, number>> = { Birmingham: 490_000, Manchester: 230_000, Luton: 230_000 };
/** A sessional mentor's fee per mentoring session held, an outreach session's venue, travel and refreshments, a kit and a leaflet from the supplier. */
const perMentoringSession = 4_200;
const perOutreachSession = 9_150;
const perKit = 1_240;
const perLeaflet = 16;

const unitCosts: readonly { name: string; unit: string; costPence: number; basis: string; derivation: CostDerivation | null }[] = [
  { name: "Drug awareness kit", unit: "per kit", costPence: 1_350, basis: "The supplier's price of £12.40 a kit (information cards, an alcohol units wheel, leaflets in five languages, a pouch), with delivery shared across a box of 250.", derivation: "drug_awareness_kit" },
  { name: "Outreach session", unit: "per session", costPence: 18_500, basis: "Two outreach workers for three hours with travel (£118 at the staff rate), a venue contribution and refreshments (£45), leaflets and materials (£22).", derivation: "outreach_session" },
  { name: "Mentoring one person for a year", unit: "per person mentored per year", costPence: 48_000, basis: "Mentors' pay and sessional mentors' fees over last year, divided by the people they mentored. Most people have a few sessions; see intensive mentoring for a young person seen weekly.", derivation: "mentoring_year" },
  { name: "Intensive prevention mentoring for one young person", unit: "per young person per year", costPence: 215_000, basis: "Weekly one-to-one sessions for 40 weeks at a mentor's rate, with supervision and travel.", derivation: null },
  { name: "A year's rent and running costs", unit: "per year, all sites and head office", costPence: 7_320_000, basis: "Rent, utilities, cleaning, insurance and internet for the three sites and head office, from last year's accounts.", derivation: "running_costs_year" },
  { name: "Awareness training for a mosque's or school's staff", unit: "per half-day session", costPence: 42_000, basis: "A trainer's half day with preparation, certificates and materials for up to 20 people.", derivation: null },
  { name: "Twelve-week faith-adapted recovery group", unit: "per group of up to ten", costPence: 360_000, basis: "Two facilitators for twelve weekly evening sessions, the venue and refreshments.", derivation: null },
];

const londonMonthOf = (column: AnyColumn) => sql<string>`to_char(${column} at time zone 'Europe/London', 'YYYY-MM')`;

export async function seedDemoFunding(tx: Db, input: DemoFundingInput): Promise<{ grants: number; spendEntries: number; unitCosts: number }> {
  const { organisationId, siteIds } = input;
  const thisYear = financialYearOf(londonDay(input.now));
  const lastYear = financialYearOf(`${Number(thisYear.startsOn.slice(0, 4)) - 1}-06-01`);
  const byName = async (name: string) => (await tx.select({ id: funders.id }).from(funders).where(and(eq(funders.organisationId, organisationId), eq(funders.name, name))).limit(1))[0]?.id;
  const homeOffice = await byName("Home Office");
  const council = await byName("Birmingham City Council");
  if (!homeOffice || !council) throw new Error("the demo's funders are added with its contracts first");
  const [lottery, trust] = await tx
    .insert(funders)
    .values([
      { organisationId, name: "The National Lottery Community Fund", kind: "charitable_trust" satisfies FunderKind },
      { organisationId, name: "Al-Noor Women's Trust", kind: "charitable_trust" satisfies FunderKind },
    ])
    .returning({ id: funders.id });

  const prevention = "Community safeguarding and prevention: awareness sessions in mosques, schools and colleges, and mentoring for young people at risk of radicalisation or exploitation";
  const preventionTerms = "Prevention activity only; no more than 10% on management costs. Quarterly monitoring return to the Home Office; any underspend returned at the year end.";
  const grants = await tx
    .insert(fundingGrants)
    .values([
      { organisationId, funderId: homeOffice, purpose: prevention, amountPence: 16_500_000, ...lastYear, restrictions: preventionTerms, isDisclosed: true, isAmountDisclosed: true },
      { organisationId, funderId: homeOffice, purpose: prevention, amountPence: 18_000_000, ...thisYear, restrictions: preventionTerms, isDisclosed: true, isAmountDisclosed: true },
      {
        organisationId,
        funderId: council,
        purpose: "Drug and alcohol early help for Birmingham families: awareness kits, outreach and one-to-one support",
        amountPence: 9_600_000,
        startsOn: lastYear.startsOn,
        endsOn: thisYear.endsOn,
        restrictions: "Birmingham residents only. Not for capital purchases. Unspent funds returned at the end of the grant.",
        siteIds: [siteIds.Birmingham],
        isDisclosed: true,
      },
      {
        organisationId,
        funderId: lottery!.id,
        purpose: "Lived-experience mentors and recovery groups in Manchester and Luton",
        amountPence: 15_000_000,
        startsOn: lastYear.startsOn,
        endsOn: `${Number(lastYear.startsOn.slice(0, 4)) + 3}-03-31`,
        restrictions: "Staff and volunteer costs of mentoring and recovery groups, and up to £5,000 a year of venue hire. Annual report to the Fund.",
        siteIds: [siteIds.Manchester, siteIds.Luton],
        isDisclosed: true,
        isAmountDisclosed: true,
      },
      {
        organisationId,
        funderId: trust!.id,
        purpose: "A female support worker in Luton",
        amountPence: 2_400_000,
        ...thisYear,
        restrictions: "The female support worker's salary only. A short report to the trustees each quarter. The trust asks not to be named publicly.",
        siteIds: [siteIds.Luton],
      },
    ])
    .returning({ id: fundingGrants.id });
  const [homeOfficeLast, homeOfficeThis, councilGrant, lotteryGrant, trustGrant] = grants.map((grant) => grant.id);
  const isThisYear = (month: string) => month >= thisYear.startsOn.slice(0, 7);
  // In April and May the history reaches back before last financial year, which no grant covers.
  const isLastYearOrLater = (month: string) => month >= lastYear.startsOn.slice(0, 7);
  const preventionGrant = (month: string) => (isThisYear(month) ? homeOfficeThis! : isLastYearOrLater(month) ? homeOfficeLast! : null);

  // Every whole month of the history: the current month has not been paid yet.
  const to = lastCompleteMonth(input.now);
  const months = Array.from({ length: historyMonths - 1 }, (_, index) => shiftMonth(to, index - (historyMonths - 2)));
  const rows: (typeof spendEntries.$inferInsert)[] = [];
  const add = (month: string, site: DemoSiteName | null, category: SpendCategory, amountPence: number, description: string, grantId: string | null = null) => {
    if (amountPence > 0) rows.push({ organisationId, month, siteId: site ? siteIds[site] : null, category, amountPence, description, grantId, createdBy: input.recordedBy, createdAt: input.now, updatedAt: input.now });
  };
  const sites = Object.keys(siteIds) as DemoSiteName[];
  for (const [index, month] of months.entries()) {
    // Salaries rise 3% with the new financial year.
    const rise = (pence: number) => Math.round(isThisYear(month) ? pence * 1.03 : pence);
    for (const site of sites) {
      const femaleWorker = site === "Luton" && isThisYear(month) ? 200_000 : 0;
      add(month, site, "staff", rise(monthlyStaff[site] - monthlyMentors[site]) - femaleWorker, `${site} team salaries and on-costs`);
      add(month, site, "staff", femaleWorker, "Female support worker's salary", trustGrant);
      add(month, site, "mentoring", rise(monthlyMentors[site]), `${site} mentors' salaries`, site === "Birmingham" ? preventionGrant(month) : isLastYearOrLater(month) ? lotteryGrant : null);
      add(month, site, "rent_running_costs", monthlyPremises[site] + (index % 3) * 1_150, `${site} rent, utilities and cleaning`);
    }
    add(month, null, "staff", rise(monthlyStaff.organisation), "Director, finance and data protection");
    add(month, null, "rent_running_costs", monthlyPremises.organisation, "Head office rent, insurance and internet");
    if (index % 3 === 1) add(month, null, "training", 186_000, "Safeguarding refreshers, DBS checks and Prevent training for staff");
  }

  // Costs that follow what was done, from the records of each whole month.
  const inMonths = (month: string) => months.includes(month);
  const mentoringMonth = londonMonthOf(supportSessions.startsAt);
  const mentoring = await tx
    .select({ siteId: supportSessions.siteId, month: mentoringMonth, sessions: sql<number>`count(*)::int` })
    .from(supportSessions)
    .where(and(eq(supportSessions.organisationId, organisationId), eq(supportSessions.attendance, "attended"), inArray(supportSessions.interventionType, [...mentoringInterventionTypes])))
    .groupBy(supportSessions.siteId, mentoringMonth);
  const siteName = (siteId: string) => sites.find((site) => siteIds[site] === siteId)!;
  for (const row of mentoring.filter((entry) => inMonths(entry.month))) {
    const site = siteName(row.siteId);
    add(row.month, site, "mentoring", row.sessions * perMentoringSession, `Sessional mentors' fees, ${row.sessions} sessions`, site === "Birmingham" ? preventionGrant(row.month) : isLastYearOrLater(row.month) ? lotteryGrant : null);
  }
  const outreachMonth = londonMonthOf(outreachSessions.startsAt);
  const outreach = await tx
    .select({ siteId: outreachSessions.siteId, month: outreachMonth, sessions: sql<number>`count(*)::int` })
    .from(outreachSessions)
    .where(eq(outreachSessions.organisationId, organisationId))
    .groupBy(outreachSessions.siteId, outreachMonth);
  for (const row of outreach.filter((entry) => inMonths(entry.month))) {
    add(row.month, siteName(row.siteId), "outreach_sessions", row.sessions * perOutreachSession, `Venues, travel and refreshments, ${row.sessions} sessions`, preventionGrant(row.month));
  }
  const deliveryMonth = londonMonthOf(outreachStockMovements.createdAt);
  const deliveries = await tx
    .select({ siteId: outreachStockItems.siteId, month: deliveryMonth, kind: outreachStockItems.kind, quantity: sql<number>`sum(${outreachStockMovements.change})::int` })
    .from(outreachStockMovements)
    .innerJoin(outreachStockItems, eq(outreachStockItems.id, outreachStockMovements.itemId))
    .where(and(eq(outreachStockMovements.organisationId, organisationId), eq(outreachStockMovements.reason, "delivered")))
    .groupBy(outreachStockItems.siteId, deliveryMonth, outreachStockItems.kind);
  for (const row of deliveries.filter((entry) => inMonths(entry.month) && (entry.kind === "drug_awareness_kit" || entry.kind === "leaflet"))) {
    const isKits = row.kind === "drug_awareness_kit";
    add(row.month, siteName(row.siteId), "resources", row.quantity * (isKits ? perKit : perLeaflet), isKits ? `Drug awareness kits, ${row.quantity}` : `Leaflets printed, ${row.quantity}`, isLastYearOrLater(row.month) ? councilGrant : null);
  }
  await tx.insert(spendEntries).values(rows);

  await tx.insert(serviceUnitCosts).values(unitCosts.map((unitCost) => ({ organisationId, ...unitCost, createdAt: input.now, updatedAt: input.now })));
  return { grants: grants.length, spendEntries: rows.length, unitCosts: unitCosts.length };
}
