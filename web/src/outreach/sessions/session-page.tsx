/**
 * One outreach session: when and where, who was there, the headcount (with its bands), follow-ups,
 * notes, the resources handed out with the stock now left, and how many referrals came from it.
 * Just after logging it says so. Those who work the site's outreach may correct it.
 */
import { Alert, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router-dom";
import type { OutreachSessionDetail } from "../../../../core/api/outreach-sessions.js";
import { FactList } from "../../components/fact-list.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { Section } from "../../components/section.js";
import { useLoad } from "../../components/use-load.js";
import { useFormat } from "../../i18n/format.js";
import { useSignedInSession } from "../../session/session-context.js";
import { workHere } from "../../shell/work-here.js";
import { referFromSessionPath } from "../attribution/attribution-api.js";
import { stockItemName } from "../outreach-labels.js";
import { OutreachPage } from "../outreach-page.js";
import { dayWithYear, londonParts, londonTime, timeRange } from "./london-days.js";
import { outreachSessionsApi } from "./sessions-api.js";

export function OutreachSessionPage() {
  const { t } = useTranslation();
  return <OutreachPage title={t("outreachSessions.session.title")}>{(here) => <SessionDetail siteId={here.siteId} />}</OutreachPage>;
}

function SessionDetail({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const { sessionId = "" } = useParams();
  const location = useLocation();
  const justLogged = (location.state as { logged?: boolean } | null)?.logged === true;
  const { state, reload } = useLoad(() => outreachSessionsApi.session(sessionId), [sessionId]);
  // Those who record referrals at the site can record one that came from this session.
  const recordsReferrals = workHere(useSignedInSession(), siteId).worksCaseload;
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const session = state.data;
  return (
    <Stack gap="md">
      {justLogged && (
        <Alert color="green" role="status" data-testid="session-saved">
          {t("outreachSessions.session.saved")}
        </Alert>
      )}
      <Overview session={session} />
      <Resources session={session} />
      <Group gap="sm">
        {session.abilities.edit && (
          <Button component={Link} to={`/outreach/sessions/${session.id}/edit`} variant="light" size="md">
            {t("outreachSessions.session.edit")}
          </Button>
        )}
        {recordsReferrals && (
          <Button component={Link} to={referFromSessionPath(session.id)} variant="light" size="md">
            {t("outreachSessions.session.refer")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function Overview({ session }: { session: OutreachSessionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ends = new Date(new Date(session.startsAt).getTime() + session.durationMinutes * 60_000).toISOString();
  const bands = (set: "byAgeBand" | "byGender", key: "ageBands" | "genders") =>
    Object.entries(session.headcount[set] ?? {})
      .map(([band, count]) => `${t(`outreach.${key}.${band}`)}: ${format.number(count ?? 0)}`)
      .join(t("outreach.listSeparator"));
  const facts = [
    { label: t("outreachSessions.session.where"), value: <bdi>{session.partner?.name ?? session.venue}</bdi> },
    { label: t("outreachSessions.session.when"), value: `${dayWithYear(londonParts(session.startsAt).day)} · ${timeRange(t("outreachSessions.card.time", { start: londonTime(session.startsAt), end: londonTime(ends) }))}` },
    { label: t("outreachSessions.session.type"), value: t(`outreach.sessionTypes.${session.sessionType}`) },
    { label: t("outreachSessions.session.headcount"), value: <span data-testid="session-headcount">{format.number(session.headcountTotal)}</span> },
    ...(session.headcount.byAgeBand ? [{ label: t("outreachSessions.form.byAgeBand"), value: bands("byAgeBand", "ageBands") }] : []),
    ...(session.headcount.byGender ? [{ label: t("outreachSessions.form.byGender"), value: bands("byGender", "genders") }] : []),
    { label: t("outreachSessions.session.followUps"), value: format.number(session.followUpContacts) },
    { label: t("outreachSessions.session.referrals"), value: format.number(session.referralsAttributed) },
    { label: t("outreachSessions.form.topics"), value: session.topics.length > 0 ? session.topics.map((topic) => t(`outreach.topics.${topic}`)).join(t("outreach.listSeparator")) : t("outreachSessions.session.none") },
    { label: t("outreachSessions.form.staff"), value: session.staff.map((person) => `\u2068${person.displayName}\u2069`).join(t("outreach.listSeparator")) },
  ];
  return (
    <Section title={t("outreachSessions.session.logged")}>
      <FactList facts={facts} />
      {session.notes && (
        <Text style={{ whiteSpace: "pre-wrap" }} dir="auto">
          {session.notes}
        </Text>
      )}
    </Section>
  );
}

function Resources({ session }: { session: OutreachSessionDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t("outreachSessions.session.resources")}>
      {session.resources.length === 0 ? (
        <Text c="dimmed">{t("outreachSessions.session.noResources")}</Text>
      ) : (
        <Table data-testid="session-resources">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("outreachSessions.session.item")}</Table.Th>
              <Table.Th>{t("outreachSessions.session.handedOut")}</Table.Th>
              <Table.Th>{t("outreachSessions.session.left")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {session.resources.map((line) => (
              <Table.Tr key={line.itemId} data-testid={`session-resource-${line.code}`}>
                <Table.Td>{stockItemName(t, line)}</Table.Td>
                <Table.Td data-testid="handed-out">{format.number(line.quantity)}</Table.Td>
                <Table.Td data-testid="stock-left">{format.number(line.levelNow)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
