/**
 * The case page's programmes: the client's enrolments (each with its programme, where they are and
 * how it stands), enrolling in another, and the chosen enrolment in full below. Opening an
 * enrolment reads its notes, which the server records.
 */
import { Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { EnrolDialog } from "./enrol-dialog.js";
import { EnrolmentList } from "./enrolment-list.js";
import { EnrolmentPanel } from "./enrolment-panel.js";
import { programmesApi } from "./programmes-api.js";

export function CaseProgrammes({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => programmesApi.forCase(caseId), [caseId]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [isEnrolling, setIsEnrolling] = useState(false);
  const list = state.status === "ready" ? state.data : null;
  // Without a choice, the enrolment the client is most likely working on: the newest one still open.
  const shownId = chosenId ?? list?.items.find((item) => item.state !== "completed")?.id ?? list?.items[0]?.id ?? null;

  return (
    <Stack gap="lg">
      <Section title={t("programmes.case.title")} actions={list?.canEnrol && <Button onClick={() => setIsEnrolling(true)}>{t("programmes.case.enrol")}</Button>}>
        {state.status === "loading" && <Loading />}
        {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
        {list &&
          (list.items.length === 0 ? (
            <Stack gap={4}>
              <Text>{t("programmes.case.none")}</Text>
              {list.canEnrol && (
                <Text size="sm" c="dimmed">
                  {t("programmes.case.noneHint")}
                </Text>
              )}
            </Stack>
          ) : (
            <EnrolmentList items={list.items} shownId={shownId} onShow={setChosenId} />
          ))}
      </Section>
      {shownId && <EnrolmentPanel key={shownId} enrolmentId={shownId} onChanged={reload} />}
      {list && (
        <EnrolDialog
          opened={isEnrolling}
          caseId={caseId}
          enrolled={list.items.filter((item) => item.state === "in_phase").map((item) => item.programme.key)}
          onClose={() => setIsEnrolling(false)}
          onEnrolled={(enrolment) => {
            setIsEnrolling(false);
            setChosenId(enrolment.id);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
