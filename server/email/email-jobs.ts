/**
 * Email for alerts, when an SMTP server is configured (`PATHWAYS_SMTP_URL`; otherwise alerts stay
 * in the app). A job every minute queues an email for each new alert, and the daily digests whose
 * hour has come, in the job's transaction so each is queued once; a sender loop, outside any transaction, sends what is queued.
 */
import type { MailConfig } from "../config.js";
import { inTransaction, type Db } from "../db/client.js";
import type { JobContext, JobHandlers } from "../jobs/run-next-job.js";
import type { Schedule } from "../jobs/schedules.js";
import { queueDigests } from "./queue-digests.js";
import { queueEmails } from "./queue-emails.js";
import { sendQueuedEmails, type SendSummary } from "./send-emails.js";
import { summariseMailError, type MailSender } from "./transport.js";

export const emailJobName = "email.queue-alerts";
const sendEveryMs = 30_000;

/** Queues and sends once; answers what was queued and sent (for tests and logs). */
export async function queueAndSend(db: Db, sender: MailSender, options: { now: Date; publicUrl: string; mail: MailConfig }): Promise<SendSummary & { queued: number }> {
  const queued = await inTransaction(db, async (tx) => (await queueEmails(tx, { now: options.now, publicUrl: options.publicUrl })) + (await queueDigests(tx, { now: options.now, publicUrl: options.publicUrl })));
  const sent = await sendQueuedEmails(db, sender, { now: options.now, describeError: (error) => summariseMailError(error, options.mail) });
  return { queued, ...sent };
}

export function emailJobs(options: { publicUrl: string }): { handlers: JobHandlers; schedules: Schedule[] } {
  return {
    handlers: {
      [emailJobName]: async (tx: Db, _payload: unknown, { now }: JobContext) => {
        await queueEmails(tx, { now, publicUrl: options.publicUrl });
        await queueDigests(tx, { now, publicUrl: options.publicUrl });
      },
    },
    schedules: [{ name: emailJobName, everySeconds: 60 }],
  };
}

/** Sends queued email every 30 seconds until stopped; a failed run is reported and the next one tries again. */
export function startEmailSender(db: Db, sender: MailSender, options: { mail: MailConfig; onError: (error: unknown) => void }): { stop: () => Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => sendQueuedEmails(db, sender, { now: new Date(), describeError: (error) => summariseMailError(error, options.mail) }))
      .then(() => undefined, options.onError);
  }, sendEveryMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
