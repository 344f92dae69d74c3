/**
 * A case study's text checked against its client's identity: the identity is decrypted here, on
 * the server, and never leaves it; what leaves is each warning with the writer's own words that
 * matched and a little text around them.
 */
import type { IdentityWarning } from "../../../core/api/content.js";
import { identityWarnings } from "../../../core/content/identity-check.js";
import type { SiteLanguage } from "../../../core/content/vocabulary.js";
import type { ClientIdentity } from "../../../core/panel/redaction.js";
import { readIdentity } from "../../clients/identity-store.js";
import type { Db } from "../../db/client.js";
import type { Vault } from "../../vault/vault.js";
import { plainTextOf, sanitiseBodyHtml } from "../sanitise-html.js";

export interface CheckedVersion {
  language: SiteLanguage;
  title: string;
  summary: string;
  /** Sanitised HTML. */
  bodyHtml: string;
}

const around = 30;

function excerptOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\s+/g, " ")}${to < text.length ? "…" : ""}`;
}

export function warningsFor(identity: ClientIdentity, versions: readonly CheckedVersion[]): IdentityWarning[] {
  return versions.flatMap((version) =>
    (
      [
        ["title", version.title],
        ["summary", version.summary],
        ["body", plainTextOf(version.bodyHtml)],
      ] as const
    ).flatMap(([field, text]) =>
      identityWarnings(text, identity).map((warning) => ({ language: version.language, field, kind: warning.kind, match: warning.match, excerpt: excerptOf(text, warning.start, warning.end) })),
    ),
  );
}

/** Decrypts the client's identity and checks the texts against it. */
export async function checkAgainstClient(db: Db, vault: Vault, clientId: string, versions: readonly { language: SiteLanguage; title: string; summary: string; bodyHtml: string }[]): Promise<IdentityWarning[]> {
  const identity = await readIdentity(db, vault, clientId);
  const sanitised = versions.map((version) => ({ ...version, bodyHtml: sanitiseBodyHtml(version.bodyHtml, { allowImages: false }) }));
  return warningsFor(identity, sanitised);
}
