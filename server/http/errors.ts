/**
 * The one error type of the application and the one table that maps its codes to HTTP statuses.
 * Every error leaves the server in the same JSON shape: `{ error: { code, message, fields? } }`,
 * where `message` is safe to show a user and `fields` names each invalid input. Internal messages
 * and causes go to the log only.
 */

export const errorStatus = {
  validation_failed: 400,
  malformed_request: 400,
  password_too_weak: 400,
  unauthenticated: 401,
  second_factor_required: 401,
  invalid_credentials: 401,
  invalid_second_factor: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  /** A step the rules refuse as asked (a programme phase with criteria not met): the reason says why. */
  transition_refused: 422,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** Well-formed, but naming things that do not fit (a worker who cannot see the case, an unknown type). */
  unprocessable: 422,
  account_locked: 423,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldError {
  /** Dotted path of the input, e.g. `body.email` or `query.page`. */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Shown to the user; never contains internals or personal data. */
  readonly publicMessage: string;
  readonly fields: FieldError[] | undefined;

  constructor(
    code: ErrorCode,
    publicMessage: string,
    options: { internalMessage?: string; cause?: unknown; fields?: FieldError[] } = {},
  ) {
    super(options.internalMessage ?? publicMessage, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.publicMessage = publicMessage;
    this.fields = options.fields;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = "Record"): AppError => new AppError("not_found", `${what} not found.`);
export const forbidden = (message = "You are not allowed to do this."): AppError =>
  new AppError("forbidden", message);

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
}

export function toErrorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.publicMessage,
      ...(error.fields ? { fields: error.fields } : {}),
    },
  };
}
