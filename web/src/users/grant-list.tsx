/** A read-only list of role grants: "Caseworker — Birmingham", "Administrator — whole organisation". */
import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RoleGrant } from "../../../core/roles.js";
import { useSignedInSession } from "../session/session-context.js";

export function GrantList({ grants }: { grants: readonly RoleGrant[] }) {
  const { t } = useTranslation();
  const siteName = useSiteName();
  if (grants.length === 0) return <Text c="dimmed">{t("users.grants.none")}</Text>;
  return (
    <List spacing={4}>
      {grants.map((grant) => (
        <List.Item key={`${grant.role}:${grant.siteId ?? ""}`}>
          {t("users.grants.summary", { role: t(`roles.${grant.role}.name`), place: siteName(grant.siteId) })}
        </List.Item>
      ))}
    </List>
  );
}

/** A site's name from the session, or a plain phrase for organisation-wide and unknown sites. */
export function useSiteName(): (siteId: string | null) => string {
  const { t } = useTranslation();
  const { sites } = useSignedInSession();
  return (siteId) => {
    if (siteId === null) return t("users.grants.wholeOrganisation");
    return sites.find((site) => site.id === siteId)?.name ?? t("users.grants.otherSite");
  };
}
