/**
 * A partner's webhook receiver for tests: a real HTTP server on 127.0.0.1 that records what it is
 * sent and answers each path with the statuses it is told to for that path, in order (then 200),
 * so tests sharing it do not take each other's answers.
 */
import http from "node:http";

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface TestReceiver {
  /** The receiver's address; give each webhook a path of its own under it. */
  url: string;
  received: ReceivedWebhook[];
  /** Statuses to answer a path with, one per request, before falling back to 200. */
  answers: Map<string, number[]>;
  close(): Promise<void>;
}

/** Ports this part of the test suite may listen on. */
const portRange = { first: 4200, last: 4299 };

export async function startTestReceiver(): Promise<TestReceiver> {
  const received: ReceivedWebhook[] = [];
  const answers = new Map<string, number[]>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = answers.get(request.url ?? "")?.shift() ?? 200;
      response.writeHead(status, { "content-type": "text/plain" });
      response.end(status === 200 ? "ok" : `failed\u0000 with ${status} ${"x".repeat(500)}`);
    });
  });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = portRange.first + Math.floor(Math.random() * (portRange.last - portRange.first + 1));
    const isListening = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (isListening) {
      return { url: `http://127.0.0.1:${port}`, received, answers, close: () => new Promise((resolve) => server.close(() => resolve())) };
    }
  }
  throw new Error("no free port for the test receiver");
}
