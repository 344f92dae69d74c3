/**
 * Who works on the case: key worker, mentors and specialists, and (for managers) ending or adding
 * an assignment, choosing from the site's staff list.
 */
import { Button, Group, List, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { FormError } from "../components/form-error.js";
import { Section } from "../components/section.js";
import { isolate, useFormat } from "../i18n/format.js";
import { AssignForm } from "./assign-form.js";
import type { CaseNotice } from "./case-notice.js";
import { casesApi, type CaseDetail } from "./cases-api.js";

type Assignment = CaseDetail["assignments"][number];

interface CaseAssignmentsProps {
  kase: CaseDetail;
  onChanged: (kase: CaseDetail, notice: CaseNotice) => void;
  onReload: () => void;
}

export function CaseAssignments({ kase, onChanged, onReload }: CaseAssignmentsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [ending, setEnding] = useState<Assignment | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canAssign = kase.abilities.assign;

  async function end(assignment: Assignment): Promise<void> {
    setIsBusy(true);
    setError(null);
    try {
      await casesApi.endAssignment(kase.id, assignment.userId);
      setEnding(null);
      onReload();
    } catch (failure) {
      setEnding(null);
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <Section title={t("cases.assignments.title")}>
      <FormError message={error} />
      {kase.assignments.length === 0 ? (
        <Text>{t("cases.assignments.none")}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" p={0}>
          {kase.assignments.map((assignment) => (
            <List.Item key={`${assignment.userId}-${assignment.role}`}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div>
                  <Text fw={600}>{assignment.name}</Text>
                  <Text size="sm" c="dimmed">
                    {t("cases.assignments.since", { role: t(`cases.roles.${assignment.role}`), date: isolate(format.date(assignment.assignedAt)) })}
                  </Text>
                </div>
                {canAssign && (
                  <Button size="xs" variant="subtle" color="red" onClick={() => setEnding(assignment)} aria-label={t("cases.assignments.endNamed", { name: assignment.name })}>
                    {t("cases.assignments.end")}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {canAssign && <AssignForm kase={kase} onAssigned={(next) => onChanged(next, { key: "cases.assignments.done" })} />}
      <ConfirmDialog
        opened={ending !== null}
        title={t("cases.assignments.confirmTitle")}
        message={ending ? t("cases.assignments.confirmBody", { name: isolate(ending.name), role: t(`cases.roles.${ending.role}`) }) : ""}
        confirmLabel={t("cases.assignments.end")}
        isBusy={isBusy}
        onConfirm={() => ending && void end(ending)}
        onCancel={() => setEnding(null)}
      />
    </Section>
  );
}
