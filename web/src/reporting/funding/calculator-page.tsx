/**
 * "What would £15,000 fund?" (`/reports/funding/calculator`), for administrators: an amount, then
 * how many of each of the organisation's services it pays for alone, a mix the user builds with
 * its total and what is left, and suggested balanced mixes (each saying how it was chosen) to
 * start a mix from. The arithmetic is the core's (core/funding/calculator.ts), done here as the
 * user types.
 */
import { Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { suggestedMixes, type CostedService } from "../../../../core/funding/calculator.js";
import { penceFromPounds } from "../../../../core/reporting/contracts.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { AloneTable, MixBuilder, SuggestedMixes } from "./calculator-parts.js";
import { fundingApi } from "./funding-api.js";
import { FundingPage } from "./funding-page.js";

export function CalculatorPage() {
  const { t } = useTranslation();
  const list = useLoad(fundingApi.unitCosts, []);
  const [written, setWritten] = useState("15,000");
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const amount = penceFromPounds(written);

  if (list.state.status !== "ready") {
    return (
      <FundingPage title={t("funding.calculator.title")}>
        {list.state.status === "failed" ? <LoadFailed error={list.state.error} onRetry={list.reload} /> : <Loading />}
      </FundingPage>
    );
  }
  const { items, suggestions } = list.state.data;
  const services: CostedService[] = items.map((item) => ({ id: item.id, costPence: item.costPence }));
  // Recorded spend weights the services that have a derivation: what was spent last year in its category.
  const weights = Object.fromEntries(items.map((item) => [item.id, suggestions.find((suggestion) => suggestion.derivation === item.derivation)?.spendPence ?? 0]));

  return (
    <FundingPage title={t("funding.calculator.title")}>
      <Text maw="70ch">{t("funding.calculator.intro")}</Text>
      <TextInput
        label={t("funding.calculator.amount")}
        description={t("funding.poundsHint")}
        value={written}
        onChange={(event) => setWritten(event.currentTarget.value)}
        error={amount === null ? t("funding.calculator.amountFormat") : undefined}
        inputMode="decimal"
        dir="ltr"
        leftSection="£"
        maw={260}
      />
      {items.length === 0 ? (
        <Text>{t("funding.calculator.noUnitCosts")}</Text>
      ) : (
        amount !== null && (
          <Stack gap="lg">
            <Section title={t("funding.calculator.alone.title")}>
              <AloneTable amount={amount} items={items} />
            </Section>
            <Section title={t("funding.calculator.builder.title")}>
              <MixBuilder amount={amount} items={items} quantities={quantities} onChange={setQuantities} />
            </Section>
            <Section title={t("funding.calculator.suggested.title")}>
              <SuggestedMixes amount={amount} items={items} mixes={suggestedMixes(amount, services, weights)} onUse={setQuantities} />
            </Section>
          </Stack>
        )
      )}
    </FundingPage>
  );
}
