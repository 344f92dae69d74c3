/** Assigning someone who works at the case's site, in a role; a new key worker replaces the current one. */
import { Button, Group, NativeSelect, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { assignBodySchema, assignmentRoles } from "../../../core/api/cases.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { useLoad } from "../components/use-load.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { usersApi } from "../users/users-api.js";
import { casesApi, type AssignmentRole, type CaseDetail } from "./cases-api.js";

export function AssignForm({ kase, onAssigned }: { kase: CaseDetail; onAssigned: (kase: CaseDetail) => void }) {
  const { t } = useTranslation();
  const { state } = useLoad(() => usersApi.list({ page: 1, pageSize: 100 }), []);
  const staff =
    state.status === "ready"
      ? state.data.items
          .filter((user) => user.isActive && user.grants.some((grant) => grant.siteId === kase.siteId))
          .map((user) => ({ value: user.id, label: user.displayName }))
      : [];
  const form = useForm<{ userId: string; role: AssignmentRole | "" }>({
    initialValues: { userId: "", role: "" },
    validate: zodValidate(assignBodySchema, t),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    onAssigned(await casesApi.assign(kase.id, assignBodySchema.parse(values)));
    form.reset();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={formError} />
        <NativeSelect label={t("cases.assignments.person")} data={chooseFirst(t("cases.choose"), staff)} disabled={state.status !== "ready"} required {...form.getInputProps("userId")} />
        <NativeSelect
          label={t("cases.assignments.role")}
          data={chooseFirst(t("cases.choose"), assignmentRoles.map((role) => ({ value: role, label: t(`cases.roles.${role}`) })))}
          required
          {...form.getInputProps("role")}
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
