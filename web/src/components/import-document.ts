/**
 * Reading what an administrator pasted or chose to import: it must be JSON holding one object; a
 * FHIR Questionnaire is recognised by its resourceType. The server checks the definition itself.
 */
export type ReadDocument = { ok: true; document: Record<string, unknown>; isQuestionnaire: boolean } | { ok: false; problem: "empty" | "not_json" | "not_object"; detail?: string };

export function readDocument(text: string): ReadDocument {
  if (text.trim() === "") return { ok: false, problem: "empty" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: "not_json", detail: error instanceof Error ? error.message : String(error) };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { ok: false, problem: "not_object" };
  const document = parsed as Record<string, unknown>;
  return { ok: true, document, isQuestionnaire: document.resourceType === "Questionnaire" };
}

/** A server problem "sections.0.items.1.id: Item id … is used twice." as the part it names and what is wrong. */
export function splitProblem(message: string): { part: string | null; text: string } {
  const match = /^([\w.()[\]-]+): (.+)$/s.exec(message);
  return match?.[1] && match[2] ? { part: match[1], text: match[2] } : { part: null, text: message };
}
