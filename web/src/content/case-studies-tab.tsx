/** A case's case studies, on the case page: each with its status, and a way to start one. */
import { Alert, Anchor, Badge, Button, Group, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { hasCode } from "../api/error-messages.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { useLoad } from "../components/use-load.js";
import { contentApi } from "./content-api.js";
import { statusColours } from "./labels.js";

export function CaseStudiesTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => contentApi.caseStudiesOf(caseId), [caseId]);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return hasCode(state.error, "forbidden") ? <Text>{t("content.caseStudy.notYours")}</Text> : <LoadFailed error={state.error} onRetry={reload} />;
  const { items, canCreate, hasCurrentConsent } = state.data;
  return (
    <Stack gap="md">
      <Text>{t("content.caseStudy.tabIntro")}</Text>
      {!hasCurrentConsent && <Alert color="orange">{t("content.caseStudy.noConsent")}</Alert>}
      {items.length === 0 ? (
        <Text c="dimmed">{t("content.caseStudy.none")}</Text>
      ) : (
        <List spacing="xs">
          {items.map((item) => (
            <List.Item key={item.id}>
              <Group gap="xs">
                <Anchor component={Link} to={`/content/case-studies/${item.id}`} dir="auto">
                  {item.title || t("content.list.untitled")}
                </Anchor>
                <Badge color={statusColours[item.status]}>{t(`content.status.${item.status}`)}</Badge>
                {item.isLive && <Badge color="green" variant="outline">{t("content.live")}</Badge>}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {canCreate && (
        <Button component={Link} to={`/cases/${caseId}/case-studies/new`} w="fit-content">
          {t("content.caseStudy.write")}
        </Button>
      )}
    </Stack>
  );
}
