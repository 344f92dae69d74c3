/** Calls for administering users: list, invite, roles, deactivation, second-factor reset, invitation and password-reset links. */
import { type z } from "zod";
import {
  invitationIssuedSchema,
  passwordResetIssuedSchema,
  userListSchema,
  userSchema,
  type User,
} from "../../../core/api/admin.js";
import type { RoleGrant } from "../../../core/roles.js";
import { api, withQuery } from "../api/client.js";

export type UserPage = z.infer<typeof userListSchema>;
export type InvitationIssued = z.infer<typeof invitationIssuedSchema>;
export type PasswordResetIssued = z.infer<typeof passwordResetIssuedSchema>;

const userPath = (userId: string, action = ""): string =>
  `/api/users/${encodeURIComponent(userId)}${action ? `/${action}` : ""}`;

export const usersApi = {
  list: (query: { search?: string; page: number; pageSize: number }): Promise<UserPage> =>
    api.get(withQuery("/api/users", query), userListSchema),
  get: (userId: string): Promise<User> => api.get(userPath(userId), userSchema),
  create: (body: { email: string; displayName: string; grants: RoleGrant[] }): Promise<InvitationIssued> =>
    api.post("/api/users", body, invitationIssuedSchema),
  setRoles: (userId: string, grants: RoleGrant[]): Promise<User> =>
    api.put(userPath(userId, "roles"), { grants }, userSchema),
  // These answer with the user or with no content; the page reloads the user either way.
  deactivate: (userId: string): Promise<void> => api.postNoContent(userPath(userId, "deactivate")),
  reactivate: (userId: string): Promise<void> => api.postNoContent(userPath(userId, "reactivate")),
  resetSecondFactor: (userId: string): Promise<void> => api.postNoContent(userPath(userId, "second-factor/reset")),
  reissueInvitation: (userId: string): Promise<InvitationIssued> =>
    api.post(userPath(userId, "invitation"), {}, invitationIssuedSchema),
  issuePasswordReset: (userId: string): Promise<PasswordResetIssued> =>
    api.post(userPath(userId, "password-reset"), {}, passwordResetIssuedSchema),
};
