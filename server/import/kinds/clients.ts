/**
 * Clients as a kind of import: a row repeats an earlier one by its reference or by being strongly
 * the same person (core/import/within-file.ts); it is already held when an earlier import brought
 * its reference in or a live client strongly matches it (known-clients.ts); the rest are created
 * with their identity sealed under a key each, blind indexes and an audit event per client.
 */
import { clientImport, type ImportedClient } from "../../../core/import/client-fields.js";
import { findDuplicatesWithinFile } from "../../../core/import/within-file.js";
import { createClients } from "../../clients/create-clients.js";
import { blindIndexesOf, identityMatchKeys } from "../../clients/identity-store.js";
import { rememberReferences, type KindHandler, type NumberedProblem } from "../import-kind.js";
import { findKnownClients, normaliseImportReference, type CheckedRow } from "../known-clients.js";

export const clientHandler: KindHandler<ImportedClient, CheckedRow> = {
  definition: clientImport,
  withinFile(rows) {
    return findDuplicatesWithinFile(
      rows.map(({ rowNumber, row }) => ({
        rowNumber,
        reference: normaliseImportReference(row.reference),
        keys: identityMatchKeys(row.identity) as Parameters<typeof findDuplicatesWithinFile>[0][number]["keys"],
        hasDateOfBirth: row.identity.dateOfBirth !== null,
      })),
    ).map(
      (duplicate): NumberedProblem => ({
        rowNumber: duplicate.rowNumber,
        field: duplicate.problem === "duplicate_reference_in_file" ? "reference" : "givenName",
        problem: duplicate.problem,
        detail: String(duplicate.earlierRow),
      }),
    );
  },
  async resolve(db, vault, scope, rows) {
    const checked = rows.map(({ rowNumber, row }) => ({ rowNumber, client: row, indexes: blindIndexesOf(vault, scope.organisationId, row.identity) }));
    const known = await findKnownClients(db, vault, scope.organisationId, checked);
    return { ready: checked.filter((row) => !known.has(row.rowNumber)), problems: [...known].map(([rowNumber, problem]) => ({ ...problem, rowNumber })) };
  },
  async write(tx, vault, scope, ready, now) {
    const created = await createClients(
      tx,
      { vault, now, actorUserId: scope.actorUserId, requestId: null },
      scope.organisationId,
      ready.map(({ rowNumber, client, indexes }) => ({
        organisationId: scope.organisationId,
        identity: client.identity,
        sex: client.sex,
        ethnicity: client.ethnicity,
        religion: client.religion,
        preferredLanguage: client.preferredLanguage,
        isInterpreterNeeded: client.isInterpreterNeeded,
        preferredWorkerGender: client.preferredWorkerGender,
        indexes,
        auditDetails: { importId: scope.importId, rowNumber },
      })),
    );
    await rememberReferences(tx, vault, scope, "client", created.map((client, index) => ({ reference: ready[index]!.client.reference, entityId: client.id })));
    return created.length;
  },
};
