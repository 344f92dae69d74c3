/**
 * Where text written for the panel still seems to hold something identifying (a name, a date of
 * birth, an address…): asks the writer to reword it. The panel's copy is redacted regardless, but
 * blacked-out words can lose the meaning.
 */
import { Alert, List, Text } from "@mantine/core";
import type { z } from "zod";
import { useTranslation } from "react-i18next";
import type { identifyingWarningSchema } from "../../../core/api/panel.js";

export type IdentifyingWarning = z.infer<typeof identifyingWarningSchema>;

export function IdentifyingWarnings({ warnings }: { warnings: readonly IdentifyingWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t("panel.warnings.title")} role="status">
      <Text size="sm" mb="xs">
        {t("panel.warnings.intro")}
      </Text>
      <List size="sm" spacing={4}>
        {warnings.map((warning, index) => (
          <List.Item key={`${warning.field}-${index}`}>
            {t("panel.warnings.item", {
              field: t(`panel.warnings.fields.${warning.field}`),
              kinds: warning.kinds.map((kind) => t(`panel.warnings.kinds.${kind}`)).join(t("panel.listSeparator")),
            })}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {t("panel.warnings.reword")}
      </Text>
    </Alert>
  );
}
