/**
 * Who keeps the organisation's funding and spend (issue 10): whoever keeps its funders and
 * contracts (server/reporting/policy.ts, administrators), since grants belong to those funders.
 * The session's `manageReporting` ability is therefore what shows the funding pages. A grant's
 * restrictions and every spend entry are staff text, so nobody else reads them; the public list of
 * disclosed grants is the only part anyone else sees.
 */
import type { Actor } from "../http/context.js";
import { canManageReporting } from "../reporting/policy.js";

/** Grants, spend, unit costs and the calculator: the people who keep funders and contracts. */
export const canManageFunding = (actor: Actor): boolean => canManageReporting(actor);
