/** Random references for referrals (R-), clients (C-) and cases (K-). */
import { randomBytes } from "node:crypto";
import { formatReference } from "../core/references.js";

export const newReference = (prefix: "R" | "C" | "K"): string => formatReference(prefix, randomBytes(8));
