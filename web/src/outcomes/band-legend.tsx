/** The key to a chart's shaded bands: each band's colour, name and the scores it covers, in the page's own direction. */
import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { bandColour } from "../assessments/band-badge.js";
import { useFormat } from "../i18n/format.js";

export function BandLegend({ regions }: { regions: readonly { from: number; to: number; label: string; level: string }[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="md" wrap="wrap" component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("outcomes.chart.bandsKey")}>
      {regions.map((region, index) => {
        const isLast = index === regions.length - 1;
        return (
          <Group key={region.from} gap={6} component="li" wrap="nowrap">
            <span className="band-swatch" style={{ background: `var(--mantine-color-${bandColour(region.level)}-2)` }} aria-hidden />
            <Text size="xs">
              <bdi>{region.label}</bdi>{" "}
              <Text span size="xs" c="dimmed">
                ({t(isLast ? "outcomes.chart.bandFromTo" : "outcomes.chart.bandFromBelow", { from: format.number(region.from), to: format.number(region.to) })})
              </Text>
            </Text>
          </Group>
        );
      })}
    </Group>
  );
}
