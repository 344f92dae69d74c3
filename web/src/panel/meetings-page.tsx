/**
 * The panel's meetings at the site, upcoming or past: when, where, how many cases and decisions, and
 * when members can read the papers. The safeguarding lead schedules new ones here.
 */
import { Anchor, Badge, Button, SegmentedControl, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import type { MeetingSummary } from "../../../core/api/panel.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { useFormat } from "../i18n/format.js";
import { useCurrentSite } from "../session/current-site.js";
import { panelApi } from "./panel-api.js";
import { ScheduleMeetingDialog } from "./schedule-meeting-dialog.js";

export function MeetingsPage() {
  const { t } = useTranslation();
  const { site } = useCurrentSite();
  const navigate = useNavigate();
  const [when, setWhen] = useState<"upcoming" | "past">("upcoming");
  const [isScheduling, setIsScheduling] = useState(false);
  const { state, reload } = useLoad(() => panelApi.meetings(site?.id ?? null, when), [site?.id, when]);
  const canSchedule = state.status === "ready" && state.data.abilities.schedule && site !== null;

  return (
    <Page title={t("panel.meetings.title")} actions={canSchedule && <Button onClick={() => setIsScheduling(true)}>{t("panel.meetings.schedule")}</Button>}>
      <SegmentedControl
        aria-label={t("panel.meetings.whichLabel")}
        value={when}
        onChange={(value) => setWhen(value === "past" ? "past" : "upcoming")}
        data={[
          { value: "upcoming", label: t("panel.meetings.upcoming") },
          { value: "past", label: t("panel.meetings.past") },
        ]}
        w="fit-content"
      />
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        (state.data.items.length === 0 ? (
          <Text>{t(when === "upcoming" ? "panel.meetings.noneUpcoming" : "panel.meetings.nonePast")}</Text>
        ) : (
          <MeetingTable items={state.data.items} caption={t(when === "upcoming" ? "panel.meetings.captionUpcoming" : "panel.meetings.captionPast")} />
        ))}
      {site && (
        <ScheduleMeetingDialog
          siteId={site.id}
          opened={isScheduling}
          onClose={() => setIsScheduling(false)}
          onScheduled={(meetingId) => void navigate(`/panel/meetings/${meetingId}`)}
        />
      )}
    </Page>
  );
}

export function MeetingTable({ items, caption }: { items: readonly MeetingSummary[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("panel.meetings.when")}</Table.Th>
            <Table.Th scope="col">{t("panel.meetings.location")}</Table.Th>
            <Table.Th scope="col">{t("panel.meetings.cases")}</Table.Th>
            <Table.Th scope="col">{t("panel.meetings.papers")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((meeting) => (
            <Table.Tr key={meeting.id}>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <Anchor component={Link} to={`/panel/meetings/${meeting.id}`} fw={600}>
                    {format.dateTime(meeting.startsAt)}
                  </Anchor>
                  {meeting.isCancelled && (
                    <Badge color="gray" variant="light">
                      {t("panel.meetings.cancelled")}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td dir="auto">{meeting.location}</Table.Td>
              <Table.Td>{t("panel.meetings.casesCount", { count: meeting.agendaCount, decided: meeting.decidedCount })}</Table.Td>
              <Table.Td>
                <Text size="sm">{t("panel.meetings.window", { opens: format.dateTime(meeting.access.opensAt), closes: format.dateTime(meeting.access.closesAt) })}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
