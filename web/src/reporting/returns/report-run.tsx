/**
 * Asking for a report and waiting for it. The server answers with the release already made, or a
 * run building it as a job (one step per section); the run is polled until it is released, and
 * then the reader is taken to the release. A failed run says why, in words, and may be asked again.
 */
import { Alert, Progress, Stack, Text } from "@mantine/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { askedReportSchema, reportRunSchema } from "../../../../core/api/reporting-returns.js";
import { errorMessage } from "../../api/error-messages.js";
import { returnsApi } from "./returns-api.js";

type Run = z.infer<typeof reportRunSchema>;
type Asked = z.infer<typeof askedReportSchema>;

/** How often a run is asked how far it has got. */
const pollEveryMs = 700;

export type ReportAsking = { status: "idle" } | { status: "asking" } | { status: "running"; run: Run } | { status: "failed"; message: string };

/** Asks for a report; calls `onReleased` with the release's id once it exists. */
export function useAskReport(onReleased: (releaseId: string) => void) {
  const { t } = useTranslation();
  const [state, setState] = useState<ReportAsking>({ status: "idle" });
  const released = useRef(onReleased);
  released.current = onReleased;
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const follow = useCallback(
    async (asked: Asked) => {
      let run = asked.run;
      if (asked.releaseId) return released.current(asked.releaseId);
      while (run && alive.current) {
        setState({ status: "running", run });
        if (run.status === "done" && run.releaseId) return released.current(run.releaseId);
        if (run.status === "failed") return setState({ status: "failed", message: run.failure ?? t("reporting.run.failed") });
        await new Promise((resolve) => setTimeout(resolve, pollEveryMs));
        run = await returnsApi.run(run.id);
      }
    },
    [t],
  );

  const ask = useCallback(
    (asking: () => Promise<Asked>) => {
      setState({ status: "asking" });
      asking()
        .then(follow)
        .catch((error: unknown) => alive.current && setState({ status: "failed", message: errorMessage(error, t) }));
    },
    [follow, t],
  );

  return { state, ask, isBusy: state.status === "asking" || state.status === "running" };
}

/** How far a run has got, read out as it moves on; or why it failed. */
export function RunProgress({ state }: { state: ReportAsking }) {
  const { t } = useTranslation();
  if (state.status === "failed") {
    return (
      <Alert color="red" role="alert" title={t("reporting.run.failedTitle")}>
        {state.message}
      </Alert>
    );
  }
  if (state.status !== "asking" && state.status !== "running") return null;
  const run = state.status === "running" ? state.run : null;
  const percent = run && run.stepsTotal > 0 ? Math.round((100 * run.stepsDone) / run.stepsTotal) : 0;
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">
        {run === null || run.status === "queued" ? t("reporting.run.queued") : t("reporting.run.progress", { done: run.stepsDone, total: run.stepsTotal })}
      </Text>
      <Progress value={percent} animated aria-label={t("reporting.run.progressLabel")} />
    </Stack>
  );
}
