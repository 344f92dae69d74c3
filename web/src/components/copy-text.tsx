/**
 * A value the user must copy exactly (a link, a secret, recovery codes): shown left-to-right even in
 * Urdu, selectable, with a copy button that says when it worked.
 */
import { Button, Code, CopyButton, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface CopyValueButtonProps {
  value: string;
  /** What is copied, for the button's text, e.g. "invitation link". */
  copyLabel: string;
}

export function CopyValueButton({ value, copyLabel }: CopyValueButtonProps) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value} timeout={3000}>
      {({ copied, copy }) => (
        <Button variant={copied ? "filled" : "default"} color={copied ? "green" : undefined} onClick={copy}>
          {copied ? t("common.copied") : t("common.copyThing", { thing: copyLabel })}
        </Button>
      )}
    </CopyButton>
  );
}

interface CopyTextProps extends CopyValueButtonProps {
  /** Shown instead of `value` when the display differs (e.g. grouped in fours). */
  display?: string;
}

export function CopyText({ value, copyLabel, display }: CopyTextProps) {
  return (
    <Stack gap="xs" align="flex-start">
      <Code block dir="ltr" className="copy-text">
        {display ?? value}
      </Code>
      <CopyValueButton value={value} copyLabel={copyLabel} />
    </Stack>
  );
}
