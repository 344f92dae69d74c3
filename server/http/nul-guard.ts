/**
 * Refuses text holding the NUL character anywhere in a request's query, path or body. PostgreSQL
 * cannot store it in text, so it would otherwise surface as a database error (a 500) wherever a
 * field is stored or searched as plain text; no one types it, so it is refused everywhere, before
 * validation, naming each field that held it.
 */
import type { FastifyInstance } from "fastify";
import { AppError } from "./errors.js";

const message = "Contains a character that is not allowed (NUL).";

function pathsWithNul(value: unknown, path: string, found: string[], depth = 0): void {
  if (found.length >= 20 || depth > 64) return;
  if (typeof value === "string") {
    if (value.includes("\u0000")) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((entry, index) => pathsWithNul(entry, `${path}.${index}`, found, depth + 1));
  } else if (value && typeof value === "object") {
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      if (key.includes("\u0000")) found.push(`${path}.${key.replaceAll("\u0000", "")}`);
      pathsWithNul(entry, `${path}.${key}`, found, depth + 1);
    }
  }
}

export function registerNulGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const found: string[] = [];
    pathsWithNul(request.query, "query", found);
    pathsWithNul(request.params, "params", found);
    pathsWithNul(request.body, "body", found);
    if (found.length > 0) {
      throw new AppError("validation_failed", message, { fields: found.map((path) => ({ path, message })) });
    }
  });
}
