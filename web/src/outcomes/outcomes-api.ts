/**
 * A client's outcomes over time, and the score bands of each instrument (from its latest stored
 * definition) for shading the charts.
 */
import type { z } from "zod";
import { clientOutcomesSchema } from "../../../core/api/assessments.js";
import { api } from "../api/client.js";
import { readDefinition } from "../assessments/stored-definition.js";
import { instrumentsApi } from "../instruments/instruments-api.js";
import type { Band } from "./chart-scale.js";

export type ClientOutcomes = z.infer<typeof clientOutcomesSchema>;
export type OutcomeSeries = ClientOutcomes["series"][number];
export type OutcomeScore = OutcomeSeries["scores"][number];

/** Bands by instrument key, then score id. */
export type BandsByScore = ReadonlyMap<string, ReadonlyMap<string, readonly Band[]>>;

async function bandsFor(instrumentKeys: readonly string[]): Promise<BandsByScore> {
  const catalogue = await instrumentsApi.list();
  const entries = await Promise.all(
    catalogue
      .filter((instrument) => instrumentKeys.includes(instrument.key))
      .map(async (instrument) => {
        const definition = readDefinition((await instrumentsApi.version(instrument.versionId)).definition);
        const byScore = new Map((definition?.scores ?? []).map((score) => [score.id, score.bands]));
        return [instrument.key, byScore] as const;
      }),
  );
  return new Map(entries);
}

export const outcomesApi = {
  get: (clientId: string): Promise<ClientOutcomes> => api.get(`/api/clients/${encodeURIComponent(clientId)}/outcomes`, clientOutcomesSchema),
  /** Shading is a help, not the content: without the bands the charts are drawn plain. */
  bands: async (instrumentKeys: readonly string[]): Promise<BandsByScore> => {
    try {
      return await bandsFor(instrumentKeys);
    } catch (error) {
      console.warn("Score bands could not be loaded; charts are drawn without them.", error);
      return new Map();
    }
  },
};
