/**
 * The workflow buttons an item offers, exactly as the server allows them (`item.can`): submit for
 * review, take back or return with a note, publish (for a case study with identity warnings, only
 * once the reviewer ticks that they have read them), archive and restore.
 */
import { Button, Checkbox, Group, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ContentAction } from "../../../core/content/workflow.js";
import { ReasonDialog } from "../components/reason-dialog.js";
import type { ContentItem } from "./content-api.js";

interface WorkflowActionsProps {
  item: ContentItem;
  userId: string;
  isBusy: boolean;
  onAct: (action: ContentAction, extra?: { note?: string; isIdentityCheckAcknowledged?: boolean }) => Promise<void>;
}

export function WorkflowActions({ item, userId, isBusy, onAct }: WorkflowActionsProps) {
  const { t } = useTranslation();
  const [isReturning, setReturning] = useState(false);
  const [isAcknowledged, setAcknowledged] = useState(false);
  const isWriter = item.contributors.some((person) => person.id === userId);
  const hasWarnings = (item.identityWarnings?.length ?? 0) > 0;
  return (
    <Stack gap="xs">
      {item.can.publish && hasWarnings && (
        <Checkbox label={t("content.caseStudy.acknowledge")} checked={isAcknowledged} onChange={(event) => setAcknowledged(event.currentTarget.checked)} />
      )}
      <Group gap="sm">
        {item.can.submit && (
          <Button onClick={() => void onAct("submit")} loading={isBusy}>
            {t("content.actions.submit")}
          </Button>
        )}
        {item.can.publish && (
          <Button color="green" onClick={() => void onAct("publish", hasWarnings ? { isIdentityCheckAcknowledged: isAcknowledged } : {})} loading={isBusy} disabled={hasWarnings && !isAcknowledged}>
            {t("content.actions.publish")}
          </Button>
        )}
        {item.can.return && isWriter && (
          <Button variant="default" onClick={() => void onAct("return")} loading={isBusy}>
            {t("content.actions.takeBack")}
          </Button>
        )}
        {item.can.return && !isWriter && (
          <Button variant="default" onClick={() => setReturning(true)} loading={isBusy}>
            {t("content.actions.return")}
          </Button>
        )}
        {item.can.archive && (
          <Button variant="subtle" color="red" onClick={() => void onAct("archive")} loading={isBusy}>
            {t(item.isLive ? "content.actions.unpublish" : "content.actions.archive")}
          </Button>
        )}
        {item.can.restore && (
          <Button variant="default" onClick={() => void onAct("restore")} loading={isBusy}>
            {t("content.actions.restore")}
          </Button>
        )}
      </Group>
      <ReasonDialog
        opened={isReturning}
        title={t("content.actions.returnTitle")}
        label={t("content.actions.returnNote")}
        confirmLabel={t("content.actions.return")}
        maxLength={1000}
        onClose={() => setReturning(false)}
        onSubmit={async (note) => {
          await onAct("return", { note });
          setReturning(false);
        }}
      />
    </Stack>
  );
}
