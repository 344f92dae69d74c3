/**
 * A partner's page: its details, contacts, agreements (each with its state today) and pathways, and
 * what has happened with it as small summary cards (sessions and people reached, training and people
 * trained, referrals from it and what became of them). Counts only: no one is named. Those who keep
 * the directory change it in a dialog, deactivating or reactivating it included.
 */
import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { outreachDashboardApi } from "../dashboard/dashboard-api.js";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { PartnerView } from "../../../../core/api/outreach-partners.js";
import { FactList } from "../../components/fact-list.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { isolate } from "../../i18n/format.js";
import { OutreachPage } from "../outreach-page.js";
import { InactiveBadge, SharingBadge } from "./partner-badges.js";
import { PartnerDialog } from "./partner-dialog.js";
import { AgreementList, ContactList } from "./partner-details.js";
import { PartnerHistoryCards } from "./partner-history-cards.js";
import { partnersApi } from "./partners-api.js";

export function PartnerPage() {
  const { t } = useTranslation();
  const { partnerId = "" } = useParams();
  const { state, reload, replace } = useLoad(() => partnersApi.page(partnerId), [partnerId]);
  const [isEditing, setEditing] = useState(false);
  const partner = state.status === "ready" ? state.data.partner : null;
  const back = (
    <Anchor component={Link} to="/outreach/partners">
      {t("partners.page.back")}
    </Anchor>
  );

  return (
    <OutreachPage
      title={partner?.name ?? t("partners.page.title")}
      actions={
        partner?.abilities.edit && (
          <Button onClick={() => setEditing(true)} aria-label={t("partners.page.editNamed", { name: isolate(partner.name) })}>
            {t("partners.page.edit")}
          </Button>
        )
      }
    >
      {() => (
        <>
          {back}
          {state.status === "loading" && <Loading />}
          {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
          {state.status === "ready" && (
            <>
              <Details partner={state.data.partner} />
              <PartnerHistoryCards partnerId={state.data.partner.id} history={state.data.history} />
              {state.data.partner.abilities.edit && (
                <Stack gap={4}>
                  <Anchor href={outreachDashboardApi.partnerSummaryUrl(state.data.partner.id)} target="_blank" rel="noopener" fw={600}>
                    {t("partners.page.summaryPdf")}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t("partners.page.summaryHint")}
                  </Text>
                </Stack>
              )}
              <PartnerDialog
                siteId={state.data.partner.siteId}
                partner={isEditing ? state.data.partner : null}
                onClose={() => setEditing(false)}
                onSaved={(saved) => {
                  setEditing(false);
                  replace({ ...state.data, partner: saved });
                }}
              />
            </>
          )}
        </>
      )}
    </OutreachPage>
  );
}

function Details({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(t("outreach.listSeparator")) : t("partners.page.noneGiven"));
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <SharingBadge state={partner.sharingAgreement} />
        {!partner.isActive && <InactiveBadge />}
      </Group>
      <Section title={t("partners.page.details")}>
        <FactList
          facts={[
            { label: t("partners.form.type"), value: t(`outreach.partnerTypes.${partner.type}`) },
            {
              label: t("partners.form.address"),
              value: partner.address || partner.postcode ? <bdi>{[partner.address, partner.postcode].filter(Boolean).join(", ")}</bdi> : t("partners.page.noneGiven"),
            },
            { label: t("partners.form.pathways"), value: list(partner.pathways.map((pathway) => t(`outreach.pathways.${pathway}`))) },
            { label: t("partners.form.languages"), value: list(partner.languages.map((language) => t(`public.supportLanguages.${language}`))) },
          ]}
        />
        {partner.notes && (
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t("partners.form.notes")}
            </Text>
            <Text style={{ whiteSpace: "pre-wrap" }} dir="auto">
              {partner.notes}
            </Text>
          </Stack>
        )}
      </Section>
      <Section title={t("partners.form.contacts")}>
        <ContactList contacts={partner.contacts} />
      </Section>
      <Section title={t("partners.form.agreements")}>
        <AgreementList agreements={partner.agreements} />
      </Section>
    </>
  );
}
