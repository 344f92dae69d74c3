/** One page of the retention queue of one status, reporting the counts and last review to the page around it whenever it loads. */
import { useEffect, useState } from "react";
import { useLoad } from "../../components/use-load.js";
import { retentionApi, type RetentionQueue } from "./retention-api.js";

export type QueueSummary = Pick<RetentionQueue, "counts" | "lastReviewedAt">;

export function useQueuePage(status: "due" | "held", onSummary: (summary: QueueSummary) => void) {
  const [page, setPage] = useState(1);
  const queue = useLoad(() => retentionApi.queue(status, page), [status, page]);
  useEffect(() => {
    if (queue.state.status === "ready") onSummary(queue.state.data);
  }, [queue.state, onSummary]);
  return { page, setPage, queue };
}
