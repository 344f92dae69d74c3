/**
 * The app as a real process, for tests of how it starts, stops and survives being killed: a free
 * port, the given environment, and its output kept for the failure message.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface AppProcess {
  baseUrl: string;
  output: () => string;
  /** Resolves with the exit code (null when ended by a signal). */
  exited: Promise<number | null>;
  child: ChildProcess;
}

/**
 * Node itself runs the server (with tsx as a loader), not the tsx command: that command starts the
 * server as a second process, so a signal sent to it — SIGKILL above all — would miss the server.
 */
function spawnServer(env: Record<string, string>, port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    // Quiet unless the test asks for the app's log (LOG_LEVEL in `env`) to read what it did.
    env: { ...process.env, LOG_LEVEL: "warn", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, exited, output: () => output };
}

/** Starts `server/main.ts` and waits until it answers its health check. */
export async function startApp(env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort();
  const { child, exited, output: printed } = spawnServer(env, port);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const health = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (health?.ok) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill("SIGKILL");
      throw new Error(`the app did not start:\n${printed()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, output: printed, exited, child };
}

/**
 * Starts `server/main.ts` expecting it to refuse to start: resolves with its exit code and output
 * once it exits. Fails if it starts answering instead.
 */
export async function startAppExpectingRefusal(env: Record<string, string>): Promise<{ exitCode: number | null; output: string }> {
  const port = await freePort();
  const { child, exited, output } = spawnServer(env, port);
  const started = (async () => {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && child.exitCode === null; ) {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.ok) return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  })();
  const outcome = await Promise.race([exited.then((code) => ({ code })), started.then((isUp) => ({ isUp }))]);
  if ("isUp" in outcome && outcome.isUp) {
    child.kill("SIGKILL");
    throw new Error(`the app started when it should have refused:\n${output()}`);
  }
  return { exitCode: await exited, output: output() };
}
