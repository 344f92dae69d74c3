/**
 * Flags raised by the answers, at the top of the form or results: urgent ones as a red alert,
 * warnings in orange. Each is an alert (role="alert"), which screen readers announce as soon as it
 * appears; the copies beside the question and in the side panel are notes, so it is heard once.
 */
import { Alert, List, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FlagResult } from "../../../core/instruments/score.js";

export function FlagAlerts({ flags }: { flags: readonly FlagResult[] }) {
  const { t } = useTranslation();
  const urgent = flags.filter((flag) => flag.severity === "urgent");
  const warnings = flags.filter((flag) => flag.severity === "warning");
  if (flags.length === 0) return null;
  return (
    <Stack gap="sm">
      {urgent.length > 0 && (
        <Alert color="red" variant="filled" title={t("assessments.flags.urgentTitle")}>
          <FlagList flags={urgent} />
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="orange" variant="light" title={t("assessments.flags.warningTitle")}>
          <FlagList flags={warnings} />
        </Alert>
      )}
    </Stack>
  );
}

function FlagList({ flags }: { flags: readonly FlagResult[] }) {
  if (flags.length === 1) return <bdi>{flags[0]?.label}</bdi>;
  return (
    <List spacing={4} c="inherit">
      {flags.map((flag) => (
        <List.Item key={flag.id}>
          <bdi>{flag.label}</bdi>
        </List.Item>
      ))}
    </List>
  );
}
