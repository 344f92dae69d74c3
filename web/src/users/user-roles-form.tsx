/** Changing a user's roles; the whole list is saved at once, as the API expects. */
import { Alert, Button, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { setRolesBodySchema, type User } from "../../../core/api/admin.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { GrantsEditor } from "./grants-editor.js";
import { newGrantDraft, toGrants, validateGrantDrafts, type GrantDraft } from "./grants-form.js";
import { usersApi } from "./users-api.js";

export function UserRolesForm({ user, onSaved }: { user: User; onSaved: (user: User) => void }) {
  const { t } = useTranslation();
  const [isSaved, setIsSaved] = useState(false);
  const form = useForm<{ grants: GrantDraft[] }>({
    initialValues: { grants: user.grants.map((grant) => newGrantDraft(grant)) },
    validate: (values) => validateGrantDrafts(values.grants, t),
    onValuesChange: () => setIsSaved(false),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    const body = setRolesBodySchema.parse({ grants: toGrants(values.grants) });
    const saved = await usersApi.setRoles(user.id, body.grants);
    form.resetDirty();
    setIsSaved(true);
    onSaved(saved);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {isSaved && (
          <Alert color="green" variant="light" role="status">
            {t("users.rolesSaved")}
          </Alert>
        )}
        <FormError message={formError} />
        <GrantsEditor form={form} />
        <Group>
          <Button type="submit" loading={form.submitting} disabled={!form.isDirty()}>
            {t("users.saveRoles")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
