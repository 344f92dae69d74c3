/**
 * Restriction of processing on a restriction request's page: the restriction in force (its ground,
 * reason and review date, lifted with a reason), or restricting the record on one of the Article 18
 * grounds, which completes the request.
 */
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { restrictBodySchema, restrictionGrounds } from "../../../../core/api/erasure.js";
import { FormError } from "../../components/form-error.js";
import { ReasonDialog } from "../../components/reason-dialog.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { zodValidate } from "../../forms/validation.js";
import { useFormat } from "../../i18n/format.js";
import type { RequestPanelProps } from "../requests/request-panels.js";
import { ClientStateSection } from "./client-state-section.js";
import { erasureApi, type DataProtectionState } from "./erasure-api.js";

function InForce({ state, onChanged }: { state: DataProtectionState; onChanged: (state: DataProtectionState) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isLifting, setLifting] = useState(false);
  const restriction = state.restriction!;
  return (
    <Alert color="orange" variant="light" title={t("erasure.restriction.inForce")}>
      <Stack gap={4}>
        <Text fw={600}>{t(`erasure.restriction.grounds.${restriction.ground}`)}</Text>
        <Text size="sm">{restriction.reason}</Text>
        <Text size="sm" c="dimmed">
          {t("erasure.placedBy", { name: restriction.placedByName ?? t("erasure.someone"), date: format.date(restriction.placedAt) })} · {t("erasure.reviewOn", { date: format.day(restriction.reviewOn) })}
        </Text>
        <Group>
          <Button size="xs" variant="default" onClick={() => setLifting(true)}>
            {t("erasure.restriction.lift")}
          </Button>
        </Group>
      </Stack>
      <ReasonDialog
        opened={isLifting}
        title={t("erasure.restriction.lift")}
        intro={t("erasure.restriction.liftIntro")}
        label={t("erasure.liftReason")}
        confirmLabel={t("erasure.restriction.lift")}
        maxLength={2000}
        onClose={() => setLifting(false)}
        onSubmit={async (reason) => {
          onChanged(await erasureApi.liftRestriction(state.clientId, reason));
          setLifting(false);
        }}
      />
    </Alert>
  );
}

function RestrictForm({ requestId, clientId, onDone }: { requestId: string; clientId: string; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { ground: "", reason: "", reviewOn: "" }, validate: zodValidate(restrictBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    await erasureApi.restrict(clientId, { ground: values.ground as (typeof restrictionGrounds)[number], reason: values.reason, reviewOn: values.reviewOn, dataRightsRequestId: requestId });
    await onDone();
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t("erasure.restriction.title")}>
      <Stack gap="sm">
        <Text size="sm" maw="75ch">
          {t("erasure.restriction.intro")}
        </Text>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t("erasure.restriction.ground")} required data={restrictionGrounds.map((value) => ({ value, label: t(`erasure.restriction.grounds.${value}`) }))} {...form.getInputProps("ground")} />
          <TextInput label={t("erasure.restriction.reviewOn")} type="date" required dir="ltr" {...form.getInputProps("reviewOn")} />
        </SimpleGrid>
        <Textarea label={t("erasure.placeHold.reason")} description={t("erasure.placeHold.reasonHint")} required autosize minRows={2} maxLength={2000} {...form.getInputProps("reason")} />
        <Group>
          <Button type="submit" color="orange" loading={form.submitting}>
            {t("erasure.restriction.restrict")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RestrictionPanel({ request, onChanged }: RequestPanelProps) {
  const { t } = useTranslation();
  const isOpen = ["received", "in_progress", "on_hold"].includes(request.status);
  return (
    <ClientStateSection request={request} onChanged={onChanged} title={t("erasure.restriction.title")}>
      {({ state, replace, onDone }) => (
        <>
          {state.restriction && <InForce state={state} onChanged={replace} />}
          {isOpen && state.abilities.restrict && <RestrictForm requestId={request.id} clientId={state.clientId} onDone={onDone} />}
        </>
      )}
    </ClientStateSection>
  );
}
