/**
 * Who a counted row is about: the client (a merged record counts as the client it was merged
 * into, with that client's sex and ethnicity), and the demographic dimensions every metric about
 * people shares. A row with no client yet (a referral not triaged) is `not_stated`.
 */
import { sql, type SQL } from "drizzle-orm";
import { ethnicities } from "../../../core/clients/demographics.js";
import type { ReportingDimension } from "../../../core/reporting/catalogue.js";
import type { DimensionSql, OptionalJoin } from "./metric-source.js";

/**
 * The client a row names (`clientId`) as one person: `client` finds the client it was merged
 * into, if it was (through the small index of merged records only), and `demographics` reads the
 * person's sex and ethnicity.
 */
export function clientJoins(clientId: SQL, needs: readonly string[] = []): OptionalJoin[] {
  return [
    { name: "client", sql: sql`left join clients m on m.id = ${clientId} and m.merged_into_id is not null`, needs },
    { name: "demographics", sql: sql`left join clients cl on cl.id = coalesce(m.merged_into_id, ${clientId})`, needs: ["client"] },
  ];
}

/** One person however many records they had: the kept client of a merge, else the client. */
export const personOf = (clientId: SQL): SQL => sql`coalesce(m.merged_into_id, ${clientId})`;

const ethnicity = sql`coalesce(cl.ethnicity, 'not_stated')`;
const sex = sql`coalesce(cl.sex, 'not_stated')`;

const quoted = (code: string): string => {
  // Codes come from the core's fixed list; checked so nothing but a plain code reaches SQL text.
  if (!/^[a-z_]+$/.test(code)) throw new Error(`Unexpected ethnicity code ${code}`);
  return `'${code}'`;
};

const groups = [...new Set(ethnicities.map((entry) => entry.group))];

/** ONS 2021 group of the ethnicity; a code the core does not know falls under `other`. */
const ethnicGroup = sql`case ${sql.join(
  groups.map((group) => sql`when ${ethnicity} in (${sql.raw(ethnicities.filter((entry) => entry.group === group).map((entry) => quoted(entry.code)).join(", "))}) then ${sql.raw(quoted(group))}`),
  sql` `,
)} else 'other' end`;

/** As core/clients/demographics.ts isMinorityEthnic: everyone but White British and not stated. */
const minorityEthnic = sql`case ${ethnicity} when 'white_british' then 'white_british' when 'not_stated' then 'not_stated' else 'minority_ethnic' end`;

/**
 * The demographic dimensions of rows whose client is joined by `clientJoins`, with the age band
 * (`ageBand`: the band when the case opened) given by the metric.
 */
export function demographicDimensions(ageBand: DimensionSql): Partial<Record<ReportingDimension, DimensionSql>> {
  const needsClient = ["demographics"];
  return {
    age_band: ageBand,
    sex: { value: sex, needs: needsClient },
    ethnicity: { value: ethnicity, needs: needsClient },
    ethnic_group: { value: ethnicGroup, needs: needsClient },
    minority_ethnic: { value: minorityEthnic, needs: needsClient },
  };
}
