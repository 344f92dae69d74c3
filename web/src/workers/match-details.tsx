/**
 * Around a case's match list: what the ranking went on (the client's stated preferences, the
 * assessment it used, what the plan asks for), and the workers left out with the reasons.
 */
import { List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { exclusionLine } from "./match-reasons.js";
import { useNamers } from "./use-namers.js";
import type { WorkerMatches } from "./workers-api.js";

export function MatchNeeds({ needs }: { needs: WorkerMatches["needs"] }) {
  const { t } = useTranslation();
  const names = useNamers();
  const lines = [
    t(needs.isInterpreterNeeded ? "workers.matches.needs.languageWithInterpreter" : "workers.matches.needs.language", { language: names.language(needs.preferredLanguage) }),
    needs.preferredWorkerGender === "no_preference" ? t("workers.matches.needs.noGenderPreference") : t("workers.matches.needs.gender", { gender: names.gender(needs.preferredWorkerGender) }),
    needs.assessedOn ? t("workers.matches.needs.assessed", { date: names.day(needs.assessedOn) }) : t("workers.matches.needs.notAssessed"),
    needs.askedFor.length > 0 ? t("workers.matches.needs.askedFor", { specialisms: names.list(needs.askedFor.map(names.specialism)) }) : t("workers.matches.needs.nothingAskedFor"),
  ];
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t("workers.matches.needs.title")}
      </Title>
      <List size="sm" spacing={2}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

export function MatchExcluded({ excluded }: { excluded: WorkerMatches["excluded"] }) {
  const { t } = useTranslation();
  const names = useNamers();
  if (excluded.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t("workers.matches.excludedTitle")}
      </Title>
      <List size="sm" spacing={4}>
        {excluded.map((worker) => (
          <List.Item key={worker.userId}>
            <Text size="sm" span fw={600}>
              {worker.name}
            </Text>
            <Text size="sm" span>
              {t("workers.matches.excludedBecause", {
                reasons: names.list(
                  worker.reasons.map((reason) => {
                    const line = exclusionLine(reason, names);
                    return t(line.key, line.values);
                  }),
                ),
              })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
