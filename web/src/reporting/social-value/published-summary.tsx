/**
 * What leaves the organisation: the calculation as its printed report shows it and, for a
 * contract, as the funder's commissioner reads it — each count through the disclosure engine
 * (small ones hidden, others rounded) and every pound worked from the counts as shown.
 */
import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PublishedSocialValue } from "../../../../core/social-value/index.js";
import { Section } from "../../components/section.js";
import { isolate } from "../../i18n/format.js";
import { outcomeName, useMoney } from "./social-value-words.js";

export function PublishedSummary({ published, isForCommissioner, outcomeLabels }: { published: PublishedSocialValue; isForCommissioner: boolean; outcomeLabels: Readonly<Record<string, string>> }) {
  const { t } = useTranslation();
  const money = useMoney();
  const counted = published.outcomes.filter((outcome) => outcome.shown.kind !== "zero");
  return (
    <Section title={t("socialValue.published.title")}>
      <Text size="sm" maw="75ch">
        {t(isForCommissioner ? "socialValue.published.introContract" : "socialValue.published.intro")}{" "}
        {t("socialValue.report.legend", { below: published.rules.threshold - 1, base: published.rules.roundingBase })}
      </Text>
      <Text>{t("socialValue.published.value", { value: isolate(money.pounds(published.result.total.netPresentValuePence)) })}</Text>
      {counted.length > 0 && (
        <Table verticalSpacing={4} maw={560} aria-label={t("socialValue.published.title")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("socialValue.report.outcome")}</Table.Th>
              <Table.Th ta="end">{t("socialValue.published.shown")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {counted.map((outcome) => (
              <Table.Tr key={outcome.outcomeCode}>
                <Table.Th scope="row" fw={400}>
                  {outcomeName(t, outcome.outcomeCode, outcomeLabels)}
                </Table.Th>
                <Table.Td ta="end">{outcome.shown.kind === "suppressed" ? t("socialValue.report.countHidden") : money.number(outcome.shown.value ?? 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
