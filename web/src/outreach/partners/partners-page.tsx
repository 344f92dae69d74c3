/**
 * The site's partner directory: a card per partner (its type, pathways, languages, whether an
 * information-sharing agreement is in force, its last session), searched by name and filtered by
 * type and pathway. The filters live in the address, so "back" from a partner returns to the same
 * list. Those who keep the directory add partners here.
 */
import { Anchor, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { partnerPathways, partnerTypes, type PartnerSummary } from "../../../../core/api/outreach-partners.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { OutreachPage } from "../outreach-page.js";
import type { OutreachHere } from "../outreach-here.js";
import { InactiveBadge, SharingBadge } from "./partner-badges.js";
import { PartnerDialog } from "./partner-dialog.js";
import { partnersApi } from "./partners-api.js";

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => values.find((candidate) => candidate === value);

export function PartnersPage() {
  const { t } = useTranslation();
  return <OutreachPage title={t("partners.list.title")}>{(here) => <Directory here={here} />}</OutreachPage>;
}

function Directory({ here }: { here: OutreachHere }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const type = oneOf(partnerTypes, params.get("type"));
  const pathway = oneOf(partnerPathways, params.get("pathway"));
  const includeInactive = params.get("inactive") === "true";
  const [search, setSearch] = useState(params.get("q") ?? "");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [isAdding, setAdding] = useState(false);

  function show(next: Record<string, string | undefined>): void {
    const merged = { type, pathway, q: q || undefined, inactive: includeInactive ? "true" : undefined, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "")), { replace: true });
  }
  // The search box types freely; the address follows once typing pauses (only a settled search moves it).
  useEffect(() => {
    if ((params.get("q") ?? "") !== q) show({ q: q || undefined });
  }, [q]);

  const { state, reload } = useLoad(
    () => partnersApi.list({ siteId: here.siteId, type, pathway, q: q || undefined, includeInactive: includeInactive ? "true" : undefined }),
    [here.siteId, type, pathway, q, includeInactive],
  );
  const canCreate = state.status === "ready" && state.data.abilities.create;
  const isFiltered = Boolean(type || pathway || q);

  return (
    <>
      <Text maw="70ch">{t("partners.list.intro", { site: isolate(here.siteName) })}</Text>
      <Stack gap="sm" role="search" aria-label={t("partners.list.filters")}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput type="search" label={t("partners.list.search")} value={search} onChange={(event) => setSearch(event.currentTarget.value)} maxLength={100} dir="auto" />
          <NativeSelect
            label={t("partners.list.type")}
            value={type ?? ""}
            onChange={(event) => show({ type: event.currentTarget.value || undefined })}
            data={[{ value: "", label: t("partners.list.anyType") }, ...partnerTypes.map((value) => ({ value, label: t(`outreach.partnerTypes.${value}`) }))]}
          />
          <NativeSelect
            label={t("partners.list.pathway")}
            value={pathway ?? ""}
            onChange={(event) => show({ pathway: event.currentTarget.value || undefined })}
            data={[{ value: "", label: t("partners.list.anyPathway") }, ...partnerPathways.map((value) => ({ value, label: t(`outreach.pathways.${value}`) }))]}
          />
        </SimpleGrid>
        <Group justify="space-between" wrap="wrap">
          <Checkbox label={t("partners.list.includeInactive")} checked={includeInactive} onChange={(event) => show({ inactive: event.currentTarget.checked ? "true" : undefined })} />
          {canCreate && <Button onClick={() => setAdding(true)}>{t("partners.list.add")}</Button>}
        </Group>
      </Stack>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {state.data.items.length === 0 ? t(isFiltered ? "partners.list.noMatches" : "partners.list.none") : t("partners.list.count", { count: state.data.items.length })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {state.data.items.map((partner) => (
              <PartnerCard key={partner.id} partner={partner} />
            ))}
          </SimpleGrid>
          {state.data.isTruncated && <Text size="sm">{t("partners.list.truncated", { count: state.data.items.length })}</Text>}
        </>
      )}
      <PartnerDialog siteId={here.siteId} partner={isAdding ? "new" : null} onClose={() => setAdding(false)} onSaved={(partner) => navigate(`/outreach/partners/${partner.id}`)} />
    </>
  );
}

function PartnerCard({ partner }: { partner: PartnerSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = (values: readonly string[]) => values.join(t("outreach.listSeparator"));
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid="partner-card">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={`/outreach/partners/${partner.id}`} fw={700}>
            <bdi>{partner.name}</bdi>
          </Anchor>
          {!partner.isActive && <InactiveBadge />}
        </Group>
        <Text size="sm">
          {t(`outreach.partnerTypes.${partner.type}`)}
          {partner.postcode && (
            <>
              {" · "}
              <bdi dir="ltr">{partner.postcode}</bdi>
            </>
          )}
        </Text>
        {partner.pathways.length > 0 && <Text size="sm">{list(partner.pathways.map((pathway) => t(`outreach.pathways.${pathway}`)))}</Text>}
        {partner.languages.length > 0 && (
          <Text size="sm" c="dimmed">
            {t("partners.list.languages", { languages: list(partner.languages.map((language) => t(`public.supportLanguages.${language}`))) })}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          <SharingBadge state={partner.sharingAgreement} />
        </Group>
        <Text size="sm" c="dimmed">
          {partner.lastSessionAt ? t("partners.list.lastSession", { date: format.date(partner.lastSessionAt) }) : t("partners.list.noSession")}
        </Text>
      </Stack>
    </Paper>
  );
}
