/** Calls for signing in and out, the second factor, invitations, password resets, password and preferences. */
import { type z } from "zod";
import {
  enrolmentConfirmedSchema,
  enrolmentSchema,
  invitationSchema,
  passwordResetRequestedSchema,
  passwordResetSchema,
  sessionSchema,
  type Language,
  type Session,
} from "../../../core/api/auth.js";
import { api } from "../api/client.js";

export type Enrolment = z.infer<typeof enrolmentSchema>;
export type EnrolmentConfirmed = z.infer<typeof enrolmentConfirmedSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
export type PasswordReset = z.infer<typeof passwordResetSchema>;

export const authApi = {
  session: (): Promise<Session> => api.get("/api/auth/session", sessionSchema),
  signIn: (body: { email: string; password: string }): Promise<Session> =>
    api.post("/api/auth/sign-in", body, sessionSchema),
  signOut: (): Promise<void> => api.postNoContent("/api/auth/sign-out"),
  verifySecondFactor: (body: { code: string } | { recoveryCode: string }): Promise<Session> =>
    api.post("/api/auth/second-factor/verify", body, sessionSchema),
  startEnrolment: (): Promise<Enrolment> => api.post("/api/auth/second-factor/enrolment", {}, enrolmentSchema),
  confirmEnrolment: (body: { code: string }): Promise<EnrolmentConfirmed> =>
    api.post("/api/auth/second-factor/enrolment/confirm", body, enrolmentConfirmedSchema),
  changePassword: (body: { currentPassword: string; newPassword: string }): Promise<void> =>
    api.postNoContent("/api/auth/password", body),
  savePreferences: (body: { language: Language }): Promise<Session> =>
    api.patch("/api/auth/preferences", body, sessionSchema),
  invitation: (token: string): Promise<Invitation> =>
    api.get(`/api/auth/invitations/${encodeURIComponent(token)}`, invitationSchema),
  acceptInvitation: (token: string, body: { password: string }): Promise<Session> =>
    api.post(`/api/auth/invitations/${encodeURIComponent(token)}/accept`, body, sessionSchema),
  requestPasswordReset: (body: { email: string }): Promise<unknown> =>
    api.post("/api/auth/password-reset-requests", body, passwordResetRequestedSchema),
  passwordReset: (token: string): Promise<PasswordReset> =>
    api.get(`/api/auth/password-resets/${encodeURIComponent(token)}`, passwordResetSchema),
  completePasswordReset: (token: string, body: { password: string }): Promise<void> =>
    api.postNoContent(`/api/auth/password-resets/${encodeURIComponent(token)}`, body),
};
