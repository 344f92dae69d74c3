/**
 * `npm run sso:allow-passwords [-- "Organisation name"]`: switches password sign-in back on for an
 * organisation whose identity provider has stopped working while password sign-in was off, so its
 * staff can sign in with their passwords (and the app's second factor) again. Audited as done from
 * the server. The organisation may be left out when the server holds only one.
 * With the embedded database, stop the app first (only one process can open it).
 */
import { loadConfig } from "../config.js";
import { inTransaction } from "../db/client.js";
import { openConfiguredDatabase } from "../db/open-configured.js";
import { AppError } from "../http/errors.js";
import { allowPasswordsFromServer } from "./password-sign-in.js";

const name = process.argv.slice(2).join(" ").trim() || null;
const database = await openConfiguredDatabase(loadConfig());
let exitCode = 0;
try {
  const result = await inTransaction(database.db, (tx) => allowPasswordsFromServer(tx, name, new Date()));
  console.log(
    result.wasEnabled
      ? `Password sign-in was already on for ${result.organisation.name}; nothing changed.`
      : `Password sign-in is on again for ${result.organisation.name}. Staff can sign in with their passwords and second factor.`,
  );
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(error.message);
  exitCode = 2;
} finally {
  await database.close();
}
process.exit(exitCode);
