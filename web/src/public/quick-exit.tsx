/**
 * "Leave this site quickly", always at the top of the public pages, for someone who may be watched
 * or interrupted while they read about getting help. It replaces this page with a neutral one, so
 * Back does not return to it; pressing Escape three times in a row does the same. The site sends no
 * referrer, so the neutral site is not told where the visitor came from.
 */
import { Button, Container, Group, Text } from "@mantine/core";
import { useEffect, useId } from "react";
import { useTranslation } from "react-i18next";
import { pressCounter } from "./quick-exit-keys.js";

/** A page nobody would think twice about seeing on a screen. */
export const neutralSite = "https://www.bbc.co.uk/weather";

function leaveNow(): void {
  window.location.replace(neutralSite);
}

export function QuickExit() {
  const { t } = useTranslation();
  const hintId = useId();
  const buttonId = useId();

  useEffect(() => {
    const escape = pressCounter();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") escape.reset();
      else if (escape.press(event.timeStamp)) leaveNow();
    };
    // Capture, so that a menu or dialog that stops Escape from spreading still counts the press.
    document.addEventListener("keydown", onKeyDown, { capture: true });
    return () => document.removeEventListener("keydown", onKeyDown, { capture: true });
  }, []);

  return (
    // A landmark of its own, named by its button, so that it is found among the page's regions.
    <div className="quick-exit" role="region" aria-labelledby={buttonId}>
      <Container size="md" py={6}>
        <Group justify="flex-end" gap="sm" wrap="nowrap">
          <Text size="sm" id={hintId} className="quick-exit-hint">
            {t("public.quickExit.hint")}
          </Text>
          <Button
            component="a"
            id={buttonId}
            href={neutralSite}
            rel="noreferrer"
            color="red"
            size="md"
            className="quick-exit-button"
            aria-describedby={hintId}
            onClick={(event) => {
              event.preventDefault();
              leaveNow();
            }}
          >
            {t("public.quickExit.button")}
          </Button>
        </Group>
      </Container>
    </div>
  );
}
