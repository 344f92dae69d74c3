/**
 * Step three of the set-up: the recovery codes, shown this once, with copy and print, and a
 * deliberate "I have saved these" before the user may continue.
 */
import { Alert, Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CopyValueButton } from "../components/copy-text.js";

interface RecoveryCodesProps {
  codes: readonly string[];
  onContinue: () => void;
}

export function RecoveryCodes({ codes, onContinue }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const [isSaved, setIsSaved] = useState(false);
  return (
    <Stack>
      <Alert color="yellow" variant="light" title={t("recoveryCodes.title")}>
        {t("recoveryCodes.explain")}
      </Alert>
      <div className="print-area">
        <Text fw={600} mb="xs">
          {t("recoveryCodes.printHeading")}
        </Text>
        {/* role="list": a list styled without bullets keeps its list semantics in every browser. */}
        <ul dir="ltr" role="list" className="recovery-code-list" aria-label={t("recoveryCodes.listLabel")}>
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </div>
      <Group>
        <CopyValueButton value={codes.join("\n")} copyLabel={t("recoveryCodes.copyName")} />
        <Button variant="default" onClick={() => window.print()}>
          {t("recoveryCodes.print")}
        </Button>
      </Group>
      <Text size="sm">{t("recoveryCodes.whereToKeep")}</Text>
      <Checkbox
        label={t("recoveryCodes.confirmSaved")}
        checked={isSaved}
        onChange={(event) => setIsSaved(event.currentTarget.checked)}
      />
      <Group>
        <Button onClick={onContinue} disabled={!isSaved}>
          {t("recoveryCodes.continue")}
        </Button>
      </Group>
    </Stack>
  );
}
