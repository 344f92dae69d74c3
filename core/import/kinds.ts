/**
 * The four kinds of spreadsheet row an organisation can import, each described by its fields and
 * check (one pipeline runs them all), and every field name any of them has, for the API's schemas.
 */
import { caseImport, caseImportFields, type CaseImportField } from "./case-fields.js";
import type { ImportKind, ImportKindDefinition } from "./cells.js";
import { clientImport, clientImportFields, type ClientImportField } from "./client-fields.js";
import { referralImport, referralImportFields, type ReferralImportField } from "./referral-fields.js";
import { sessionImport, sessionImportFields, type SessionImportField } from "./session-fields.js";

export const importDefinitions: Readonly<Record<ImportKind, ImportKindDefinition>> = {
  clients: clientImport,
  referrals: referralImport,
  cases: caseImport,
  sessions: sessionImport,
};

export type ImportField = ClientImportField | ReferralImportField | CaseImportField | SessionImportField;

/** Every field of every kind, once each. */
export const importFieldNames = [...new Set([...clientImportFields, ...referralImportFields, ...caseImportFields, ...sessionImportFields])] as [ImportField, ...ImportField[]];

/** Kinds whose rows are written at one site the administrator chooses (a client belongs to none). */
export const isSiteKind = (kind: ImportKind): boolean => kind !== "clients";
