/**
 * The site's stock: a card per item with its level (running low and out of stock marked in words),
 * the level it is topped up at and how many went out in the last 30 days; buttons to record a
 * delivery, a count or a write-off, to change the item, and to see its history. Items the site no
 * longer stocks come last. Made for a phone: the cards stack and the buttons wrap.
 */
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StockItemView, StockList } from "../../../../core/api/outreach-stock.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { OutreachPage } from "../outreach-page.js";
import type { OutreachHere } from "../outreach-here.js";
import { stockItemName } from "../outreach-labels.js";
import { MovementDialog, type ManualReason } from "./movement-dialog.js";
import { stockApi } from "./stock-api.js";
import { StockItemDialog } from "./stock-item-dialog.js";
import { StockLedgerDialog } from "./stock-ledger-dialog.js";

export function StockPage() {
  const { t } = useTranslation();
  return <OutreachPage title={t("stock.title")}>{(here) => <Stock here={here} />}</OutreachPage>;
}

function Stock({ here }: { here: OutreachHere }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => stockApi.list(here.siteId), [here.siteId]);
  const [movement, setMovement] = useState<{ item: StockItemView; reason: ManualReason } | null>(null);
  const [editing, setEditing] = useState<StockItemView | "new" | null>(null);
  const [history, setHistory] = useState<StockItemView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { items, abilities } = state.data;
  const runningLow = items.filter((item) => item.isRunningLow);

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Text maw="70ch">{t("stock.intro", { site: isolate(here.siteName) })}</Text>
        {abilities.manage && <Button onClick={() => setEditing("new")}>{t("stock.addItem")}</Button>}
      </Group>
      {runningLow.length > 0 && (
        <Alert color="orange" variant="light" title={t("stock.runningLowTitle", { count: runningLow.length })}>
          {runningLow.map((item) => stockItemName(t, item)).join(t("outreach.listSeparator"))}
        </Alert>
      )}
      {done && (
        <Alert color="teal" variant="light" role="status" withCloseButton closeButtonLabel={t("common.close")} onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {items.map((item) => (
          <ItemCard key={item.id} item={item} abilities={abilities} onMove={(reason) => setMovement({ item, reason })} onEdit={() => setEditing(item)} onHistory={() => setHistory(item)} />
        ))}
      </SimpleGrid>
      <MovementDialog
        movement={movement}
        onClose={() => setMovement(null)}
        onRecorded={(recorded) => {
          setMovement(null);
          setDone(t("stock.recorded", { item: stockItemName(t, recorded.item), count: recorded.item.level }));
          reload();
        }}
      />
      <StockItemDialog
        siteId={here.siteId}
        item={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
      <StockLedgerDialog item={history} onClose={() => setHistory(null)} />
    </>
  );
}

interface ItemCardProps {
  item: StockItemView;
  abilities: StockList["abilities"];
  onMove: (reason: ManualReason) => void;
  onEdit: () => void;
  onHistory: () => void;
}

function ItemCard({ item, abilities, onMove, onEdit, onHistory }: ItemCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = stockItemName(t, item);
  const named = (key: string) => t(key, { item: isolate(name) });
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid="stock-item" bg={item.isRunningLow ? "var(--mantine-color-orange-light)" : undefined} opacity={item.isActive ? 1 : 0.75}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={700}>
            <bdi>{name}</bdi>
          </Text>
          {!item.isActive ? (
            <Badge variant="outline" color="gray">
              {t("stock.notStocked")}
            </Badge>
          ) : item.level === 0 ? (
            <Badge color="red">{t("stock.out")}</Badge>
          ) : item.isRunningLow ? (
            <Badge color="orange">{t("stock.runningLow")}</Badge>
          ) : null}
        </Group>
        <Text fz={28} fw={700} lh={1.1} data-testid="stock-level">
          {format.number(item.level)}
        </Text>
        <Text size="sm" c="dimmed">
          {t("stock.lowAt", { count: item.lowAt })}
          {" · "}
          {t("stock.handedOut", { count: item.handedOutRecently })}
        </Text>
        <Group gap="xs" wrap="wrap">
          {abilities.manage && item.isActive && (
            <>
              <Button size="xs" onClick={() => onMove("delivered")} aria-label={named("stock.actions.deliveredNamed")}>
                {t("stock.actions.delivered")}
              </Button>
              <Button size="xs" variant="light" onClick={() => onMove("counted")} aria-label={named("stock.actions.countedNamed")}>
                {t("stock.actions.counted")}
              </Button>
              <Button size="xs" variant="light" color="red" onClick={() => onMove("written_off")} aria-label={named("stock.actions.writtenOffNamed")}>
                {t("stock.actions.writtenOff")}
              </Button>
            </>
          )}
          {abilities.manage && (
            <Button size="xs" variant="default" onClick={onEdit} aria-label={named("stock.actions.editNamed")}>
              {t("stock.actions.edit")}
            </Button>
          )}
          <Button size="xs" variant="subtle" onClick={onHistory} aria-label={named("stock.actions.historyNamed")}>
            {t("stock.actions.history")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
