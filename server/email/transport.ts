/**
 * Sending one email through the configured SMTP server (nodemailer). Timeouts are short: the
 * sender claims a batch for a lease and sends outside any transaction, and a server that does not
 * answer must not hold a batch past its lease. Failures are summarised without secrets (the SMTP address's user name and
 * password are removed), since the summary is stored on the outbox row.
 */
import nodemailer from "nodemailer";
import type { MailConfig } from "../config.js";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

export interface MailSender {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** Errors that mean the server could not be reached at all, rather than refusing one message. */
const unreachable = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED", "ECONNRESET", "ETLS", "EAUTH", "EPROTOCOL"]);

export function isServerUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && unreachable.has(code);
}

export function smtpSender(mail: MailConfig): MailSender {
  const transport = nodemailer.createTransport({
    url: mail.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(email) {
      await transport.sendMail({
        from: mail.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        // RFC 3834: an automatic message, so out-of-office replies are not sent back.
        headers: { "Auto-Submitted": "auto-generated" },
      });
    },
    close: () => transport.close(),
  };
}

/** A short description of a failure for the outbox row: the error's code, the server's reply code, and its first line, with no credentials. */
export function summariseMailError(error: unknown, mail: MailConfig): string {
  const details = error as { code?: unknown; responseCode?: unknown; message?: unknown } | null;
  const secrets = credentialsOf(mail.smtpUrl);
  let message = typeof details?.message === "string" ? (details.message.split("\n")[0] ?? "") : String(error);
  for (const secret of secrets) message = message.split(secret).join("***");
  const parts = [typeof details?.code === "string" ? details.code : "error", typeof details?.responseCode === "number" ? String(details.responseCode) : null, message];
  return parts.filter((part): part is string => part !== null && part !== "").join(" ").slice(0, 300);
}

function credentialsOf(smtpUrl: string): string[] {
  try {
    const url = new URL(smtpUrl);
    return [url.password, decodeURIComponent(url.password), url.username, decodeURIComponent(url.username)].filter((value) => value.length > 0);
  } catch {
    return [];
  }
}
