/** A titled group of form fields: a <fieldset> whose <legend> is a heading, as screen readers expect. */
import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

export function FormFieldset({ legend, hint, children }: { legend: ReactNode; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="fieldset" m={0}>
      <Title order={2} size="h3" component="legend" px={4}>
        {legend}
      </Title>
      <Stack gap="sm">
        {hint && <Text size="sm" c="dimmed">{hint}</Text>}
        {children}
      </Stack>
    </Paper>
  );
}
