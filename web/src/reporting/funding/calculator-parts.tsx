/**
 * The calculator's three parts: each service alone, the mix the user builds (a quantity per
 * service, the total and what is left, and how many more of each would still fit), and the
 * suggested mixes with how each was chosen and a button to start the builder from it.
 */
import { Badge, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UnitCostView } from "../../../../core/api/funding.js";
import { fundableAlone, largestQuantity, priceMix, type SuggestedMix } from "../../../../core/funding/calculator.js";
import { isolate, useFormat } from "../../i18n/format.js";
import { pence } from "./funding-words.js";

const costed = (items: readonly UnitCostView[]) => items.map((item) => ({ id: item.id, costPence: item.costPence }));
const nameOf = (items: readonly UnitCostView[], id: string) => items.find((item) => item.id === id)!;

export function AloneTable({ amount, items }: { amount: number; items: readonly UnitCostView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped>
        <Table.Caption>{t("funding.calculator.alone.caption", { amount: isolate(pence(amount)) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("funding.calculator.service")}</Table.Th>
            <Table.Th>{t("funding.calculator.unitCost")}</Table.Th>
            <Table.Th>{t("funding.calculator.alone.howMany")}</Table.Th>
            <Table.Th>{t("funding.calculator.left")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fundableAlone(amount, costed(items)).map((row) => {
            const item = nameOf(items, row.id);
            return (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <bdi>{item.name}</bdi> <Text span size="sm" c="dimmed"><bdi>{item.unit}</bdi></Text>
                </Table.Td>
                <Table.Td>{pence(item.costPence)}</Table.Td>
                <Table.Td fw={500}>{format.number(row.quantity)}</Table.Td>
                <Table.Td>{pence(row.leftPence)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface MixBuilderProps {
  amount: number;
  items: readonly UnitCostView[];
  quantities: Readonly<Record<string, number>>;
  onChange: (quantities: Record<string, number>) => void;
}

export function MixBuilder({ amount, items, quantities, onChange }: MixBuilderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const mix = priceMix(amount, costed(items), quantities);
  const isOver = mix.leftPence < 0;
  return (
    <Stack gap="sm">
      <Text size="sm">{t("funding.calculator.builder.hint")}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {mix.lines.map((line) => {
          const item = nameOf(items, line.id);
          return (
            <NumberInput
              key={line.id}
              label={item.name}
              description={t("funding.calculator.builder.lineHint", { cost: isolate(pence(item.costPence)), unit: isolate(item.unit), subtotal: isolate(pence(line.subtotalPence)), more: isolate(format.number(line.moreAffordable)) })}
              value={quantities[line.id] ?? 0}
              onChange={(value) => onChange({ ...quantities, [line.id]: typeof value === "number" ? value : 0 })}
              min={0}
              max={largestQuantity}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=","
            />
          );
        })}
      </SimpleGrid>
      <Group gap="lg" role="status" aria-live="polite">
        <Text fw={500}>{t("funding.calculator.builder.total", { amount: isolate(pence(mix.totalPence)) })}</Text>
        <Text fw={500} c={isOver ? "red" : undefined}>
          {isOver ? t("funding.calculator.builder.over", { amount: isolate(pence(-mix.leftPence)) }) : t("funding.calculator.builder.left", { amount: isolate(pence(mix.leftPence)) })}
        </Text>
      </Group>
      <Group>
        <Button variant="default" size="xs" onClick={() => onChange({})}>
          {t("funding.calculator.builder.clear")}
        </Button>
      </Group>
    </Stack>
  );
}

interface SuggestedMixesProps {
  amount: number;
  items: readonly UnitCostView[];
  mixes: readonly SuggestedMix[];
  onUse: (quantities: Record<string, number>) => void;
}

export function SuggestedMixes({ amount, items, mixes, onUse }: SuggestedMixesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (mixes.length === 0) return <Text>{t("funding.calculator.suggested.none", { amount: isolate(pence(amount)) })}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, md: Math.min(mixes.length, 3) }} spacing="md">
      {mixes.map((mix) => (
        <Paper key={mix.strategy} withBorder p="md" component="article" aria-label={t(`funding.calculator.strategies.${mix.strategy}.title`)}>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t(`funding.calculator.strategies.${mix.strategy}.title`)}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`funding.calculator.strategies.${mix.strategy}.how`)}
            </Text>
            <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {mix.lines
                .filter((line) => line.quantity > 0)
                .map((line) => (
                  <Group key={line.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
                    <Text size="sm">
                      <bdi>{nameOf(items, line.id).name}</bdi>
                    </Text>
                    <Badge variant="light" size="lg" style={{ flexShrink: 0 }}>
                      {format.number(line.quantity)}
                    </Badge>
                  </Group>
                ))}
            </Stack>
            <Text size="sm" fw={500}>
              {t("funding.calculator.suggested.totals", { total: isolate(pence(mix.totalPence)), left: isolate(pence(mix.leftPence)) })}
            </Text>
            <Button variant="light" size="xs" onClick={() => onUse(Object.fromEntries(mix.lines.map((line) => [line.id, line.quantity])))} aria-label={t("funding.calculator.suggested.useNamed", { name: t(`funding.calculator.strategies.${mix.strategy}.title`) })}>
              {t("funding.calculator.suggested.use")}
            </Button>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
