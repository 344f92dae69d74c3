/** The core's messages about the export settings (core/reporting/ndtms.ts), in the user's language. */
import type { TFunction } from "i18next";

const known: [RegExp, string][] = [
  [/^Two columns cannot have the same name\.$/, "ndtms.settings.errors.sameName"],
  [/^Each field appears once\.$/, "ndtms.settings.errors.fieldTwice"],
  [/^Choose at least one field\.$/, "ndtms.settings.columns.noneIncluded"],
  [/^Start with a letter/, "ndtms.settings.errors.name"],
  [/^Use letters, digits, spaces and/, "ndtms.settings.errors.code"],
  [/^One capital letter or digit\.$/, "ndtms.settings.errors.sexCode"],
  [/^Not a code Pathways uses\.$/, "ndtms.settings.errors.ownCode"],
];

/** The catalogue's words for a message of the settings schema, or null for any other message. */
export function settingsMessage(message: string, t: TFunction): string | null {
  const key = known.find(([pattern]) => pattern.test(message))?.[1];
  return key ? t(key) : null;
}
