/** A client's outcomes over time: each score's points, bands and reliable-change marks, and the profile first against latest. */
import type { z } from "zod";
import { clientOutcomesSchema } from "../../../core/api/assessments.js";
import { api } from "../api/client.js";

export type ClientOutcomes = z.infer<typeof clientOutcomesSchema>;
export type OutcomeSeries = ClientOutcomes["series"][number];
export type OutcomeScore = OutcomeSeries["scores"][number];

export const outcomesApi = {
  get: (clientId: string): Promise<ClientOutcomes> => api.get(`/api/clients/${encodeURIComponent(clientId)}/outcomes`, clientOutcomesSchema),
};
