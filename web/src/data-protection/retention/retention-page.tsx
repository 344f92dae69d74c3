/**
 * The retention schedule for the data protection officer (`/data-protection/retention`): when the
 * daily review last ran and what it found, the records due for deletion (chosen and approved in
 * bulk), the records held, and the record of what was deleted. Records appear by reference and the
 * rule that applied only: nothing here needs to know who they were about.
 */
import { Anchor, Button, Group, Tabs, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorMessage } from "../../api/error-messages.js";
import { FormError } from "../../components/form-error.js";
import { Page } from "../../components/page.js";
import { useFormat } from "../../i18n/format.js";
import { DeletionRecord } from "./deletion-record.js";
import { DueRecords } from "./due-records.js";
import { HeldRecords } from "./held-records.js";
import { retentionApi } from "./retention-api.js";
import type { QueueSummary } from "./use-queue-page.js";

type Tab = "due" | "held" | "deleted";

export function RetentionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [tab, setTab] = useState<Tab>("due");
  const [summary, setSummary] = useState<QueueSummary | null>(null);
  // Approving a deletion changes the record of deletions; its tab reloads when next opened.
  const [deletionsVersion, setDeletionsVersion] = useState(0);
  // Checking now changes the lists: they load again.
  const [listsVersion, setListsVersion] = useState(0);
  const [isChecking, setIsChecking] = useState(false);
  const [checkFailure, setCheckFailure] = useState<string | null>(null);

  async function checkNow() {
    setIsChecking(true);
    setCheckFailure(null);
    try {
      setSummary(await retentionApi.reviewNow());
      setListsVersion((version) => version + 1);
    } catch (error) {
      setCheckFailure(errorMessage(error, t));
    } finally {
      setIsChecking(false);
    }
  }

  return (
    <Page
      title={t("retention.title")}
      actions={
        <Button component={Link} to="/data-protection/retention/rules" variant="default">
          {t("retention.rulesLink")}
        </Button>
      }
    >
      <Text maw="75ch">{t("retention.intro")}</Text>
      {summary && (
        <Group gap="md">
          <Text role="status">{summary.lastReviewedAt ? t("retention.lastReviewed", { when: format.dateTime(summary.lastReviewedAt) }) : t("retention.notReviewedYet")}</Text>
          <Button variant="default" size="xs" loading={isChecking} onClick={() => void checkNow()}>
            {t("retention.checkNow")}
          </Button>
        </Group>
      )}
      <FormError message={checkFailure} />
      <Tabs value={tab} onChange={(value) => setTab((value as Tab | null) ?? "due")} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="due">{summary ? t("retention.tabs.dueCount", { count: summary.counts.due }) : t("retention.tabs.due")}</Tabs.Tab>
          <Tabs.Tab value="held">{summary ? t("retention.tabs.heldCount", { count: summary.counts.held }) : t("retention.tabs.held")}</Tabs.Tab>
          <Tabs.Tab value="deleted">{t("retention.tabs.deleted")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="due" pt="md">
          <DueRecords key={listsVersion} onSummary={setSummary} onDeleted={() => setDeletionsVersion((version) => version + 1)} onShowRecord={() => setTab("deleted")} />
        </Tabs.Panel>
        <Tabs.Panel value="held" pt="md">
          <HeldRecords key={listsVersion} onSummary={setSummary} />
        </Tabs.Panel>
        <Tabs.Panel value="deleted" pt="md">
          <DeletionRecord key={deletionsVersion} />
        </Tabs.Panel>
      </Tabs>
      <Text size="sm" c="dimmed" maw="75ch">
        {t("retention.source")}{" "}
        <Anchor component={Link} to="/data-protection/retention/rules" underline="always">
          {t("retention.rulesLink")}
        </Anchor>
      </Text>
    </Page>
  );
}
