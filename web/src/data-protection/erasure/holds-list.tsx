/**
 * The retention holds on a client's record, each in plain words with what the person must be told,
 * and a placed hold's reason, review date and a way to lift it.
 */
import { Alert, Button, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ReasonDialog } from "../../components/reason-dialog.js";
import { isolateReference, useFormat } from "../../i18n/format.js";
import { erasureApi, type DataProtectionState } from "./erasure-api.js";

type Hold = DataProtectionState["holds"][number];

function HoldItem({ hold, onLift }: { hold: Hold; onLift: (holdId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (hold.kind === "safeguarding") {
    return (
      <List.Item>
        <Text fw={600}>{t(`erasure.concerns.${hold.concern}`, { reference: isolateReference(hold.caseReference) })}</Text>
        <Text size="sm">{t("erasure.tell.safeguarding")}</Text>
      </List.Item>
    );
  }
  return (
    <List.Item>
      <Stack gap={4}>
        <Text fw={600}>{t(`erasure.holdKinds.${hold.kind}`)}</Text>
        <Text size="sm">{hold.reason}</Text>
        <Text size="sm" c="dimmed">
          {t("erasure.placedBy", { name: hold.placedByName ?? t("erasure.someone"), date: format.date(hold.placedAt) })}
          {hold.reviewOn ? ` · ${t("erasure.reviewOn", { date: format.day(hold.reviewOn) })}` : ""}
        </Text>
        <Text size="sm">{t(`erasure.tell.${hold.kind}`)}</Text>
        <Group>
          <Button size="xs" variant="default" onClick={() => onLift(hold.holdId)}>
            {t("erasure.liftHold")}
          </Button>
        </Group>
      </Stack>
    </List.Item>
  );
}

export function HoldsList({ state, onChanged }: { state: DataProtectionState; onChanged: (state: DataProtectionState) => void }) {
  const { t } = useTranslation();
  const [lifting, setLifting] = useState<string | null>(null);
  if (state.holds.length === 0) return <Text>{t("erasure.noHolds")}</Text>;
  return (
    <Alert color="orange" variant="light" title={t("erasure.heldTitle")}>
      <List spacing="sm">
        {state.holds.map((hold) => (
          <HoldItem key={hold.kind === "safeguarding" ? `${hold.concern}:${hold.caseId}` : hold.holdId} hold={hold} onLift={setLifting} />
        ))}
      </List>
      <ReasonDialog
        opened={lifting !== null}
        title={t("erasure.liftHold")}
        label={t("erasure.liftReason")}
        confirmLabel={t("erasure.liftHold")}
        maxLength={2000}
        onClose={() => setLifting(null)}
        onSubmit={async (reason) => {
          onChanged(await erasureApi.liftHold(lifting!, reason));
          setLifting(null);
        }}
      />
    </Alert>
  );
}
