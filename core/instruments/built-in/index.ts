/** The instruments every organisation starts with; an organisation may import others. */
import type { InstrumentDefinition } from "../definition.js";
import { audit, auditC } from "./audit.js";
import { crossVulnerability, extremismVulnerability } from "./cross-vulnerability.js";
import { craving, gad7, sds } from "./gad7-sds-craving.js";
import { dast10, phq9 } from "./phq9-dast10.js";
import { top } from "./top.js";

export const builtInInstruments: readonly InstrumentDefinition[] = [crossVulnerability, extremismVulnerability, audit, auditC, dast10, sds, phq9, gad7, craving, top];
