/** Random references for referrals (R-), clients (C-), cases (K-) and data-rights requests (D-). */
import { randomBytes } from "node:crypto";
import { formatReference } from "../core/references.js";

export const newReference = (prefix: "R" | "C" | "K" | "D"): string => formatReference(prefix, randomBytes(8));
