/** The suggested tier and why, in plain words with the numbers behind it. */
import { Badge, Group, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SupportTier, TierReason } from "../../../core/instruments/suggest-tier.js";
import { isolate } from "../i18n/format.js";
import { reasonLines } from "./tier-reasons.js";

export function SuggestedTier({ tier, reasons }: { tier: SupportTier; reasons: readonly TierReason[] }) {
  const { t } = useTranslation();
  const domainName = (domain: string) => isolate(t(`assessments.domains.${domain}`, { defaultValue: domain }));
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Text fw={600}>{t("assessments.tier.suggested")}</Text>
        <Badge variant="outline" color="pathways" tt="none" radius="sm" size="lg">
          {t(`cases.tiers.${tier}`)}
        </Badge>
      </Group>
      <Text size="sm" fw={600}>
        {t("assessments.tier.why")}
      </Text>
      <List spacing={4} size="sm" className="tier-reasons">
        {reasonLines(reasons).map((line) => (
          <List.Item key={line.key}>
            {t(line.key, line.values)}
            {line.domains.length > 0 && (
              <List withPadding spacing={2} size="sm" listStyleType="disc">
                {line.domains.map((domain) => (
                  <List.Item key={domain.domain}>{t(domain.key, { ...domain.values, domain: domainName(domain.domain) })}</List.Item>
                ))}
              </List>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
