/**
 * On a restricted case, the people named on it (they alone may see it) and, for those allowed to
 * restrict the case, a way to name someone else from the site's staff. Only people who work cases
 * at the site are offered; the server checks the same.
 */
import { Button, Group, List, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { accessGrantBodySchema } from "../../../core/api/cases.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { LoadFailed } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { isolate } from "../i18n/format.js";
import { sitesApi } from "../sites/sites-api.js";
import type { CaseNotice } from "./case-notice.js";
import { casesApi, type CaseDetail } from "./cases-api.js";

interface NamedPeopleProps {
  kase: CaseDetail;
  onChanged: (kase: CaseDetail, notice: CaseNotice) => void;
}

export function NamedPeople({ kase, onChanged }: NamedPeopleProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t("cases.restriction.named")}
      </Title>
      <List spacing={2} size="sm">
        {kase.namedPeople.map((person) => (
          <List.Item key={person.userId}>{person.name}</List.Item>
        ))}
      </List>
      {kase.abilities.restrict && <NameForm kase={kase} onChanged={onChanged} />}
    </Stack>
  );
}

function NameForm({ kase, onChanged }: NamedPeopleProps) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => sitesApi.staff(kase.siteId), [kase.siteId]);
  const form = useForm({ initialValues: { userId: "" }, validate: zodValidate(accessGrantBodySchema, t) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    const { userId } = accessGrantBodySchema.parse(values);
    const next = await casesApi.nameOnCase(kase.id, userId);
    const name = next.namedPeople.find((person) => person.userId === userId)?.name ?? "";
    form.reset();
    onChanged(next, { key: "cases.restriction.namedDone", values: { name: isolate(name) } });
  });
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const isNamed = (userId: string) => kase.namedPeople.some((person) => person.userId === userId);
  const candidates =
    state.status === "ready"
      ? state.data.filter((person) => person.assignableAs.length > 0 && !isNamed(person.id)).map((person) => ({ value: person.id, label: person.displayName }))
      : [];
  if (state.status === "ready" && candidates.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("cases.restriction.nobodyToName")}
      </Text>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={formError} />
        <NativeSelect
          label={t("cases.restriction.nameLabel")}
          description={t("cases.restriction.nameHint")}
          data={chooseFirst(t("cases.choose"), candidates)}
          disabled={state.status !== "ready"}
          required
          {...form.getInputProps("userId")}
        />
        <Group>
          <Button type="submit" variant="default" loading={form.submitting}>
            {t("cases.restriction.nameSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
