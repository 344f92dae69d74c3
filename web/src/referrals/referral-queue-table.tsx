/** One tab of the triage queue: a page of referrals with what a triager needs to choose the next one. */
import { Group, Pagination, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReferralStatus } from "../../../core/referrals/referral-status.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { usePaginationLabels } from "../components/pagination-labels.js";
import { RelativeTime } from "../components/relative-time.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { OverdueBadge, ReasonTags, RestrictedBadge, UrgencyBadge, useSourceLabel } from "./referral-badges.js";
import { referralsApi, type ReferralSummary } from "./referrals-api.js";
import { RecordLink } from "../components/record-link.js";

const pageSize = 25;

interface ReferralQueueTableProps {
  siteId: string;
  siteName: string;
  status: ReferralStatus;
  page: number;
  onPage: (page: number) => void;
}

export function ReferralQueueTable({ siteId, siteName, status, page, onPage }: ReferralQueueTableProps) {
  const { t } = useTranslation();
  const paginationLabels = usePaginationLabels();
  const { state, reload } = useLoad(() => referralsApi.queue({ siteId, status, page, pageSize }), [siteId, status, page]);

  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { items, total } = state.data;
  if (items.length === 0) return <Text>{t(`referrals.empty.${status}`, { site: isolate(siteName) })}</Text>;
  return (
    <Stack>
      <Table.ScrollContainer minWidth={960}>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Caption>{t(`referrals.caption.${status}`, { count: total, site: isolate(siteName) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("referrals.reference")}</Table.Th>
              <Table.Th>{t("referrals.received")}</Table.Th>
              <Table.Th>{t("referrals.source")}</Table.Th>
              <Table.Th>{t("referrals.reasonsLabel")}</Table.Th>
              <Table.Th>{t("referrals.urgencyLabel")}</Table.Th>
              <Table.Th>{status === "received" ? t("referrals.dueBy") : t("referrals.decided")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((referral) => (
              <QueueRow key={referral.id} referral={referral} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > pageSize && <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={onPage} {...paginationLabels} />}
    </Stack>
  );
}

function QueueRow({ referral }: { referral: ReferralSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sourceLabel = useSourceLabel();
  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <RecordLink kind="referral" id={referral.id} reference={referral.reference} />
          {referral.isRestricted && <RestrictedBadge />}
        </Stack>
      </Table.Td>
      <Table.Td>
        <RelativeTime iso={referral.receivedAt} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{sourceLabel(referral.source)}</Text>
        {referral.channel === "public_form" && (
          <Text size="xs" c="dimmed">
            {t("referrals.channel.public_form")}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <ReasonTags reasons={referral.reasons} />
      </Table.Td>
      <Table.Td>
        <UrgencyBadge urgency={referral.urgency} />
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="wrap">
          <Text size="sm">{format.date(referral.decidedAt ?? referral.triageDueAt)}</Text>
          {referral.isOverdue && <OverdueBadge status={referral.status} />}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
