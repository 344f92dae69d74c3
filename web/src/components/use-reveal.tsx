/**
 * Identity shown only on request: the hidden state with its explanation and button, and the
 * request itself (which the server audits). Shared by every panel that reveals personal details.
 */
import { Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { FormError } from "./form-error.js";
import { Section } from "./section.js";

export function useReveal<T>(load: () => Promise<T>) {
  const { t } = useTranslation();
  const [value, setValue] = useState<T | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function reveal(): Promise<void> {
    setIsBusy(true);
    setError(null);
    try {
      setValue(await load());
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setIsBusy(false);
    }
  }

  return { value, setValue, hide: () => setValue(null), reveal, isBusy, error };
}

/** The panel before anything is shown: what revealing means, and the button to do it. */
export function RevealPrompt(props: { title: string; explanation: string; buttonLabel: string; isBusy: boolean; error: string | null; onReveal: () => Promise<void> }) {
  return (
    <Section title={props.title}>
      <Text>{props.explanation}</Text>
      <FormError message={props.error} />
      <Group>
        <Button variant="default" onClick={() => void props.onReveal()} loading={props.isBusy}>
          {props.buttonLabel}
        </Button>
      </Group>
    </Section>
  );
}
