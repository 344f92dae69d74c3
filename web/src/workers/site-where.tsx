/**
 * The site a workers page shows: one of the sites where the server says the user may (managers of
 * the site, or administrators for the workers list), the one in the address, else the site they are
 * working at, else the first. A choice of site is offered when there is more than one.
 */
import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { useCurrentSite } from "../session/current-site.js";
import { useSignedInSession } from "../session/session-context.js";

type SiteAbility = "managesWorkers" | "seesCaseload";

export function useSiteWhere(ability: SiteAbility) {
  const session = useSignedInSession();
  const { site: current } = useCurrentSite();
  const [params, setParams] = useSearchParams();
  const sites = session.sites.filter((site) => session.siteAbilities[site.id]?.[ability] === true);
  const site = sites.find((candidate) => candidate.id === params.get("site")) ?? sites.find((candidate) => candidate.id === current?.id) ?? sites[0] ?? null;
  const choose = (siteId: string) => setParams({ site: siteId }, { replace: true });
  return { sites, site, choose };
}

export function SiteChooser({ sites, site, choose }: ReturnType<typeof useSiteWhere>) {
  const { t } = useTranslation();
  if (sites.length < 2 || !site) return null;
  return (
    <NativeSelect
      label={t("workers.site")}
      data={sites.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
      value={site.id}
      onChange={(event) => choose(event.currentTarget.value)}
      w={260}
    />
  );
}
