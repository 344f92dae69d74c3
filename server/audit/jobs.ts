/** The audit trail's recurring jobs: unusual-access detection every minute and chain verification every night. */
import type { JobHandlers } from "../jobs/run-next-job.js";
import { chainCheckHandlers, chainCheckSchedules } from "./chain-checks.js";
import { detectionHandlers, detectionSchedules } from "./detect-unusual-access.js";

export const auditJobHandlers: JobHandlers = { ...chainCheckHandlers, ...detectionHandlers };
export const auditJobSchedules = [...chainCheckSchedules, ...detectionSchedules];
