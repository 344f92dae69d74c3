/** Inviting a new user: their details and roles, then the invitation link to pass on. */
import { Anchor, Button, Group, Paper, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { createUserBodySchema } from "../../../core/api/admin.js";
import { FormError } from "../components/form-error.js";
import { Page } from "../components/page.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { GrantsEditor } from "./grants-editor.js";
import { newGrantDraft, toGrants, validateGrantDrafts, type GrantDraft } from "./grants-form.js";
import { invitationLink, OneTimeLinkPanel } from "./one-time-link-panel.js";
import { usersApi, type InvitationIssued } from "./users-api.js";

interface Values {
  email: string;
  displayName: string;
  grants: GrantDraft[];
}

export function UserCreatePage() {
  const { t } = useTranslation();
  const [issued, setIssued] = useState<InvitationIssued | null>(null);
  const validateBody = zodValidate(createUserBodySchema, t, (values: Values) => ({ ...values, grants: toGrants(values.grants) }));
  const form = useForm<Values>({
    initialValues: { email: "", displayName: "", grants: [newGrantDraft()] },
    validate: (values) => ({ ...validateBody(values), ...validateGrantDrafts(values.grants, t) }),
  });
  const { formError, handleSubmit } = useServerForm(form, {
    conflict: { field: "email", messageKey: "users.emailTaken" },
  });
  const submit = handleSubmit(async (values) => {
    const body = createUserBodySchema.parse({ ...values, grants: toGrants(values.grants) });
    setIssued(await usersApi.create(body));
  });

  if (issued) {
    return (
      <Page title={t("users.invited")}>
        <OneTimeLinkPanel link={invitationLink(issued)} />
        <Group>
          <Button component={Link} to={`/users/${issued.user.id}`}>
            {t("users.openUser", { name: issued.user.displayName })}
          </Button>
          <Button variant="default" onClick={() => { form.reset(); setIssued(null); }}>
            {t("users.inviteAnother")}
          </Button>
        </Group>
      </Page>
    );
  }

  return (
    <Page title={t("users.inviteTitle")}>
      <Anchor component={Link} to="/users">
        {t("users.backToList")}
      </Anchor>
      <form onSubmit={submit} noValidate>
        <Stack maw={720}>
          <FormError message={formError} />
          <TextInput label={t("users.displayName")} required {...form.getInputProps("displayName")} />
          <TextInput
            label={t("users.email")}
            description={t("users.emailHint")}
            type="email"
            dir="ltr"
            required
            {...form.getInputProps("email")}
          />
          <Paper withBorder p="md" component="fieldset">
            <Title order={2} size="h3" component="legend" px={4}>
              {t("users.roles")}
            </Title>
            <GrantsEditor form={form} />
          </Paper>
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t("users.createInvitation")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
