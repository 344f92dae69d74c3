/**
 * What has happened with a partner, as small cards of counts: sessions held there and people
 * reached, training delivered and people trained, referrals from it by where they stand and how
 * many went on to engage; then its latest sessions by date, type and headcount. No one is named.
 */
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { PartnerHistory } from "../../../../core/api/outreach-partners.js";
import { Section } from "../../components/section.js";
import { useFormat } from "../../i18n/format.js";

function Figure({ label, value, detail }: { label: string; value: string; detail?: string | undefined }) {
  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      {detail && <Text size="sm">{detail}</Text>}
    </Paper>
  );
}

export function PartnerHistoryCards({ partnerId, history }: { partnerId: string; history: PartnerHistory }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { sessions, training, referrals } = history;
  const states = (["received", "accepted", "signposted", "declined"] as const).filter((state) => referrals[state] > 0);
  return (
    <Section title={t("partners.history.title")}>
      <Text size="sm" c="dimmed">
        {t("partners.history.intro")}
        {!referrals.includesRestricted && ` ${t("partners.history.restrictedNotCounted")}`}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        <Figure label={t("partners.history.sessions")} value={format.number(sessions.count)} />
        <Figure label={t("partners.history.peopleReached")} value={format.number(sessions.peopleReached)} />
        <Figure label={t("partners.history.trainings")} value={format.number(training.deliveries)} detail={training.lastDeliveredOn ? t("partners.history.lastTrained", { date: format.day(training.lastDeliveredOn) }) : undefined} />
        <Figure label={t("partners.history.peopleTrained")} value={format.number(training.peopleTrained)} />
        <Figure label={t("partners.history.referrals")} value={format.number(referrals.total)} />
        <Figure label={t("partners.history.engaged")} value={format.number(referrals.engaged)} detail={t("partners.history.engagedHint")} />
      </SimpleGrid>
      {states.length > 0 && (
        <Group gap="md" wrap="wrap" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("partners.history.referralStates")}>
          {states.map((state) => (
            <Text key={state} component="li" size="sm">
              {t(`partners.history.states.${state}`, { count: referrals[state] })}
            </Text>
          ))}
        </Group>
      )}
      <Stack gap="xs">
        <Text fw={600}>{t("partners.history.recent")}</Text>
        {sessions.recent.length === 0 ? (
          <Text size="sm">{t("partners.history.noSessions")}</Text>
        ) : (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {sessions.recent.map((session) => (
              <Text key={session.id} component="li" size="sm">
                <Anchor component={Link} to={`/outreach/sessions/${session.id}`}>
                  {format.date(session.startsAt)}
                </Anchor>
                {" · "}
                {t(`outreach.sessionTypes.${session.sessionType}`)}
                {" · "}
                {t("partners.history.headcount", { count: session.headcount })}
              </Text>
            ))}
          </Stack>
        )}
        {sessions.count > sessions.recent.length && (
          <Anchor component={Link} to={`/outreach/sessions?partner=${encodeURIComponent(partnerId)}`} size="sm">
            {t("partners.history.allSessions", { count: sessions.count })}
          </Anchor>
        )}
      </Stack>
    </Section>
  );
}
