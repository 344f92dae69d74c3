/**
 * The group sessions of programmes at the site the user is working at: upcoming ones first, then
 * those held in the last 30 days, each with its venue, facilitators and how many came. Recording a
 * session and opening one (its attendees, named where the user sees their case) are a click away.
 */
import { Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { isolate } from "../i18n/format.js";
import { useCurrentSite } from "../session/current-site.js";
import { GroupSessionDialog } from "./group-session-dialog.js";
import { GroupSessionTable } from "./group-session-table.js";
import { programmesApi } from "./programmes-api.js";
import { RecordGroupSessionDialog } from "./record-group-session-dialog.js";

export function GroupSessionsPage() {
  const { t } = useTranslation();
  const { site } = useCurrentSite();
  return <Page title={t("programmes.groups.title")}>{site ? <SiteGroupSessions key={site.id} site={site} /> : <Text>{t("programmes.groups.noSite")}</Text>}</Page>;
}

function SiteGroupSessions({ site }: { site: { id: string; name: string } }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => programmesApi.groupSessions(site.id), [site.id]);
  const [isRecording, setIsRecording] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const now = new Date().toISOString();
  const upcoming = state.data.items.filter((item) => item.startsAt >= now);
  const past = state.data.items.filter((item) => item.startsAt < now).reverse();

  return (
    <Stack gap="lg">
      <Text>{t("programmes.groups.intro", { site: isolate(site.name) })}</Text>
      {state.data.canRecord && (
        <div>
          <Button onClick={() => setIsRecording(true)}>{t("programmes.groups.record")}</Button>
        </div>
      )}
      <Section title={t("programmes.groups.upcoming")}>
        {upcoming.length === 0 ? <Text>{t("programmes.groups.noneUpcoming")}</Text> : <GroupSessionTable items={upcoming} onOpen={setOpenId} />}
      </Section>
      <Section title={t("programmes.groups.past")}>
        {past.length === 0 ? <Text>{t("programmes.groups.nonePast")}</Text> : <GroupSessionTable items={past} onOpen={setOpenId} />}
      </Section>
      <RecordGroupSessionDialog
        opened={isRecording}
        siteId={site.id}
        onClose={() => setIsRecording(false)}
        onRecorded={(session) => {
          setIsRecording(false);
          setOpenId(session.id);
          reload();
        }}
      />
      <GroupSessionDialog groupSessionId={openId} onClose={() => setOpenId(null)} onChanged={reload} />
    </Stack>
  );
}
