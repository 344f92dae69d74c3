/** Test matcher for a VaultError with a given code. */
import { expect } from "vitest";
import type { VaultErrorCode } from "./errors.js";

export const vaultError = (code: VaultErrorCode): unknown => expect.objectContaining({ name: "VaultError", code });
