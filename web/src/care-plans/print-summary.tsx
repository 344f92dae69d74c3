/**
 * Printing the client's summary: a language to print in (the client's preferred language to
 * start with) and a link that opens the PDF in a new tab, ready to print. A language without a
 * printed catalogue prints in English, and the form says so before printing.
 */
import { Button, Group, NativeSelect, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { supportLanguages } from "../../../core/referrals/vocabulary.js";
import { useLanguageOptions } from "../referrals/preference-labels.js";
import { summaryUrl } from "./care-plans-api.js";

/** The languages the summary is written in (server/care-plans/pdf/summary-text.ts). */
export const printedLanguages: readonly string[] = ["en", "ur", "pa", "bn", "ar", "pl"];

export function PrintSummary({ caseId, clientLanguage }: { caseId: string; clientLanguage: string }) {
  const { t } = useTranslation();
  const options = useLanguageOptions();
  const [language, setLanguage] = useState((supportLanguages as readonly string[]).includes(clientLanguage) ? clientLanguage : "en");
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <NativeSelect label={t("carePlans.print.language")} data={options} value={language} onChange={(event) => setLanguage(event.currentTarget.value)} miw={180} />
      <Button component="a" href={summaryUrl(caseId, language)} target="_blank" rel="noopener" variant="light">
        {t("carePlans.print.button")}
      </Button>
      {!printedLanguages.includes(language) && (
        <Text size="sm" c="dimmed" w="100%">
          {t("carePlans.print.inEnglish")}
        </Text>
      )}
    </Group>
  );
}
