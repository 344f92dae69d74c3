/** Column types shared by the schema files. */
import { customType, timestamp } from "drizzle-orm/pg-core";

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  // node-postgres returns Buffer (a Uint8Array); PGlite returns Uint8Array. Both satisfy the type.
  fromDriver: (value) => new Uint8Array(value),
});

export const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
