/** The public list of who funds the organisation's work (no session needed), parsed with its schema. */
import { publicFundingSchema, type PublicFunding } from "../../../core/api/funding.js";
import { api } from "../api/client.js";

export type { PublicFunding };

export const publicFundingApi = {
  funding: (): Promise<PublicFunding> => api.get("/api/public/funding", publicFundingSchema),
};
