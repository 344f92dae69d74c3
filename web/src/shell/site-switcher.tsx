/**
 * Chooses the site the user is working at; just names it when they work at only one, and shows
 * nothing for people who work for the whole organisation (its name is beside the product name).
 */
import { Select, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCurrentSite } from "../session/current-site.js";
import { useSignedInSession } from "../session/session-context.js";

export function SiteSwitcher() {
  const { t } = useTranslation();
  const { sites } = useSignedInSession();
  const { site, worksAtSites, chooseSite } = useCurrentSite();
  if (!worksAtSites) return null;
  if (sites.length <= 1) {
    return site ? <Text fw={500}>{site.name}</Text> : null;
  }
  return (
    <Select
      aria-label={t("shell.site")}
      data={sites.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
      value={site?.id ?? null}
      onChange={(value) => value && chooseSite(value)}
      allowDeselect={false}
      searchable={sites.length > 8}
      nothingFoundMessage={t("common.nothingFound")}
      w={200}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
