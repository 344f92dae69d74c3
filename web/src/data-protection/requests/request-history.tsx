/** A request's history (what happened, when and by whom) and the copies released, with their files and fingerprints. */
import { Anchor, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/section.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { releasedFileUrl, type RequestDetail } from "../data-rights-api.js";

export function RequestHistory({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t("dataRights.request.history")}>
      {request.history.length === 0 ? (
        <Text>{t("dataRights.request.historyEmpty")}</Text>
      ) : (
        <List spacing="xs" component="ol" listStyleType="none">
          {request.history.map((event, index) => (
            <List.Item key={index}>
              <Text span fw={600}>
                {t(`dataRights.events.${event.kind}`)}
              </Text>{" "}
              <Text span c="dimmed">
                {format.dateTime(event.at)}
                {event.actorName ? ` · ${t("dataRights.request.by", { name: isolate(event.actorName) })}` : ""}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

export function RequestReleases({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (request.releases.length === 0) return null;
  return (
    <Section title={t("dataRights.releases.title")}>
      <Stack>
        {request.releases.map((release) => (
          <Stack key={release.id} gap={4}>
            <Text fw={600}>{t("dataRights.releases.releasedBy", { when: format.dateTime(release.releasedAt), name: isolate(release.releasedByName ?? "—") })}</Text>
            <Text size="sm">{t("dataRights.export.withheldCount", { count: release.withheld.length })}</Text>
            <List spacing={4}>
              {release.files.map((file) => (
                <List.Item key={file.name}>
                  <Anchor href={releasedFileUrl(request.id, release.id, file.name)} download={file.name}>
                    {t("dataRights.releases.download", { name: file.name })}
                  </Anchor>
                  <Text size="xs" c="dimmed" dir="ltr" style={{ wordBreak: "break-all" }}>
                    {t("dataRights.releases.fingerprint", { hash: file.sha256 })}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}
