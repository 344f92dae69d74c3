/**
 * A case study's identity check: each passage of the text that matches the client's record (the
 * writer's own words, never the record), and whether the client's case-study consent is current.
 */
import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { languageNames } from "../../../core/content/vocabulary.js";
import type { IdentityWarning } from "./content-api.js";

interface IdentityWarningsProps {
  warnings: readonly IdentityWarning[];
  hasCurrentConsent: boolean;
  isChecking: boolean;
  onCheck: () => void;
}

export function IdentityWarnings({ warnings, hasCurrentConsent, isChecking, onCheck }: IdentityWarningsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {!hasCurrentConsent && (
        <Alert color="orange" title={t("content.caseStudy.noConsentTitle")}>
          {t("content.caseStudy.noConsent")}
        </Alert>
      )}
      <Alert color={warnings.length > 0 ? "red" : "green"} title={warnings.length > 0 ? t("content.caseStudy.warningsTitle", { count: warnings.length }) : t("content.caseStudy.noWarnings")} role="status">
        <Stack gap="xs">
          <Text size="sm">{t("content.caseStudy.checkExplained")}</Text>
          {warnings.length > 0 && (
            <List size="sm" spacing={4}>
              {warnings.map((warning, index) => (
                <List.Item key={`${warning.language}-${warning.field}-${index}`}>
                  {t(`content.caseStudy.kinds.${warning.kind}`)} · {languageNames[warning.language]} · {t(`content.caseStudy.fields.${warning.field}`)}:{" "}
                  <mark dir="auto">{warning.match}</mark> <Text span c="dimmed" dir="auto">({warning.excerpt})</Text>
                </List.Item>
              ))}
            </List>
          )}
          <Button size="xs" variant="default" onClick={onCheck} loading={isChecking} w="fit-content">
            {t("content.caseStudy.checkAgain")}
          </Button>
        </Stack>
      </Alert>
    </Stack>
  );
}
