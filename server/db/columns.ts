/** Column types shared by the schema files. */
import { bigint, customType, date, timestamp } from "drizzle-orm/pg-core";

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  // node-postgres returns Buffer (a Uint8Array); PGlite returns Uint8Array. Both satisfy the type.
  fromDriver: (value) => new Uint8Array(value),
});

export const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

/** A moment, with its time zone. */
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** A calendar day (`YYYY-MM-DD`), read as text. */
export const day = (name: string) => date(name, { mode: "string" });

/** Money in whole pence. */
export const pence = (name: string) => bigint(name, { mode: "number" });
