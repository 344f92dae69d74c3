/**
 * Declared expectations for spreadsheet import: administrators only, every other role refused
 * (403); another organisation's import or saved mapping is "not found".
 */
import { createTestImport, createTestMapping } from "../../server/import/test-support-db.js";
import type { Call, EndpointExpectation, World } from "./types.js";

const administrators = ["administrator"] as const;

const organisationOf = (world: World, home: boolean) => (home ? world.home : world.other);

function onImport(success: number, build: (importId: string) => Call, options: { checked?: boolean } = {}): EndpointExpectation {
  const call = async (world: World, home: boolean) => build((await createTestImport(world.deps, organisationOf(world, home), options)).id);
  return { allowed: administrators, success, call: (world) => call(world, true), unseen: (world) => call(world, false) };
}

const csv = "Client ID,First name,Surname\r\nA-1,Aisha,Khan\r\n";

export const importExpectations: Record<string, EndpointExpectation> = {
  "POST /api/imports": { allowed: administrators, success: 201, call: async () => ({ url: "/api/imports", body: { dataBase64: Buffer.from(csv).toString("base64") } }) },
  "GET /api/imports": { allowed: administrators, success: 200, call: async () => ({ url: "/api/imports" }) },
  "GET /api/imports/:importId": onImport(200, (id) => ({ url: `/api/imports/${id}` })),
  "POST /api/imports/:importId/check": onImport(200, (id) => ({ url: `/api/imports/${id}/check`, body: { kind: "clients", columns: { reference: 0, givenName: 1, familyName: 2 } } })),
  "POST /api/imports/:importId/start": onImport(202, (id) => ({ url: `/api/imports/${id}/start` }), { checked: true }),
  "GET /api/imports/:importId/problems.csv": onImport(200, (id) => ({ url: `/api/imports/${id}/problems.csv` }), { checked: true }),
  "DELETE /api/imports/:importId": onImport(204, (id) => ({ url: `/api/imports/${id}` })),
  "GET /api/import-mappings": { allowed: administrators, success: 200, call: async () => ({ url: "/api/import-mappings" }) },
  "DELETE /api/import-mappings/:mappingId": {
    allowed: administrators,
    success: 204,
    call: async (world) => ({ url: `/api/import-mappings/${(await createTestMapping(world.deps.db, world.home)).id}` }),
    unseen: async (world) => ({ url: `/api/import-mappings/${(await createTestMapping(world.deps.db, world.other)).id}` }),
  },
};
