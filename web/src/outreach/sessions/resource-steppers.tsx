/**
 * The resources handed out: each item the site stocks with how many are in stock, and a quantity
 * with large − and + buttons for a thumb. A problem with an item (too few in stock) shows on its
 * own row.
 */
import { ActionIcon, Group, NumberInput, Paper, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { StockOption } from "../../../../core/api/outreach.js";
import { stockItemName } from "../outreach-labels.js";
import type { SessionFormValues } from "./session-form-values.js";

interface ResourceSteppersProps {
  form: UseFormReturnType<SessionFormValues>;
  items: readonly StockOption[];
  /** What this session already took of each item, when correcting it. */
  handedBefore: Readonly<Record<string, number>>;
}

export function ResourceSteppers({ form, items, handedBefore }: ResourceSteppersProps) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t("outreachSessions.form.noStock")}</Text>;
  return (
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
      {items.map((item) => {
        const name = stockItemName(t, item);
        const path = `resources.${item.id}`;
        const typed = form.getValues().resources[item.id] ?? "";
        const quantity = typed === "" ? 0 : Number(typed);
        const set = (next: number) => form.setFieldValue(path, Math.max(0, next));
        return (
          <Paper key={item.id} component="li" withBorder p="xs" radius="md" data-testid={`resource-${item.code}`}>
            <Group justify="space-between" align="flex-end" wrap="nowrap" gap="xs">
              <NumberInput
                label={name}
                description={(handedBefore[item.id] ?? 0) > 0 ? t("outreachSessions.form.inStockAndTaken", { count: item.level, taken: handedBefore[item.id] }) : t("outreachSessions.form.inStock", { count: item.level })}
                min={0}
                allowNegative={false}
                allowDecimal={false}
                inputMode="numeric"
                hideControls
                size="md"
                style={{ flex: 1, minWidth: 0 }}
                data-testid={`resource-quantity-${item.code}`}
                {...form.getInputProps(path)}
                value={typed}
              />
              <Group gap={6} wrap="nowrap" mb={form.errors[path] ? 22 : 0}>
                <ActionIcon size={44} variant="default" onClick={() => set(quantity - 1)} disabled={quantity <= 0} aria-label={t("outreachSessions.form.fewer", { item: name })}>
                  −
                </ActionIcon>
                <ActionIcon size={44} variant="default" onClick={() => set(quantity + 1)} aria-label={t("outreachSessions.form.more", { item: name })}>
                  +
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
