/**
 * Fetching what the logging form needs at a site, to keep on the device: its partners (names and
 * kinds only), the staff who go out, its stock items, and its schedule's occurrences from a week
 * back to a fortnight ahead. Nothing about a client is in any of it.
 */
import { addDays, todayInLondon } from "../sessions/london-days.js";
import { outreachSessionsApi } from "../sessions/sessions-api.js";
import { outreachApi } from "../outreach-api.js";
import type { OfflinePack } from "./offline-store.js";

export async function fetchPack(siteId: string, now: Date): Promise<OfflinePack> {
  const today = todayInLondon();
  const [options, calendar] = await Promise.all([outreachApi.options(siteId), outreachSessionsApi.calendar(siteId, addDays(today, -7), addDays(today, 14))]);
  return { siteId, savedAt: now.toISOString(), options, occurrences: calendar.items.filter((item) => item.kind === "occurrence") };
}
