/**
 * A titled part of a page: a bordered region whose <h2> names it for screen readers, with optional
 * buttons beside the heading.
 */
import { Group, Paper, Stack, Title, type PaperProps } from "@mantine/core";
import { useId, type ReactNode } from "react";

interface SectionProps extends Pick<PaperProps, "bg" | "style" | "className"> {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}

export function Section({ title, actions, children, ...paper }: SectionProps) {
  const headingId = useId();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId} {...paper}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
