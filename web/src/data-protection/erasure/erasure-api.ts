/** Calls for erasure, retention holds and restriction of processing (the data protection officer's). */
import type { z } from "zod";
import { dataProtectionStateSchema, type ErasureDecisionBody, type PlaceHoldBody, type RestrictBody } from "../../../../core/api/erasure.js";
import { api } from "../../api/client.js";

export type DataProtectionState = z.infer<typeof dataProtectionStateSchema>;

const clientBase = (clientId: string) => `/api/data-protection/clients/${clientId}`;

export const erasureApi = {
  state: (clientId: string): Promise<DataProtectionState> => api.get(clientBase(clientId), dataProtectionStateSchema),
  placeHold: (clientId: string, body: PlaceHoldBody): Promise<DataProtectionState> => api.post(`${clientBase(clientId)}/holds`, body, dataProtectionStateSchema),
  liftHold: (holdId: string, reason: string): Promise<DataProtectionState> => api.post(`/api/data-protection/holds/${holdId}/lift`, { reason }, dataProtectionStateSchema),
  restrict: (clientId: string, body: RestrictBody): Promise<DataProtectionState> => api.post(`${clientBase(clientId)}/restriction`, body, dataProtectionStateSchema),
  liftRestriction: (clientId: string, reason: string): Promise<DataProtectionState> => api.post(`${clientBase(clientId)}/restriction/lift`, { reason }, dataProtectionStateSchema),
  decide: (requestId: string, body: ErasureDecisionBody): Promise<DataProtectionState> =>
    api.post(`/api/data-rights/requests/${requestId}/erasure-decision`, body, dataProtectionStateSchema),
};
