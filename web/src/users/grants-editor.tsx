/**
 * Edits a list of role grants inside a Mantine form whose values have `grants: GrantDraft[]`. The
 * site picker is offered only for roles held at one site.
 */
import { Button, Group, Paper, Select, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { roles, roleSchema, type Role } from "../../../core/roles.js";
import { useSignedInSession } from "../session/session-context.js";
import { isSiteScoped, newGrantDraft, type GrantDraft } from "./grants-form.js";

interface GrantsEditorProps {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form whose values hold `grants`.
  form: UseFormReturnType<{ grants: GrantDraft[] } & Record<string, any>, any, any>;
}

export function GrantsEditor({ form }: GrantsEditorProps) {
  const { t } = useTranslation();
  const { sites } = useSignedInSession();
  const grants = form.getValues().grants;
  const roleOptions = roles.map((role) => ({ value: role, label: t(`roles.${role}.name`) }));
  const siteOptions = sites.map((site) => ({ value: site.id, label: site.name }));

  return (
    <Stack gap="sm">
      {grants.length === 0 && <Text c="dimmed">{t("users.grants.none")}</Text>}
      {grants.map((grant, index) => {
        const roleName = grant.role ? t(`roles.${grant.role}.name`) : t("users.grants.newRole");
        return (
          <Paper key={grant.key} withBorder p="sm" role="group" aria-label={t("users.grants.rowLabel", { number: index + 1 })}>
            <Group align="flex-start" justify="space-between">
              <Group align="flex-start">
                <Select
                  label={t("users.grants.role")}
                  data={roleOptions}
                  placeholder={t("users.grants.chooseRole")}
                  allowDeselect={false}
                  w={240}
                  {...form.getInputProps(`grants.${index}.role`)}
                  onChange={(value) => {
                    const role = roleSchema.safeParse(value);
                    form.setFieldValue(`grants.${index}.role`, role.success ? role.data : null);
                    if (role.success && !isSiteScoped(role.data)) form.setFieldValue(`grants.${index}.siteId`, null);
                  }}
                />
                <Select
                  label={t("users.grants.site")}
                  data={siteOptions}
                  placeholder={sitePlaceholder(grant.role, t)}
                  disabled={!isSiteScoped(grant.role)}
                  allowDeselect={false}
                  w={240}
                  {...form.getInputProps(`grants.${index}.siteId`)}
                />
              </Group>
              <Button
                variant="subtle"
                color="red"
                onClick={() => form.removeListItem("grants", index)}
                aria-label={t("users.grants.removeNamed", { role: roleName })}
              >
                {t("users.grants.remove")}
              </Button>
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button variant="default" onClick={() => form.insertListItem("grants", newGrantDraft())}>
          {t("users.grants.add")}
        </Button>
      </Group>
    </Stack>
  );
}

function sitePlaceholder(role: Role | null, t: TFunction): string {
  if (role === null) return t("users.grants.roleFirst");
  return isSiteScoped(role) ? t("users.grants.chooseSite") : t("users.grants.wholeOrganisation");
}
