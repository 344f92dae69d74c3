/**
 * The public endpoints: the referral form's details (organisation, sites, a fresh form token),
 * sending a referral, and checking on one. None needs a session, but a staff member may have one in
 * this browser; the client then sends its CSRF token, and if that token has gone stale the session
 * is asked for again and the request repeated once.
 */
import type { z } from "zod";
import {
  publicFormSchema,
  publicReferralReceivedSchema,
  referralStatusSchema,
  type referralStatusQuerySchema,
} from "../../../core/api/referrals.js";
import { hasCode } from "../api/error-messages.js";
import { api } from "../api/client.js";
import { useSession } from "../session/session-context.js";
import type { PublicReferralBody } from "./referral-values.js";

export type PublicForm = z.infer<typeof publicFormSchema>;
export type ReferralStatusQuery = z.output<typeof referralStatusQuerySchema>;
export type ReferrerFeedback = z.infer<typeof referralStatusSchema>["status"];

export const publicApi = {
  form: (): Promise<PublicForm> => api.get("/api/public/referral-form", publicFormSchema),
  sendReferral: (body: PublicReferralBody) => api.post("/api/public/referrals", body, publicReferralReceivedSchema),
  checkStatus: (query: ReferralStatusQuery) => api.post("/api/public/referral-status", query, referralStatusSchema),
};

/** Runs a public request, retrying once with a fresh session token if a signed-in tab's token was stale. */
export function useSessionTolerantSend() {
  const { refresh } = useSession();
  return async function send<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (!hasCode(error, "csrf_failed")) throw error;
      await refresh();
      return request();
    }
  };
}
