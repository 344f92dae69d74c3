/**
 * An item's history: every change to its level, newest first, with the reason, who recorded it,
 * the session it went out at (linked) and the level after; twenty at a time.
 */
import { Anchor, Badge, Group, Pagination, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { StockItemView, StockMovementView } from "../../../../core/api/outreach-stock.js";
import { AppModal } from "../../components/app-modal.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { usePaginationLabels } from "../../components/pagination-labels.js";
import { useLoad } from "../../components/use-load.js";
import { useFormat } from "../../i18n/format.js";
import { stockItemName } from "../outreach-labels.js";
import { stockApi } from "./stock-api.js";

export function StockLedgerDialog({ item, onClose }: { item: StockItemView | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={item !== null} onClose={onClose} title={item ? t("stock.ledger.title", { item: stockItemName(t, item) }) : ""} size="lg">
      {item && <Ledger itemId={item.id} />}
    </AppModal>
  );
}

function Ledger({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const paginationLabels = usePaginationLabels();
  const { state, reload } = useLoad(() => stockApi.ledger(itemId, page), [itemId, page]);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { items, total, pageSize } = state.data;
  if (items.length === 0) return <Text>{t("stock.ledger.empty")}</Text>;
  return (
    <Stack gap="xs">
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: "none" }}>
        {items.map((movement) => (
          <Entry key={movement.id} movement={movement} />
        ))}
      </Stack>
      {total > pageSize && <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={setPage} size="sm" {...paginationLabels} />}
    </Stack>
  );
}

function Entry({ movement }: { movement: StockMovementView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const change = `${movement.change > 0 ? "+" : "−"}${format.number(Math.abs(movement.change))}`;
  return (
    <Paper withBorder p="xs" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t(`stock.reasons.${movement.reason}`)}
          </Text>
          <Text size="xs" c="dimmed">
            {format.dateTime(movement.at)}
            {movement.by && (
              <>
                {" · "}
                <bdi>{movement.by.displayName}</bdi>
              </>
            )}
          </Text>
          {movement.session && (
            <Anchor component={Link} to={`/outreach/sessions/${movement.session.id}`} size="sm">
              {t("stock.ledger.session", { type: t(`outreach.sessionTypes.${movement.session.sessionType}`), place: `\u2068${movement.session.place}\u2069`, date: format.date(movement.session.startsAt) })}
            </Anchor>
          )}
          {movement.note && (
            <Text size="sm" dir="auto">
              {movement.note}
            </Text>
          )}
        </Stack>
        <Stack gap={2} align="flex-end">
          <Badge variant="light" color={movement.change > 0 ? "teal" : "orange"} size="lg" dir="ltr">
            {change}
          </Badge>
          <Text size="xs" c="dimmed" ta="end">
            {t("stock.ledger.levelAfter", { count: movement.levelAfter })}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
