/**
 * A fingerprint of everything an organisation holds, to prove a refused request changed nothing.
 * Sessions are left out (being signed in touches them); everything else is in.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../server/db/client.js";

export async function organisationSnapshot(db: Db, organisationId: string): Promise<Record<string, string>> {
  const [row] = await queryRows<Record<string, string>>(
    db,
    sql`select
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from organisations t where t.id = ${organisationId}) as organisations,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from sites t where t.organisation_id = ${organisationId}) as sites,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from users t where t.organisation_id = ${organisationId}) as users,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from role_grants t where t.organisation_id = ${organisationId}) as role_grants,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from invitations t join users u on u.id = t.user_id where u.organisation_id = ${organisationId}) as invitations,
      (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from recovery_codes t join users u on u.id = t.user_id where u.organisation_id = ${organisationId}) as recovery_codes,
      (select md5(coalesce(string_agg(t::text, '|' order by t.subject_id), '')) from subject_keys t where t.organisation_id = ${organisationId}) as subject_keys,
      (select md5(coalesce(string_agg(t::text, '|' order by t.seq), '')) from audit_events t where t.organisation_id = ${organisationId}) as audit_events`,
  );
  if (!row) throw new Error("no snapshot");
  return row;
}
