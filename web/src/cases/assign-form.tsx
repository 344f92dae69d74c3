/**
 * Assigning someone who works at the case's site, in a role; a new key worker replaces the current
 * one. The site's staff list comes from the server with the roles each person could take, so
 * choosing the role first narrows the people offered to those who can take it.
 */
import { Button, Group, NativeSelect, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { assignBodySchema, assignmentRoles } from "../../../core/api/cases.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { sitesApi } from "../sites/sites-api.js";
import { casesApi, type AssignmentRole, type CaseDetail } from "./cases-api.js";

interface Values {
  role: AssignmentRole | "";
  userId: string;
}

export function AssignForm({ kase, onAssigned }: { kase: CaseDetail; onAssigned: (kase: CaseDetail) => void }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => sitesApi.staff(kase.siteId), [kase.siteId]);
  const form = useForm<Values>({ initialValues: { role: "", userId: "" }, validate: zodValidate(assignBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    onAssigned(await casesApi.assign(kase.id, assignBodySchema.parse(values)));
    form.reset();
  });
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;

  const { role } = form.values;
  const isInRole = (userId: string) => kase.assignments.some((assignment) => assignment.userId === userId && assignment.role === role);
  const candidates =
    state.status === "ready" && role !== ""
      ? state.data.filter((person) => person.assignableAs.includes(role) && !isInRole(person.id)).map((person) => ({ value: person.id, label: person.displayName }))
      : [];
  const roleLabel = role === "" ? "" : t(`cases.roles.${role}`);
  const personHint = role === "" ? t("cases.assignments.roleFirst") : state.status === "ready" && candidates.length === 0 ? t("cases.assignments.nobodyFor", { role: roleLabel }) : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={formError} />
        <NativeSelect
          label={t("cases.assignments.role")}
          data={chooseFirst(t("cases.choose"), assignmentRoles.map((option) => ({ value: option, label: t(`cases.roles.${option}`) })))}
          required
          {...form.getInputProps("role")}
          onChange={(event) => form.setValues({ role: assignmentRoles.find((option) => option === event.currentTarget.value) ?? "", userId: "" })}
        />
        <NativeSelect
          label={t("cases.assignments.person")}
          description={personHint}
          data={chooseFirst(t("cases.choose"), candidates)}
          disabled={state.status !== "ready" || candidates.length === 0}
          required
          {...form.getInputProps("userId")}
        />
        <Group>
          <Button type="submit" variant="default" loading={form.submitting}>
            {t("cases.assignments.assign")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
