/**
 * `npm run audit:verify`: verifies every organisation's audit chain and reports the first broken
 * link, after sealing any events still waiting (as a running app would within a second). Exits 1
 * when any chain is broken, so it can run from a scheduler or monitoring check.
 * With the embedded database, stop the app first (only one process can open it).
 */
import { loadConfig } from "../config.js";
import { openConfiguredDatabase } from "../db/open-configured.js";
import { organisations } from "../db/schema.js";
import { sealOrganisationChain } from "./seal-chain.js";
import { verifyChain } from "./verify-chain.js";

const database = await openConfiguredDatabase(loadConfig());
let isBroken = false;
try {
  // Unscoped on purpose: an operator's command that checks every organisation.
  const all = await database.db.select({ id: organisations.id, name: organisations.name }).from(organisations);
  for (const organisation of all) {
    await sealOrganisationChain(database.db, organisation.id);
    const report = await verifyChain(database.db, organisation.id);
    if (report.isIntact) {
      console.log(`intact  ${organisation.name}: ${report.checkedEvents} events`);
    } else {
      isBroken = true;
      console.log(`BROKEN  ${organisation.name}: event ${report.firstBrokenSeq} — ${report.problem} (${report.checkedEvents} events verified before it)`);
    }
  }
} finally {
  await database.close();
}
process.exit(isBroken ? 1 : 0);
