/** Helpers shared by route files: the error responses every route documents. */
import { errorBodySchema } from "../../core/api/common.js";

/** Error statuses documented on every route (the body is always the one error shape). */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  429: errorBodySchema,
} as const;
