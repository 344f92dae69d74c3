/**
 * Turns every error into the one JSON error shape. Validation errors name their fields; errors we
 * did not anticipate are logged with their cause and leave as a bare 500 with no internals.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { heldClientError } from "../data-protection/held-client-error.js";
import { AppError, toErrorBody, type FieldError } from "./errors.js";

const contextNames: Record<string, string> = { body: "body", querystring: "query", params: "params", headers: "headers" };

function fieldPath(context: string | undefined, instancePath: string): string {
  const prefix = contextNames[context ?? "body"] ?? "body";
  const rest = instancePath.split("/").filter(Boolean).join(".");
  return rest ? `${prefix}.${rest}` : prefix;
}

/** Maps Fastify's own client errors (bad JSON, too large, wrong media type) onto our codes. */
function fromFastifyError(error: FastifyError): AppError | null {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new AppError("malformed_request", "The request body is not valid JSON.", { cause: error });
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("payload_too_large", "The request is too large.", { cause: error });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_TYPE":
      return new AppError("unsupported_media_type", "Send the request as application/json.", { cause: error });
    default:
      break;
  }
  if (error.statusCode === 404) return new AppError("not_found", "Not found.", { cause: error });
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError("malformed_request", "The request could not be understood.", { cause: error });
  }
  return null;
}

// Connection failures (refused, reset, timed out) and PostgreSQL's connection-exception (08…) and
// shutdown (57P01–57P03) codes: the database is down or restarting, not the request at fault.
const connectionErrorCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03"]);

/** Whether the error (or anything it wraps) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (connectionErrorCodes.has(code) || code.startsWith("08"))) return true;
    if (/^Connection terminated|^timeout exceeded when trying to connect/.test(current.message)) return true;
  }
  return false;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request, reply) => {
    let appError: AppError;
    if (error instanceof AppError) {
      appError = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext;
      const fields: FieldError[] = error.validation.map((issue) => ({
        path: fieldPath(context, issue.instancePath),
        message: issue.message ?? "Invalid value.",
      }));
      appError = new AppError("validation_failed", "Some of the information is not valid.", { fields });
    } else if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues.length }, "response failed its schema");
      appError = new AppError("internal", "Something went wrong on our side.", { cause: error });
    } else {
      appError =
        heldClientError(error) ??
        fromFastifyError(error as FastifyError) ??
        (isDatabaseUnavailable(error)
          ? new AppError("unavailable", "The service is briefly unavailable. Please try again in a moment.", { cause: error })
          : new AppError("internal", "Something went wrong on our side.", { cause: error }));
    }
    if (appError.status >= 500) {
      request.log.error({ err: appError.cause ?? appError }, "request failed");
    } else {
      request.log.info({ code: appError.code }, "request refused");
    }
    if (appError.code === "unavailable") void reply.header("retry-after", "5");
    void reply.status(appError.status).send(toErrorBody(appError));
  });
}
