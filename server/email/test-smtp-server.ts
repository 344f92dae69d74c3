/**
 * A real SMTP server on a free local port, for tests: it records every message it is given, or
 * refuses them with a temporary failure. Messages are kept raw, with quoted-printable undone so a
 * test can read the text.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedEmail {
  from: string;
  to: string[];
  raw: string;
}

export interface LocalSmtpServer {
  url: string;
  received: ReceivedEmail[];
  /** Refuse every message with "451 try again later" while true. */
  isRefusing: boolean;
  close(): Promise<void>;
}

const decodeQuotedPrintable = (text: string): string =>
  Buffer.from(text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");

export async function startLocalSmtpServer(credentials = { user: "pathways", pass: "s3cret-Pa55" }): Promise<LocalSmtpServer> {
  const local: LocalSmtpServer = { url: "", received: [], isRefusing: false, close: async () => undefined };
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (local.isRefusing) {
          callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
          return;
        }
        const envelope = session.envelope;
        local.received.push({
          from: envelope.mailFrom ? envelope.mailFrom.address : "",
          to: envelope.rcptTo.map((address) => address.address),
          raw: decodeQuotedPrintable(Buffer.concat(chunks).toString("latin1")),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  local.url = `smtp://${credentials.user}:${credentials.pass}@127.0.0.1:${port}`;
  local.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return local;
}
