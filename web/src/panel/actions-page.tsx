/**
 * Panel actions: the signed-in user's own, all open ones at the site, or the overdue ones (those who
 * oversee the panel see everyone's; a member sees their own). Owners complete them; cancelling needs
 * a reason; a closed one can be reopened.
 */
import { Badge, Button, Group, SegmentedControl, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { actionEventRequestSchema, type ActionView } from "../../../core/api/panel.js";
import { errorMessage } from "../api/error-messages.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { ReasonDialog } from "../components/reason-dialog.js";
import { Reference } from "../components/reference.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { useCurrentSite } from "../session/current-site.js";
import { useSignedInSession } from "../session/session-context.js";
import { panelApi, type ActionFilter } from "./panel-api.js";
import { panelHere } from "./panel-here.js";
import { panelLabels } from "./panel-labels.js";

const shows = ["mine", "open", "overdue"] as const;
type Show = (typeof shows)[number];
const filterOf = (show: Show): ActionFilter => (show === "mine" ? { status: "open", mine: true } : { status: show, mine: false });

export function ActionsPage() {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const { site } = useCurrentSite();
  const oversees = panelHere(session, site?.id ?? null).overseesPanel;
  const [search, setSearch] = useSearchParams();
  const asked = shows.find((candidate) => candidate === search.get("show"));
  const show: Show = oversees ? (asked ?? "open") : "mine";
  const { state, reload } = useLoad(() => panelApi.actions(site?.id ?? null, filterOf(show)), [site?.id, show]);
  const [notice, setNotice] = useState<{ text: string; isProblem: boolean } | null>(null);
  const [cancelling, setCancelling] = useState<ActionView | null>(null);

  async function send(action: ActionView, type: "complete" | "reopen"): Promise<void> {
    try {
      await panelApi.actionEvent(action.id, actionEventRequestSchema.parse({ type, version: action.version }));
      setNotice({ text: t(`panel.actions.${type}Done`), isProblem: false });
    } catch (error) {
      setNotice({ text: errorMessage(error, t), isProblem: true });
    }
    reload();
  }

  return (
    <Page title={t(oversees ? "panel.actions.title" : "panel.actions.myTitle")}>
      {oversees && (
        <SegmentedControl
          aria-label={t("panel.actions.showLabel")}
          value={show}
          onChange={(value) => setSearch({ show: value }, { replace: true })}
          data={shows.map((value) => ({ value, label: t(`panel.actions.show.${value}`) }))}
          w="fit-content"
        />
      )}
      {notice && (
        <Text role={notice.isProblem ? "alert" : "status"} c={notice.isProblem ? "red" : "green.9"}>
          {notice.text}
        </Text>
      )}
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        (state.data.items.length === 0 ? (
          <Text>{t(`panel.actions.none.${show}`)}</Text>
        ) : (
          <ActionTable items={state.data.items} onComplete={(action) => void send(action, "complete")} onReopen={(action) => void send(action, "reopen")} onCancel={setCancelling} />
        ))}
      <ReasonDialog
        opened={cancelling !== null}
        title={t("panel.actions.cancelTitle")}
        intro={cancelling?.description}
        label={t("panel.actions.cancelReason")}
        confirmLabel={t("panel.actions.cancel")}
        maxLength={1000}
        onClose={() => setCancelling(null)}
        onSubmit={async (reason) => {
          if (!cancelling) return;
          await panelApi.actionEvent(cancelling.id, actionEventRequestSchema.parse({ type: "cancel", reason, version: cancelling.version }));
          setCancelling(null);
          setNotice({ text: t("panel.actions.cancelDone"), isProblem: false });
          reload();
        }}
      />
    </Page>
  );
}

interface ActionTableProps {
  items: readonly ActionView[];
  onComplete?: (action: ActionView) => void;
  onReopen?: (action: ActionView) => void;
  onCancel?: (action: ActionView) => void;
}

export function ActionTable({ items, onComplete, onReopen, onCancel }: ActionTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = panelLabels(t);
  const hasButtons = Boolean(onComplete ?? onReopen ?? onCancel);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <Table.Caption>{t("panel.actions.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("panel.actions.description")}</Table.Th>
            <Table.Th scope="col">{t("panel.escalations.case")}</Table.Th>
            <Table.Th scope="col">{t("panel.actions.owner")}</Table.Th>
            <Table.Th scope="col">{t("panel.actions.due")}</Table.Th>
            <Table.Th scope="col">{t("panel.actions.status")}</Table.Th>
            {hasButtons && <Table.Th scope="col">{t("common.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td dir="auto">
                {action.description}
                {action.cancelReason && (
                  <Text size="xs" c="dimmed" dir="auto">
                    {t("panel.actions.cancelledBecause", { reason: action.cancelReason })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Reference value={action.caseReference} />
              </Table.Td>
              <Table.Td>{action.ownerName ? <bdi>{action.ownerName}</bdi> : t("panel.actions.noOwner")}</Table.Td>
              <Table.Td>{format.day(action.dueOn)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={action.isOverdue ? "red" : action.status === "done" ? "teal" : "gray"}>
                  {action.isOverdue ? t("panel.actions.overdue") : labels.actionStatus(action.status)}
                </Badge>
              </Table.Td>
              {hasButtons && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {onComplete && action.abilities.complete && (
                      <Button size="xs" onClick={() => onComplete(action)} aria-label={t("panel.rowAction", { action: t("panel.actions.complete"), row: isolate(action.description) })}>
                        {t("panel.actions.complete")}
                      </Button>
                    )}
                    {onCancel && action.abilities.cancel && (
                      <Button size="xs" variant="default" onClick={() => onCancel(action)} aria-label={t("panel.rowAction", { action: t("panel.actions.cancel"), row: isolate(action.description) })}>
                        {t("panel.actions.cancel")}
                      </Button>
                    )}
                    {onReopen && action.abilities.reopen && (
                      <Button size="xs" variant="default" onClick={() => onReopen(action)} aria-label={t("panel.rowAction", { action: t("panel.actions.reopen"), row: isolate(action.description) })}>
                        {t("panel.actions.reopen")}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
