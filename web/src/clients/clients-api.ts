/**
 * Calls for client records: search, the profile, the audited identity reveal, edits, consents,
 * relationships, possible duplicates, merging, and the administrators' list of merges.
 */
import type { z } from "zod";
import {
  clientMatchListSchema,
  clientMergeListSchema,
  clientProfileSchema,
  identitySchema,
  mergeResultSchema,
  mergeReversalSchema,
  relationshipContactSchema,
  type recordConsentBodySchema,
  type relationshipBodySchema,
  type updateDemographicsBodySchema,
  type updateIdentityBodySchema,
} from "../../../core/api/clients.js";
import { api, withQuery } from "../api/client.js";

export type ClientMatch = z.infer<typeof clientMatchListSchema>["items"][number];
export type ClientProfile = z.infer<typeof clientProfileSchema>;
export type Identity = z.infer<typeof identitySchema>;
export type Demographics = ClientProfile["demographics"];
export type Consent = ClientProfile["consents"][number];
export type MergeResult = z.infer<typeof mergeResultSchema>;
export type ClientMergeList = z.infer<typeof clientMergeListSchema>;
export type ClientMerge = ClientMergeList["items"][number];
export type MergeReversal = z.infer<typeof mergeReversalSchema>;
export type RelationshipContact = z.infer<typeof relationshipContactSchema>;
export type ClientSearch = { reference?: string; givenName?: string; familyName?: string; dateOfBirth?: string };
export type RecordConsentBody = z.infer<typeof recordConsentBodySchema>;
export type RelationshipBody = z.infer<typeof relationshipBodySchema>;

const clientPath = (clientId: string, action = ""): string =>
  `/api/clients/${encodeURIComponent(clientId)}${action ? `/${action}` : ""}`;

export const clientsApi = {
  search: async (query: ClientSearch): Promise<ClientMatch[]> =>
    (await api.get(withQuery("/api/clients/search", query), clientMatchListSchema)).items,
  get: (clientId: string): Promise<ClientProfile> => api.get(clientPath(clientId), clientProfileSchema),
  /** Audited: the server records who saw the client's name and contact details. */
  reveal: (clientId: string): Promise<Identity> => api.post(clientPath(clientId, "reveal"), {}, identitySchema),
  updateIdentity: (clientId: string, body: z.infer<typeof updateIdentityBodySchema>): Promise<ClientProfile> =>
    api.patch(clientPath(clientId, "identity"), body, clientProfileSchema),
  updateDemographics: (clientId: string, body: z.infer<typeof updateDemographicsBodySchema>): Promise<ClientProfile> =>
    api.patch(clientPath(clientId, "demographics"), body, clientProfileSchema),
  recordConsent: (clientId: string, body: RecordConsentBody): Promise<ClientProfile> =>
    api.post(clientPath(clientId, "consents"), body, clientProfileSchema),
  addRelationship: (clientId: string, body: RelationshipBody): Promise<ClientProfile> =>
    api.post(clientPath(clientId, "relationships"), body, clientProfileSchema),
  /** Audited: the server records who saw a family member's or contact's name and phone. */
  revealContact: (clientId: string, relationshipId: string): Promise<RelationshipContact> =>
    api.post(clientPath(clientId, `relationships/${encodeURIComponent(relationshipId)}/reveal`), {}, relationshipContactSchema),
  duplicates: async (clientId: string): Promise<ClientMatch[]> =>
    (await api.get(clientPath(clientId, "duplicates"), clientMatchListSchema)).items,
  /** Keeps `clientId`; the duplicate's events, consents and cases move onto it. */
  merge: (clientId: string, body: { duplicateClientId: string; reason: string }): Promise<MergeResult> =>
    api.post(clientPath(clientId, "merge"), body, mergeResultSchema),
  /** The organisation's merges, newest first (administrators). */
  merges: (query: { page: number; pageSize: number }): Promise<ClientMergeList> =>
    api.get(withQuery("/api/client-merges", query), clientMergeListSchema),
  /** Undoes a merge: both records are separate again, with exactly what was moved going back. */
  reverseMerge: (mergeId: string): Promise<MergeReversal> => api.post(`/api/client-merges/${encodeURIComponent(mergeId)}/reverse`, {}, mergeReversalSchema),
};
