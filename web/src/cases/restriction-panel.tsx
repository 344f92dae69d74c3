/**
 * Who may see the case: everyone working the site's caseload, or (restricted) only the people named
 * on it, who are listed. Managers can restrict or lift the restriction, giving a reason that goes on
 * the timeline, and name people on a restricted case.
 */
import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { restrictionBodySchema } from "../../../core/api/cases.js";
import { hasCode } from "../api/error-messages.js";
import { AppModal } from "../components/app-modal.js";
import { FormError } from "../components/form-error.js";
import { Section } from "../components/section.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import type { CaseNotice } from "./case-notice.js";
import { casesApi, type CaseDetail } from "./cases-api.js";
import { NamedPeople } from "./named-people.js";

interface RestrictionPanelProps {
  kase: CaseDetail;
  onChanged: (kase: CaseDetail, notice: CaseNotice) => void;
  onStale: () => void;
}

export function RestrictionPanel({ kase, onChanged, onStale }: RestrictionPanelProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const action = kase.isRestricted ? "lift" : "restrict";
  return (
    <Section title={t("cases.restriction.title")}>
      <Text size="sm">{t(kase.isRestricted ? "cases.restriction.isRestricted" : "cases.restriction.isOpen")}</Text>
      {kase.abilities.restrict && (
        <Group>
          <Button variant="default" onClick={() => setIsOpen(true)}>
            {t(`cases.restriction.${action}`)}
          </Button>
        </Group>
      )}
      {kase.isRestricted && <NamedPeople kase={kase} onChanged={onChanged} />}
      <AppModal opened={isOpen} onClose={() => setIsOpen(false)} title={t(`cases.restriction.${action}`)}>
        {isOpen && (
          <RestrictionForm
            kase={kase}
            onCancel={() => setIsOpen(false)}
            onDone={(next) => {
              setIsOpen(false);
              onChanged(next, { key: `cases.restriction.done.${action}` });
            }}
            onStale={() => {
              setIsOpen(false);
              onStale();
            }}
          />
        )}
      </AppModal>
    </Section>
  );
}

function RestrictionForm({ kase, onCancel, onDone, onStale }: { kase: CaseDetail; onCancel: () => void; onDone: (kase: CaseDetail) => void; onStale: () => void }) {
  const { t } = useTranslation();
  const toBody = (values: { reason: string }) => ({ isRestricted: !kase.isRestricted, reason: values.reason });
  const form = useForm({ initialValues: { reason: "" }, validate: zodValidate(restrictionBodySchema, t, toBody) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      onDone(await casesApi.setRestriction(kase.id, restrictionBodySchema.parse(toBody(values))));
    } catch (error) {
      if (hasCode(error, "conflict")) onStale();
      else throw error;
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t(kase.isRestricted ? "cases.restriction.liftExplain" : "cases.restriction.restrictExplain")}</Text>
        <FormError message={formError} />
        <Textarea label={t("cases.why")} required autosize minRows={3} maxLength={1000} dir="auto" {...form.getInputProps("reason")} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(kase.isRestricted ? "cases.restriction.lift" : "cases.restriction.restrict")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
