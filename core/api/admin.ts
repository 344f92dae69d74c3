/** Request and response shapes for administering sites and users. */
import { z } from "zod";
import { roleSchema } from "../roles.js";
import { displayTextSchema, idSchema, pageOf, pageQuerySchema } from "./common.js";
import { emailSchema, grantSchema, languageSchema } from "./auth.js";

export const siteSchema = z.object({
  id: idSchema,
  name: z.string(),
  createdAt: z.iso.datetime(),
  abilities: z.object({ rename: z.boolean() }),
});
export type Site = z.infer<typeof siteSchema>;

export const siteParamsSchema = z.strictObject({ siteId: idSchema });
export const createSiteBodySchema = z.strictObject({ name: displayTextSchema(100) });
export const renameSiteBodySchema = createSiteBodySchema;
export const siteListSchema = z.object({ items: z.array(siteSchema) });

export const grantInputSchema = z.strictObject({ role: roleSchema, siteId: idSchema.nullable() });
export const grantsInputSchema = z
  .array(grantInputSchema)
  .max(50, { message: "At most 50 roles." });

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  language: languageSchema,
  isActive: z.boolean(),
  hasSecondFactor: z.boolean(),
  hasAcceptedInvitation: z.boolean(),
  lastSignInAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  grants: z.array(grantSchema),
  abilities: z.object({
    edit: z.boolean(),
    deactivate: z.boolean(),
    reactivate: z.boolean(),
    resetSecondFactor: z.boolean(),
    reissueInvitation: z.boolean(),
    issuePasswordReset: z.boolean(),
  }),
});
export type User = z.infer<typeof userSchema>;

export const userParamsSchema = z.strictObject({ userId: idSchema });
export const userListQuerySchema = pageQuerySchema.extend({
  search: z.string().trim().max(100).optional(),
});
export const userListSchema = pageOf(userSchema);

export const createUserBodySchema = z.strictObject({
  email: emailSchema,
  displayName: displayTextSchema(100),
  grants: grantsInputSchema,
});

export const setRolesBodySchema = z.strictObject({ grants: grantsInputSchema });

/** A one-time link for a colleague who has forgotten their password, shown once to pass on. */
export const passwordResetIssuedSchema = z.object({
  user: userSchema,
  resetUrl: z.string(),
  resetExpiresAt: z.iso.datetime(),
});

export const invitationIssuedSchema = z.object({
  user: userSchema,
  /** Shown once to the administrator to pass on; only its hash is stored. */
  invitationUrl: z.string(),
  invitationExpiresAt: z.iso.datetime(),
});
