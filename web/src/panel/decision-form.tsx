/**
 * Recording the panel's decision on one case: a summary of the discussion, the decision (six kinds
 * in plain words), the referral when the decision refers the case out (its agency fixed by the
 * decision; a support plan or monitoring may also refer to another service), and the actions, each
 * with an owner and a due date. Checked with the core's schema before sending.
 */
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { decisionKinds, recordDecisionBodySchema, type DecisionView, type PanelCase } from "../../../core/api/panel.js";
import { maxActions, referralImpliedBy, type DecisionKind } from "../../../core/panel/decisions.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { isolate, localIsoDate } from "../i18n/format.js";
import { ReferralFields } from "./add-referral-dialog.js";
import { panelApi } from "./panel-api.js";
import { panelLabels } from "./panel-labels.js";

interface Values {
  discussionSummary: string;
  kind: string;
  alsoRefers: boolean;
  referral: { to: { kind: string; name: string }; sentOn: string };
  actions: { description: string; ownerId: string; dueOn: string }[];
}

const impliedBy = (kind: string) => (decisionKinds as readonly string[]).includes(kind) ? referralImpliedBy[kind as DecisionKind] : null;
const mayAlsoRefer = (kind: string) => kind === "organisation_led_support_plan" || kind === "monitor_and_review";
const hasReferral = (values: Values) => impliedBy(values.kind) !== null || (mayAlsoRefer(values.kind) && values.alsoRefers);

function toBody(values: Values) {
  const implied = impliedBy(values.kind);
  const to = implied ? { kind: implied } : values.referral.to.kind === "other" ? { kind: "other", name: values.referral.to.name } : { kind: values.referral.to.kind };
  return {
    discussionSummary: values.discussionSummary,
    kind: values.kind,
    actions: values.actions,
    ...(hasReferral(values) ? { referral: { to, sentOn: values.referral.sentOn } } : {}),
  };
}

export function DecisionForm({ panelCase, onRecorded }: { panelCase: PanelCase; onRecorded: (decision: DecisionView) => void }) {
  const { t } = useTranslation();
  const labels = panelLabels(t);
  const form = useForm<Values>({
    initialValues: { discussionSummary: "", kind: "", alsoRefers: false, referral: { to: { kind: "other", name: "" }, sentOn: localIsoDate(new Date()) }, actions: [] },
    validate: zodValidate<Values>(recordDecisionBodySchema, t, toBody),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => onRecorded(await panelApi.recordDecision(panelCase.meetingId, panelCase.caseId, recordDecisionBodySchema.parse(toBody(values)))));
  const implied = impliedBy(form.values.kind);
  const owners = panelCase.ownerOptions.map((owner) => ({ value: owner.userId, label: owner.memberOrganisation ? t("panel.decision.ownerOption", { name: isolate(owner.name), organisation: isolate(owner.memberOrganisation) }) : owner.name }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <Textarea label={t("panel.decision.summary")} description={t("panel.decision.summaryHint")} autosize minRows={4} maxLength={10_000} dir="auto" required {...form.getInputProps("discussionSummary")} />
        <NativeSelect label={t("panel.decision.kind")} data={chooseFirst(t("panel.choose"), decisionKinds.map((kind) => ({ value: kind, label: labels.decisionKind(kind) })))} required {...form.getInputProps("kind")} />
        {mayAlsoRefer(form.values.kind) && <Checkbox label={t("panel.decision.alsoRefers")} {...form.getInputProps("alsoRefers", { type: "checkbox" })} />}
        {hasReferral(form.values) && (
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Text fw={600}>{t("panel.decision.referral")}</Text>
              <ReferralFields
                kind={implied ?? form.values.referral.to.kind}
                isTargetFixed
                inputProps={(field) => (field === "to.kind" && implied ? { ...form.getInputProps("referral.to.kind"), value: implied } : form.getInputProps(`referral.${field}`))}
              />
            </Stack>
          </Paper>
        )}
        <Stack gap="xs">
          <Text fw={600}>{t("panel.decision.actions")}</Text>
          {form.values.actions.length === 0 && <Text size="sm">{t("panel.decision.noActionsYet")}</Text>}
          {form.values.actions.map((_, index) => (
            <Paper key={index} withBorder p="sm">
              <Stack gap="xs">
                <Textarea label={t("panel.decision.actionNumber", { number: index + 1 })} autosize minRows={2} maxLength={1000} dir="auto" required {...form.getInputProps(`actions.${index}.description`)} />
                <Group grow align="flex-start">
                  <NativeSelect label={t("panel.actions.owner")} data={chooseFirst(t("panel.choose"), owners)} required {...form.getInputProps(`actions.${index}.ownerId`)} />
                  <TextInput type="date" label={t("panel.actions.due")} min={localIsoDate(new Date())} required {...form.getInputProps(`actions.${index}.dueOn`)} />
                </Group>
                <Group>
                  <Button size="xs" variant="subtle" color="red" onClick={() => form.removeListItem("actions", index)} aria-label={t("panel.decision.removeActionNamed", { number: index + 1 })}>
                    {t("panel.decision.removeAction")}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          ))}
          {form.values.actions.length < maxActions && (
            <Group>
              <Button variant="default" size="sm" onClick={() => form.insertListItem("actions", { description: "", ownerId: "", dueOn: "" })}>
                {t("panel.decision.addAction")}
              </Button>
            </Group>
          )}
        </Stack>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t("panel.decision.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
