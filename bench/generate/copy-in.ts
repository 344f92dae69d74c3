/**
 * `COPY … FROM STDIN` over node-postgres without another dependency: a Submittable query (the
 * extension point pg documents for query streams, the one pg-copy-streams uses) that answers the
 * server's CopyInResponse with the data in CopyData messages, then CopyDone.
 */
import { once } from "node:events";
import type { Connection, PoolClient, Submittable } from "pg";

/** The CopyData calls pg's Connection has but its type declarations leave out. */
interface CopyConnection extends Connection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

const sliceBytes = 256 * 1024;

class CopyFromStdin implements Submittable {
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (error: Error) => void;
  private rows = 0;

  constructor(
    private readonly statement: string,
    private readonly data: Buffer,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: Connection): void {
    connection.query(this.statement);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    void this.send(connection).catch((error: unknown) => this.reject(error instanceof Error ? error : new Error(String(error))));
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rows = Number(/(\d+)$/.exec(message.text ?? "")?.[1] ?? 0);
  }

  handleReadyForQuery(): void {
    this.resolve(this.rows);
  }

  handleError(error: Error): void {
    this.reject(error);
  }

  // Not expected during COPY FROM; present so an unexpected message cannot crash the client.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}

  private async send(connection: CopyConnection): Promise<void> {
    for (let offset = 0; offset < this.data.length; offset += sliceBytes) {
      connection.sendCopyFromChunk(this.data.subarray(offset, offset + sliceBytes));
      // Respect the socket's back-pressure instead of buffering the whole chunk in memory twice.
      if (connection.stream.writableNeedDrain) await once(connection.stream, "drain");
    }
    connection.endCopyFrom();
  }
}

/** Loads COPY text (`data`) into `table (columns)` with `statement`; resolves to the row count. */
export async function copyFromStdin(client: PoolClient, statement: string, data: Buffer): Promise<number> {
  if (data.length === 0) return 0;
  const copy = new CopyFromStdin(statement, data);
  client.query(copy);
  return copy.done;
}
