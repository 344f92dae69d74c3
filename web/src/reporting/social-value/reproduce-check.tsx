/**
 * "Does it reproduce?": the stored calculation worked again from what it kept — its own figures,
 * and the outcome counts, catalogue versions, assumptions and settings that went in — whatever has
 * changed in the catalogue since. Says plainly that it matches, or lists each figure that differs.
 */
import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Reproduction } from "../../../../core/api/social-value.js";
import { errorMessage } from "../../api/error-messages.js";
import { Section } from "../../components/section.js";
import { socialValueApi } from "./social-value-api.js";

type State = { status: "idle" } | { status: "checking" } | { status: "done"; reproduction: Reproduction } | { status: "failed"; message: string };

export function ReproduceCheck({ calculationId }: { calculationId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ status: "idle" });
  async function check() {
    setState({ status: "checking" });
    try {
      setState({ status: "done", reproduction: await socialValueApi.reproduction(calculationId) });
    } catch (error) {
      setState({ status: "failed", message: errorMessage(error, t) });
    }
  }
  return (
    <Section title={t("socialValue.reproduce.title")}>
      <Text size="sm" maw="75ch">
        {t("socialValue.reproduce.intro")}
      </Text>
      <div>
        <Button variant="default" onClick={() => void check()} loading={state.status === "checking"}>
          {t("socialValue.reproduce.check")}
        </Button>
      </div>
      <div aria-live="polite">
        {state.status === "done" && state.reproduction.isReproduced && (
          <Alert color="green" title={t("socialValue.reproduce.matches")} data-testid="reproduces">
            {t("socialValue.reproduce.matchesDetail")}
          </Alert>
        )}
        {state.status === "done" && !state.reproduction.isReproduced && (
          <Alert color="red" title={t("socialValue.reproduce.differs")}>
            <Stack gap="xs">
              <Text size="sm">{t("socialValue.reproduce.differsDetail")}</Text>
              <List size="sm">
                {state.reproduction.differences.slice(0, 20).map((difference) => (
                  <List.Item key={difference.path}>
                    <code dir="ltr">{`${difference.path}: ${JSON.stringify(difference.stored)} → ${JSON.stringify(difference.recalculated)}`}</code>
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Alert>
        )}
        {state.status === "failed" && (
          <Alert color="red" role="alert">
            {state.message}
          </Alert>
        )}
      </div>
    </Section>
  );
}
