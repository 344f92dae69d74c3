/** A minimal keep-alive HTTP client for loopback benchmarks (node:http, no extra dependency). */
import http from "node:http";

export interface HttpResponse {
  status: number;
  body: string;
}

export function httpClient(baseUrl: string, maxSockets: number) {
  const base = new URL(baseUrl);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) throw new Error("Benchmarks only send traffic to this machine");
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  return {
    get(path: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
      return new Promise((resolve, reject) => {
        const request = http.request(new URL(path, base), { agent, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
          response.on("error", reject);
        });
        request.on("error", reject);
        request.end();
      });
    },
    close: () => agent.destroy(),
  };
}
