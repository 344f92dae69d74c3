/** The organisation's export settings as stored on it (`organisations.ndtms_settings`; `{}` until saved). */
import { eq } from "drizzle-orm";
import { defaultNdtmsSettings, parseNdtmsSettings, type NdtmsSettings } from "../../../core/reporting/ndtms.js";
import type { Db } from "../../db/client.js";
import { organisations } from "../../db/schema.js";

export interface StoredNdtmsSettings {
  settings: NdtmsSettings;
  /** Never saved, or saved settings this version no longer accepts (both read as the defaults). */
  isDefault: boolean;
  /**
   * Saved settings that no longer fit (a code list changed with the national specification): the
   * export refuses rather than guess, and the administrator sees the defaults to check and save.
   */
  isOutdated: boolean;
}

export async function readNdtmsSettings(db: Db, organisationId: string, options: { forUpdate?: boolean } = {}): Promise<StoredNdtmsSettings> {
  const query = db.select({ stored: organisations.ndtmsSettings }).from(organisations).where(eq(organisations.id, organisationId)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  const stored = row?.stored ?? {};
  if (Object.keys(stored).length === 0) return { settings: defaultNdtmsSettings, isDefault: true, isOutdated: false };
  try {
    return { settings: parseNdtmsSettings(stored), isDefault: false, isOutdated: false };
  } catch {
    // Only settings this version refuses reach here; they are reported, never half-applied.
    return { settings: defaultNdtmsSettings, isDefault: true, isOutdated: true };
  }
}

export async function storeNdtmsSettings(db: Db, organisationId: string, settings: NdtmsSettings): Promise<void> {
  await db.update(organisations).set({ ndtmsSettings: settings }).where(eq(organisations.id, organisationId));
}
