/**
 * The case page's care plan: when the next review is due (overdue marked), the current plan with
 * where each goal stands, the reviews so far, every earlier version, and printing the client's
 * summary. People who work the case start, revise and review it; everyone who sees the case reads it.
 */
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CarePlanStartingPoints } from "../../../core/api/care-plans.js";
import { errorMessage } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { isolate, localIsoDate, useFormat } from "../i18n/format.js";
import { carePlansApi, type CarePlan, type CurrentPlan } from "./care-plans-api.js";
import { draftFromContent, draftFromStartingPoints } from "./plan-draft.js";
import { PlanForm } from "./plan-form.js";
import { PlanView } from "./plan-view.js";
import { PrintSummary } from "./print-summary.js";
import { ReviewForm } from "./review-form.js";
import { ReviewList } from "./review-list.js";
import { VersionHistory } from "./version-history.js";

type Editing = { kind: "create" | "revise"; points: CarePlanStartingPoints } | { kind: "review" };

export function CaseCarePlan({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { state, reload, replace } = useLoad(() => carePlansApi.get(caseId), [caseId]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [isOpening, setIsOpening] = useState(false);
  // A message key or the failure, not the words: the notice follows a change of language.
  const [notice, setNotice] = useState<{ color: "green" | "orange"; key: string } | { color: "red"; failure: unknown } | null>(null);
  const today = localIsoDate(new Date());

  async function openEditor(kind: "create" | "revise"): Promise<void> {
    setIsOpening(true);
    setNotice(null);
    try {
      setEditing({ kind, points: await carePlansApi.startingPoints(caseId) });
    } catch (failure) {
      setNotice({ color: "red", failure });
    } finally {
      setIsOpening(false);
    }
  }

  const saved = (next: CarePlan, key: string) => {
    replace(next);
    setEditing(null);
    setNotice({ color: "green", key });
  };
  const stale = () => {
    setEditing(null);
    setNotice({ color: "orange", key: "carePlans.stale" });
    reload();
  };

  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { plan, abilities, interventionTypes } = state.data;

  return (
    <Stack gap="lg">
      <Section
        title={t("carePlans.title")}
        actions={
          <Group gap="sm">
            {abilities.create && (
              <Button onClick={() => void openEditor("create")} loading={isOpening}>
                {t("carePlans.start")}
              </Button>
            )}
            {plan && abilities.review && (
              <Button variant="light" onClick={() => setEditing({ kind: "review" })}>
                {t("carePlans.reviewButton")}
              </Button>
            )}
            {plan && abilities.revise && (
              <Button variant="default" onClick={() => void openEditor("revise")} loading={isOpening}>
                {t("carePlans.revise")}
              </Button>
            )}
          </Group>
        }
      >
        {notice && (
          <Alert color={notice.color} variant="light" role={notice.color === "green" ? "status" : "alert"} withCloseButton closeButtonLabel={t("common.close")} onClose={() => setNotice(null)}>
            {notice.color === "red" ? errorMessage(notice.failure, t) : t(notice.key)}
          </Alert>
        )}
        {plan ? (
          <>
            <NextReview plan={plan} />
            <PlanView content={plan.current.content} people={plan.current.people} interventionTypes={interventionTypes} progress={new Map(plan.goalsSummary.map((goal) => [goal.goalId, goal.progress]))} />
          </>
        ) : (
          <Text>{abilities.create ? t("carePlans.noneYet") : t("carePlans.noneYetReader")}</Text>
        )}
      </Section>
      {plan && (
        <Section title={t("carePlans.reviews.title")}>
          <ReviewList plan={plan} />
        </Section>
      )}
      {plan && (
        <Section title={t("carePlans.history.title")}>
          <VersionHistory caseId={caseId} plan={plan} interventionTypes={interventionTypes} />
        </Section>
      )}
      {plan && abilities.print && (
        <Section title={t("carePlans.print.title")}>
          <Text size="sm">{t("carePlans.print.hint")}</Text>
          <PrintSummary caseId={caseId} clientLanguage={state.data.clientLanguage} />
        </Section>
      )}

      <AppModal opened={editing !== null} onClose={() => setEditing(null)} title={editing ? t(`carePlans.dialog.${editing.kind}`) : ""} size="xl">
        {editing && editing.kind !== "review" && (
          <PlanForm
            caseId={caseId}
            initial={editing.kind === "revise" && plan ? draftFromContent(plan.current.content) : draftFromStartingPoints(editing.points, today, (domain) => t(`carePlans.suggestedGoals.${domain}`))}
            points={editing.points}
            interventionTypes={interventionTypes}
            today={today}
            revising={editing.kind === "revise" && plan ? { version: plan.currentVersion, firstDate: plan.versions[0]?.createdOn ?? today, typesInUse: plan.current.content.interventions.map((intervention) => intervention.typeCode) } : null}
            onSaved={(next) => saved(next, editing.kind === "revise" ? "carePlans.revised" : "carePlans.created")}
            onStale={stale}
            onCancel={() => setEditing(null)}
          />
        )}
        {editing?.kind === "review" && plan && (
          <ReviewForm
            caseId={caseId}
            version={plan.current}
            lastProgress={new Map(plan.goalsSummary.flatMap((goal) => (goal.progress ? [[goal.goalId, goal.progress]] : [])))}
            today={today}
            onSaved={(next) => saved(next, "carePlans.reviewed")}
            onStale={stale}
            onCancel={() => setEditing(null)}
          />
        )}
      </AppModal>
    </Stack>
  );
}

function NextReview({ plan }: { plan: CurrentPlan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { dueOn, isOverdue, daysOverdue } = plan.nextReview;
  const date = isolate(format.day(dueOn));
  return isOverdue ? (
    <Alert color="red" variant="light" title={t("carePlans.overdueTitle")}>
      {t("carePlans.overdue", { date, count: daysOverdue })}
    </Alert>
  ) : (
    <Text>
      {t("carePlans.nextReview", { date })} · {t("carePlans.versionLine", { version: format.number(plan.currentVersion), date: isolate(format.day(plan.current.createdOn)) })}
    </Text>
  );
}
