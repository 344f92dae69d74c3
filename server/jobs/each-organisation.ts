/**
 * The daily reminder jobs run organisation by organisation, each in its own terms (its
 * instruments, its sites' managers). This runs one such job over every organisation, or only the
 * ones named (a test keeps to the organisation it made), and adds up what each sent.
 */
import { inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organisations } from "../db/schema.js";

export interface OrganisationChoice {
  /** Only these organisations; every one when left out. */
  readonly organisationIds?: readonly string[];
}

export async function sumOverOrganisations(tx: Db, choice: OrganisationChoice, work: (organisationId: string) => Promise<number>): Promise<number> {
  const chosen = choice.organisationIds;
  if (chosen?.length === 0) return 0;
  const query = tx.select({ id: organisations.id }).from(organisations);
  const all = chosen ? await query.where(inArray(organisations.id, [...chosen])) : await query;
  let total = 0;
  for (const organisation of all) total += await work(organisation.id);
  return total;
}
