/**
 * Transferring the case to another site. The client must agree to their record moving; how they
 * agreed is recorded as a consent. Afterwards the user may no longer see the case, so the page
 * returns to the case list and says where the case went.
 */
import { Button, Group, NativeSelect, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { transferBodySchema } from "../../../core/api/cases.js";
import { AppModal } from "../components/app-modal.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed } from "../components/load-state.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { isolate, isolateReference } from "../i18n/format.js";
import { casesApi, type CaseDetail } from "./cases-api.js";

type Site = { id: string; name: string };

export function TransferPanel({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  // The organisation's other sites, which the server offers to those who may transfer the case;
  // without one there is nothing to offer but an explanation.
  const { state, reload } = useLoad(() => casesApi.transferSites(kase.id), [kase.id]);
  const sites = state.status === "ready" ? state.data : [];
  return (
    <Section title={t("cases.transfer.title")}>
      <Text size="sm">{t("cases.transfer.explain")}</Text>
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && sites.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("cases.transfer.noSites")}
        </Text>
      )}
      {sites.length > 0 && (
        <Group>
          <Button variant="default" onClick={() => setIsOpen(true)}>
            {t("cases.transfer.start")}
          </Button>
        </Group>
      )}
      <AppModal opened={isOpen} onClose={() => setIsOpen(false)} title={t("cases.transfer.title")} size="lg">
        {isOpen && <TransferForm kase={kase} sites={sites} onCancel={() => setIsOpen(false)} />}
      </AppModal>
    </Section>
  );
}

interface Values {
  toSiteId: string;
  consentMethod: "verbal" | "written" | "";
  reason: string;
}

function TransferForm({ kase, sites, onCancel }: { kase: CaseDetail; sites: readonly Site[]; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<Values>({ initialValues: { toSiteId: "", consentMethod: "", reason: "" }, validate: zodValidate(transferBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    const body = transferBodySchema.parse(values);
    await casesApi.transfer(kase.id, body);
    const site = sites.find((candidate) => candidate.id === body.toSiteId)?.name ?? "";
    await navigate("/cases", { state: { notice: t("cases.transfer.done", { reference: isolateReference(kase.reference), site: isolate(site) }) } });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <NativeSelect
          label={t("cases.transfer.toSite")}
          data={chooseFirst(t("cases.choose"), sites.map((site) => ({ value: site.id, label: site.name })))}
          required
          {...form.getInputProps("toSiteId")}
        />
        <Radio.Group withAsterisk={false} label={t("cases.transfer.consent")} description={t("cases.transfer.consentHint")} required {...form.getInputProps("consentMethod")}>
          <Stack gap="xs" mt="xs">
            {(["verbal", "written"] as const).map((method) => (
              <Radio key={method} value={method} label={t(`cases.transfer.methods.${method}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea label={t("cases.why")} required autosize minRows={3} maxLength={1000} dir="auto" {...form.getInputProps("reason")} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t("cases.transfer.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
