/**
 * The triage queue at the site the user is working at: how it stands (waiting, overdue, urgent),
 * waiting referrals oldest first, urgent and overdue ones marked in words; tabs for the decided ones.
 * The tab and page live in the address, so "back" from a referral returns to the same place.
 */
import { Alert, Button, Tabs, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearchParams } from "react-router-dom";
import { referralStatuses, type ReferralStatus } from "../../../core/referrals/referral-status.js";
import { Page } from "../components/page.js";
import { isolate, isolateReference } from "../i18n/format.js";
import { useCurrentSite } from "../session/current-site.js";
import { QueueCounts } from "./queue-counts.js";
import { ReferralQueueTable } from "./referral-queue-table.js";

function statusFrom(value: string | null): ReferralStatus {
  return referralStatuses.find((status) => status === value) ?? "received";
}

export function ReferralQueuePage() {
  const { t } = useTranslation();
  const { site } = useCurrentSite();
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get("status"));
  const page = Math.max(1, Number(params.get("page")) || 1);
  // Set by the referral form when the referral just recorded went to the safeguarding lead.
  const restrictedReference = (useLocation().state as { restrictedReference?: string } | null)?.restrictedReference;

  function show(next: { status?: ReferralStatus; page?: number }): void {
    const nextStatus = next.status ?? status;
    const nextPage = next.page ?? 1;
    setParams(
      {
        ...(nextStatus !== "received" ? { status: nextStatus } : {}),
        ...(nextPage > 1 ? { page: String(nextPage) } : {}),
      },
      { replace: true },
    );
  }

  return (
    <Page
      title={t("referrals.queueTitle")}
      actions={
        site && (
          <Button component={Link} to="/referrals/new">
            {t("referrals.record")}
          </Button>
        )
      }
    >
      {restrictedReference && (
        <Alert color="green" variant="light" role="status" title={t("referrals.recordedTitle")}>
          {t("referrals.recordedRestrictedBody", { reference: isolateReference(restrictedReference) })}
        </Alert>
      )}
      {!site ? (
        <Text>{t("referrals.noSite")}</Text>
      ) : (
        <>
          <Text>{t("referrals.queueIntro", { site: isolate(site.name) })}</Text>
          <QueueCounts siteId={site.id} siteName={site.name} />
          <Tabs value={status} onChange={(value) => show({ status: statusFrom(value) })} keepMounted={false}>
            <Tabs.List>
              {referralStatuses.map((tab) => (
                <Tabs.Tab key={tab} value={tab}>
                  {t(`referrals.tabs.${tab}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {referralStatuses.map((tab) => (
              <Tabs.Panel key={tab} value={tab} pt="md">
                <ReferralQueueTable siteId={site.id} siteName={site.name} status={tab} page={page} onPage={(next) => show({ page: next })} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      )}
    </Page>
  );
}
