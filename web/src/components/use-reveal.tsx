/**
 * Identity shown only on request: the hidden state with its explanation and button, the request
 * itself (which the server audits), and a small marked box for details revealed inside a list.
 * Shared by every panel that reveals personal details.
 */
import { Button, Group, Paper, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-messages.js";
import { FactList, type Fact } from "./fact-list.js";
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

/** Details revealed for one item of a list (a family contact): marked off like a revealed panel, with Hide. */
export function RevealedFacts(props: { label: string; facts: readonly Fact[]; hideLabel: string; onHide: () => void }) {
  return (
    <Paper withBorder p="sm" mt={4} className="revealed-panel" role="group" aria-label={props.label}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <FactList facts={props.facts} />
        <Button variant="default" size="compact-sm" onClick={props.onHide}>
          {props.hideLabel}
        </Button>
      </Group>
    </Paper>
  );
}
