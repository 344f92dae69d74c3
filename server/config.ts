/**
 * Configuration from the environment, read once at start. Everything has a safe default for the
 * embedded demo; production sets `DATABASE_URL`, `PATHWAYS_PUBLIC_URL` and a keyring, and an SMTP
 * server to email reminders through.
 */
import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  /** A PostgreSQL server; when absent the embedded PGlite database is used. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * A read replica of DATABASE_URL's server for the reports' heavy reading (dashboards and the
   * figures of returns and trends); unset reads them from the primary. Needs DATABASE_URL.
   */
  PATHWAYS_REPORTS_DATABASE_URL: z.string().url().optional(),
  /** Where the embedded database and the generated keyring live. */
  PATHWAYS_DATA_DIR: z.string().default("data"),
  /** The keyring as JSON (for secret managers); otherwise `<data dir>/keyring.json` is used or created. */
  PATHWAYS_KEYRING: z.string().optional(),
  /** The address people reach the app at; used in invitation links and to decide on Secure cookies. */
  PATHWAYS_PUBLIC_URL: z.string().url().optional(),
  PATHWAYS_DEMO: z.enum(["on", "off"]).default("on"),
  /** The organisation whose public pages and referral form this installation serves. */
  PATHWAYS_PUBLIC_ORGANISATION_ID: z.string().uuid().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  /** The SMTP server reminders are emailed through, e.g. `smtp://user:pass@mail.example.org:587`; unset turns email off. */
  PATHWAYS_SMTP_URL: z
    .url({ protocol: /^smtps?$/, message: "Must be an smtp:// or smtps:// address." })
    .optional(),
  /**
   * Reverse proxies in front of the app (addresses or CIDR ranges, comma-separated, e.g.
   * `127.0.0.1` for nginx on the same machine) whose `X-Forwarded-For` names the real client.
   * Unset trusts none: the client is the connection's address. Behind a proxy without it, every
   * visitor shares the proxy's address, and one visitor's failed sign-ins rate-limit everyone.
   */
  PATHWAYS_TRUSTED_PROXIES: z
    .string()
    .trim()
    .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], { message: "Each must be an IP address or CIDR range." })))
    .optional(),
  /**
   * `on` lets webhooks go to plain http://127.0.0.1 (a partner's test receiver on the same
   * machine). Without it that is allowed only when the public address is not https, i.e. not in
   * production; every other private or local address is refused either way.
   */
  PATHWAYS_WEBHOOKS_ALLOW_LOOPBACK: z.enum(["on", "off"]).optional(),
  /** The sender of those emails, e.g. `Pathways <pathways@example.org>`. */
  PATHWAYS_MAIL_FROM: z.string().trim().min(3).max(200).optional(),
});

/** Where reminders are emailed from and through; null when email is off. */
export interface MailConfig {
  smtpUrl: string;
  from: string;
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Where reports read their figures from: a read replica, or undefined for the primary. */
  reportsDatabaseUrl: string | undefined;
  dataDir: string;
  keyringJson: string | undefined;
  publicUrl: string;
  isSecureCookie: boolean;
  isDemo: boolean;
  publicOrganisationId: string | undefined;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  mail: MailConfig | null;
  /** Proxies whose forwarded client address is believed; empty trusts none. */
  trustedProxies: string[];
  /** Webhooks may be sent to http://127.0.0.1 (tests and local development). */
  isWebhookLoopbackAllowed: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
  if (e.PATHWAYS_REPORTS_DATABASE_URL && !e.DATABASE_URL) {
    throw new Error("Invalid configuration:\n  PATHWAYS_REPORTS_DATABASE_URL: A reports replica needs DATABASE_URL, the primary it replicates.");
  }
  if (e.PATHWAYS_SMTP_URL && !e.PATHWAYS_MAIL_FROM) throw new Error("Invalid configuration:\n  PATHWAYS_MAIL_FROM: Set the sender address when PATHWAYS_SMTP_URL is set.");
  const publicUrl = e.PATHWAYS_PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    reportsDatabaseUrl: e.PATHWAYS_REPORTS_DATABASE_URL,
    dataDir: path.resolve(e.PATHWAYS_DATA_DIR),
    keyringJson: e.PATHWAYS_KEYRING,
    publicUrl,
    isSecureCookie: publicUrl.startsWith("https://"),
    isDemo: e.PATHWAYS_DEMO === "on",
    publicOrganisationId: e.PATHWAYS_PUBLIC_ORGANISATION_ID,
    logLevel: e.LOG_LEVEL,
    mail: e.PATHWAYS_SMTP_URL && e.PATHWAYS_MAIL_FROM ? { smtpUrl: e.PATHWAYS_SMTP_URL, from: e.PATHWAYS_MAIL_FROM } : null,
    trustedProxies: e.PATHWAYS_TRUSTED_PROXIES ?? [],
    isWebhookLoopbackAllowed: e.PATHWAYS_WEBHOOKS_ALLOW_LOOPBACK === "on" || (e.PATHWAYS_WEBHOOKS_ALLOW_LOOPBACK === undefined && !publicUrl.startsWith("https://")),
  };
}
