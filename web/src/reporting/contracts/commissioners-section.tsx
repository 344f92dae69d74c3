/**
 * The commissioner accounts that sign in for a funder, chosen from the organisation's accounts
 * holding the commissioner role. One linked to another funder is shown but cannot be chosen here:
 * a commissioner reads one funder's figures only, so it is unlinked there first.
 */
import { Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ContractOptions, FunderView } from "../../../../core/api/reporting-contracts.js";
import { errorMessage } from "../../api/error-messages.js";
import { FormError } from "../../components/form-error.js";
import { Section } from "../../components/section.js";
import { isolate } from "../../i18n/format.js";
import { contractsApi } from "./contracts-api.js";

interface CommissionersSectionProps {
  funder: FunderView;
  options: ContractOptions;
  onSaved: (funder: FunderView) => void;
}

export function CommissionersSection({ funder, options, onSaved }: CommissionersSectionProps) {
  const { t } = useTranslation();
  const linked = funder.commissioners.map((commissioner) => commissioner.userId);
  const [chosen, setChosen] = useState<string[]>(linked);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const funderName = (funderId: string) => options.funders.find((other) => other.id === funderId)?.name ?? "";
  const isChanged = chosen.length !== linked.length || chosen.some((userId) => !linked.includes(userId));

  async function save(): Promise<void> {
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      onSaved(await contractsApi.setCommissioners(funder.id, chosen));
      setSaved(true);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Section title={t("contracts.commissioners.title")}>
      <Text maw="70ch">{t("contracts.commissioners.intro")}</Text>
      <FormError message={error} />
      {options.commissioners.length === 0 ? (
        <Text>{t("contracts.commissioners.none")}</Text>
      ) : (
        <Checkbox.Group label={t("contracts.commissioners.choose")} value={chosen} onChange={(value) => { setChosen(value); setSaved(false); }}>
          <Stack gap={6} mt="xs">
            {options.commissioners.map((account) => {
              const elsewhere = account.funderId !== null && account.funderId !== funder.id;
              return (
                <Checkbox
                  key={account.userId}
                  value={account.userId}
                  disabled={elsewhere}
                  label={<bdi>{account.displayName}</bdi>}
                  description={[account.email, !account.isActive ? t("contracts.commissioners.accountInactive") : null, elsewhere ? t("contracts.commissioners.linkedElsewhere", { funder: isolate(funderName(account.funderId!)) }) : null].filter(Boolean).join(" · ")}
                />
              );
            })}
          </Stack>
        </Checkbox.Group>
      )}
      <Group>
        <Button onClick={() => void save()} loading={isSaving} disabled={!isChanged}>
          {t("contracts.commissioners.save")}
        </Button>
        {saved && (
          <Text size="sm" role="status">
            {t("contracts.commissioners.saved")}
          </Text>
        )}
      </Group>
    </Section>
  );
}
