/**
 * Calls for the organisation's support vocabulary: reading it (anyone who works with client
 * records) and an administrator's changes. Every answer is parsed with the core's schema.
 */
import { supportVocabularySchema, type AddVocabularyEntryBody, type SupportVocabulary, type vocabularyListPaths } from "../../../core/api/support-vocabulary.js";
import { api } from "../api/client.js";

export type VocabularyListPath = keyof typeof vocabularyListPaths;
export type { InterventionType, OutcomeType, SupportVocabulary } from "../../../core/api/support-vocabulary.js";

const entryPath = (list: VocabularyListPath, code: string, action: string) => `/api/support-vocabulary/${list}/${encodeURIComponent(code)}/${action}`;

export const supportVocabularyApi = {
  get: (): Promise<SupportVocabulary> => api.get("/api/support-vocabulary", supportVocabularySchema),
  add: (list: VocabularyListPath, body: AddVocabularyEntryBody): Promise<SupportVocabulary> => api.post(`/api/support-vocabulary/${list}`, body, supportVocabularySchema),
  relabel: (list: VocabularyListPath, code: string, label: string): Promise<SupportVocabulary> => api.put(entryPath(list, code, "label"), { label }, supportVocabularySchema),
  /** Gives a built-in entry back its own label; answers the vocabulary as it now is. */
  useBuiltInLabel: async (list: VocabularyListPath, code: string): Promise<SupportVocabulary> => {
    await api.deleteNoContent(entryPath(list, code, "label"));
    return supportVocabularyApi.get();
  },
  setRetired: (list: VocabularyListPath, code: string, isRetired: boolean): Promise<SupportVocabulary> =>
    api.post(entryPath(list, code, isRetired ? "retire" : "unretire"), {}, supportVocabularySchema),
};
