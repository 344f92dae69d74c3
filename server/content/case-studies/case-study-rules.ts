/**
 * A case study loaded with its case, in the actor's scope, and the rules it is written and
 * published under: its case's workers write it, its site's managers review it, and publishing
 * needs the client's current case-study consent and, where the text matches the client's record,
 * the reviewer's word that they have read every warning.
 */
import { and, eq } from "drizzle-orm";
import type { ContentItem } from "../../../core/api/content.js";
import { findCaseFor } from "../../cases/queries.js";
import { hasCurrentConsent } from "../../clients/current-consent.js";
import type { Db } from "../../db/client.js";
import { contentItems } from "../../db/schema.js";
import type { Actor } from "../../http/context.js";
import { AppError, notFound } from "../../http/errors.js";
import type { Vault } from "../../vault/vault.js";
import type { ContentRules } from "../content-rules.js";
import { abilitiesFor } from "../policy.js";
import { presentItem } from "../presenter.js";
import { namesOf, versionsOf, type ContentItemRow } from "../queries.js";
import { checkAgainstClient } from "./identity-warnings.js";
import { caseStudyAccess } from "./policy.js";

export type CaseRow = Awaited<ReturnType<typeof findCaseFor>>["kase"];

export interface LoadedCaseStudy {
  item: ContentItemRow;
  kase: CaseRow;
  rules: ContentRules;
}

export function caseStudyRules(actor: Actor, kase: CaseRow, isBreakGlass: boolean, vault: Vault): ContentRules {
  const access = caseStudyAccess(actor, kase, isBreakGlass);
  return {
    kind: "case_study",
    ...access,
    allowImages: false,
    audit: { siteId: kase.siteId, clientId: kase.clientId, caseId: kase.id },
    beforePublish: async (tx, _item, versions, body) => {
      if (!(await hasCurrentConsent(tx, kase.clientId, "case_study"))) {
        throw new AppError("unprocessable", "The client has not given consent for a case study, or has withdrawn it. Record their consent before publishing.");
      }
      const written = versions.filter((version) => version.title !== null).map((version) => ({ language: version.language as ContentItem["versions"][number]["language"], title: version.title ?? "", summary: version.summary ?? "", bodyHtml: version.bodyHtml ?? "" }));
      const warnings = await checkAgainstClient(tx, vault, kase.clientId, written);
      if (warnings.length > 0 && !body.isIdentityCheckAcknowledged) {
        throw new AppError("validation_failed", "The text matches the client's record in places. Read each warning, change the text or confirm you have read them.", {
          fields: [{ path: "body.isIdentityCheckAcknowledged", message: `${warnings.length} passage(s) match the client's record.` }],
        });
      }
    },
  };
}

/** The case study, if the actor sees its case (404 otherwise, whether it exists or not). */
export async function findCaseStudyFor(db: Db, actor: Actor, id: string, now: Date, vault: Vault): Promise<LoadedCaseStudy> {
  const [item] = await db
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.id, id), eq(contentItems.organisationId, actor.organisationId), eq(contentItems.kind, "case_study")))
    .limit(1);
  if (!item?.caseId) throw notFound("Case study");
  // Out of the actor's case scope, the case study does not exist for them either.
  const { kase, isBreakGlass } = await findCaseFor(db, actor, item.caseId, now);
  return { item, kase, rules: caseStudyRules(actor, kase, isBreakGlass, vault) };
}

export async function presentCaseStudy(db: Db, actor: Actor, loaded: LoadedCaseStudy, vault: Vault): Promise<ContentItem> {
  const { item, kase, rules } = loaded;
  const [versions, names, isConsented] = await Promise.all([
    versionsOf(db, [item.id]),
    namesOf(db, actor.organisationId, [item.createdBy, ...item.contributorIds, ...(item.reviewedBy ? [item.reviewedBy] : [])]),
    hasCurrentConsent(db, kase.clientId, "case_study"),
  ]);
  const written = versions.filter((version) => version.title !== null).map((version) => ({ language: version.language as ContentItem["versions"][number]["language"], title: version.title ?? "", summary: version.summary ?? "", bodyHtml: version.bodyHtml ?? "" }));
  const identityWarnings = await checkAgainstClient(db, vault, kase.clientId, written);
  const can = abilitiesFor(item, actor, { write: rules.mayWrite, review: rules.mayReview });
  return presentItem(item, versions, names, can, { caseId: kase.id, caseReference: kase.reference, identityWarnings, hasCurrentConsent: isConsented });
}
