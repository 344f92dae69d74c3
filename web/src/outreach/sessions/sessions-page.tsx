/**
 * A site's logged outreach sessions, latest first: filtered by period and partner (kept in the
 * address, so back and reload keep them), a page at a time, each a card with when, where, the kind
 * of session, how many people it reached and how many resources it handed out.
 */
import { Anchor, Button, Grid, Group, NativeSelect, Pagination, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import type { OutreachSessionSummary } from "../../../../core/api/outreach-sessions.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { usePaginationLabels } from "../../components/pagination-labels.js";
import { useLoad } from "../../components/use-load.js";
import { useFormat } from "../../i18n/format.js";
import { outreachApi } from "../outreach-api.js";
import { useOutreachHere, type OutreachHere } from "../outreach-here.js";
import { OutreachPage } from "../outreach-page.js";
import { dayWithYear, isDay, londonParts, londonTime } from "./london-days.js";
import { outreachSessionsApi } from "./sessions-api.js";

const pageSize = 25;

export function OutreachSessionsPage() {
  const { t } = useTranslation();
  const here = useOutreachHere();
  return (
    <OutreachPage
      title={t("outreachSessions.list.title")}
      actions={
        here?.canWork && (
          <Button component={Link} to="/outreach/sessions/new">
            {t("outreachSessions.calendar.logOneOff")}
          </Button>
        )
      }
    >
      {(here) => <Sessions here={here} />}
    </OutreachPage>
  );
}

function Sessions({ here }: { here: OutreachHere }) {
  const { t } = useTranslation();
  const paginationLabels = usePaginationLabels();
  const [params, setParams] = useSearchParams();
  const from = isDay(params.get("from")) ? params.get("from")! : "";
  const to = isDay(params.get("to")) ? params.get("to")! : "";
  const partnerId = params.get("partner") ?? "";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const options = useLoad(() => outreachApi.options(here.siteId), [here.siteId]);
  const { state, reload } = useLoad(
    () => outreachSessionsApi.sessions({ siteId: here.siteId, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(partnerId ? { partnerId } : {}), page }),
    [here.siteId, from, to, partnerId, page],
  );
  const change = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== "page") next.delete("page");
    setParams(next, { replace: true });
  };
  const partners = options.state.status === "ready" ? options.state.data.partners : [];

  return (
    <Stack gap="md">
      <Grid gap="sm">
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput type="date" label={t("outreachSessions.list.from")} value={from} onChange={(event) => change("from", event.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput type="date" label={t("outreachSessions.list.to")} value={to} onChange={(event) => change("to", event.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <NativeSelect label={t("outreachSessions.list.partner")} value={partnerId} onChange={(event) => change("partner", event.currentTarget.value)} data={[{ value: "", label: t("outreachSessions.list.allPartners") }, ...partners.map((partner) => ({ value: partner.id, label: partner.name }))]} />
        </Grid.Col>
      </Grid>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        (state.data.items.length === 0 ? (
          <Text>{t("outreachSessions.list.empty")}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t("outreachSessions.list.count", { count: state.data.total })}
            </Text>
            <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
              {state.data.items.map((session) => (
                <SessionCard key={session.id} session={session} />
              ))}
            </Stack>
            {state.data.total > pageSize && (
              <Group justify="center">
                <Pagination total={Math.ceil(state.data.total / pageSize)} value={page} onChange={(next) => change("page", String(next))} {...paginationLabels} />
              </Group>
            )}
          </>
        ))}
    </Stack>
  );
}

function SessionCard({ session }: { session: OutreachSessionSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid="outreach-session-row">
      <Stack gap={4}>
        <Anchor component={Link} to={`/outreach/sessions/${session.id}`} fw={700}>
          {dayWithYear(londonParts(session.startsAt).day)} · {londonTime(session.startsAt)} · <bdi>{session.partner?.name ?? session.venue}</bdi>
        </Anchor>
        <Text size="sm">{t(`outreach.sessionTypes.${session.sessionType}`)}</Text>
        <Text size="sm" c="dimmed">
          {t("outreachSessions.list.people", { count: session.headcountTotal, formatted: format.number(session.headcountTotal) })}
          {" · "}
          {t("outreachSessions.list.resources", { count: session.resourcesHandedOut, formatted: format.number(session.resourcesHandedOut) })}
        </Text>
      </Stack>
    </Paper>
  );
}
