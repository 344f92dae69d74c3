/**
 * "Find a worker" on a case, for the managers who allocate it: on request (the ranking reads the
 * client's preferences, assessment and plan, and that read is recorded), the workers at the case's
 * site in order of fit, each with the reasons for their place, an assignment straight from the
 * list, and the workers left out with why.
 */
import { Button, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage, hasCode } from "../api/error-messages.js";
import type { CaseNotice } from "../cases/case-notice.js";
import { casesApi, type AssignmentRole, type CaseDetail } from "../cases/cases-api.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Section } from "../components/section.js";
import { isolate } from "../i18n/format.js";
import { MatchCandidate } from "./match-candidate.js";
import { MatchExcluded, MatchNeeds } from "./match-details.js";
import { workersApi, type WorkerMatches } from "./workers-api.js";

type Loaded = { status: "idle" } | { status: "loading" } | { status: "failed"; error: unknown } | { status: "ready"; data: WorkerMatches };

export function MatchPanel({ kase, onAssigned }: { kase: CaseDetail; onAssigned: (kase: CaseDetail, notice: CaseNotice) => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<Loaded>({ status: "idle" });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load(): Promise<void> {
    setState({ status: "loading" });
    try {
      setState({ status: "ready", data: await workersApi.matches(kase.id) });
    } catch (failure) {
      setState({ status: "failed", error: failure });
    }
  }

  async function assign(candidate: { userId: string; name: string }, role: AssignmentRole): Promise<void> {
    setBusy(`${candidate.userId}:${role}`);
    setError(null);
    try {
      const next = await casesApi.assign(kase.id, { userId: candidate.userId, role });
      onAssigned(next, { key: "workers.matches.assigned", values: { name: isolate(candidate.name), role: t(`cases.roles.${role}`) } });
      await load();
    } catch (failure) {
      setError(hasCode(failure, "conflict") ? t("workers.matches.assignRefused", { name: isolate(candidate.name) }) : errorMessage(failure, t));
      await load();
    } finally {
      setBusy(null);
    }
  }

  return (
    <Section
      title={t("workers.matches.title")}
      actions={
        <Button size="xs" variant="default" onClick={() => void load()} loading={state.status === "loading"}>
          {state.status === "idle" ? t("workers.matches.find") : t("workers.matches.refresh")}
        </Button>
      }
    >
      {state.status === "idle" && <Text size="sm">{t("workers.matches.intro")}</Text>}
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={() => void load()} />}
      {state.status === "ready" && (
        <Stack gap="sm">
          <FormError message={error} />
          <MatchNeeds needs={state.data.needs} />
          {state.data.ranked.length === 0 ? (
            <Text>{t("workers.matches.noneRanked")}</Text>
          ) : (
            <List listStyleType="none" p={0} spacing="sm" aria-label={t("workers.matches.rankedLabel")}>
              {state.data.ranked.map((candidate, index) => (
                <MatchCandidate key={candidate.userId} candidate={candidate} place={index + 1} preferredGender={state.data.needs.preferredWorkerGender} busy={busy} onAssign={(chosen, role) => void assign(chosen, role)} />
              ))}
            </List>
          )}
          <MatchExcluded excluded={state.data.excluded} />
        </Stack>
      )}
    </Section>
  );
}
