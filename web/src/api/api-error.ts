/** The error every failed API call throws: the server's stable code, its safe message and field errors. */

export interface ApiFieldError {
  /** Dotted path as the server names it, e.g. `body.email`. */
  path: string;
  message: string;
}

/** Codes made on this side, for failures that never produced a server error body. */
export type ClientErrorCode = "network" | "unexpected_response";

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: readonly ApiFieldError[];

  constructor(code: string, message: string, status: number, fields: readonly ApiFieldError[] = []) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.fields = fields;
  }
}
