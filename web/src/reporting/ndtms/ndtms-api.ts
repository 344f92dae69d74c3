/**
 * Calls for the national drug-treatment export and its settings (core/api/reporting-ndtms.ts).
 * The export is a file: fetched here so a refusal shows as a message on the page instead of
 * downloading an error, then handed to the browser to save.
 */
import { errorBodySchema } from "../../../../core/api/common.js";
import { ndtmsSettingsViewSchema, type NdtmsSettingsView } from "../../../../core/api/reporting-ndtms.js";
import type { NdtmsSettingsInput } from "../../../../core/reporting/ndtms.js";
import { ApiError } from "../../api/api-error.js";
import { api, withQuery } from "../../api/client.js";

export type { NdtmsSettingsView };

const settingsPath = "/api/reporting/ndtms-settings";

/** The server's own name for the file, from `content-disposition`. */
const fileNameOf = (response: Response): string => /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "national-dataset.csv";

async function download(path: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: "same-origin", headers: { accept: "text/csv" } });
  } catch (error) {
    throw new ApiError("network", error instanceof Error ? error.message : "Network error", 0);
  }
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(parseJson(await response.text()));
    throw parsed.success ? new ApiError(parsed.data.error.code, parsed.data.error.message, response.status, parsed.data.error.fields) : new ApiError("unexpected_response", `HTTP ${response.status}`, response.status);
  }
  const fileName = fileNameOf(response);
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Released once the browser has taken the file; the data stays nowhere in the page.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  return fileName;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not the one error shape (a proxy's page, say): reported as an answer not understood.
    return undefined;
  }
}

export const ndtmsApi = {
  /** Downloads the export; resolves with the file's name once the browser has it. */
  export: (query: { siteId: string; from: string; to: string }): Promise<string> => download(withQuery("/api/reporting/ndtms-export", query)),
  settings: (): Promise<NdtmsSettingsView> => api.get(settingsPath, ndtmsSettingsViewSchema),
  saveSettings: (settings: NdtmsSettingsInput | NdtmsSettingsView["settings"]): Promise<NdtmsSettingsView> => api.put(settingsPath, settings, ndtmsSettingsViewSchema),
};
