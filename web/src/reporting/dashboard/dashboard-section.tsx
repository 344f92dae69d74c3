/** A titled group of a dashboard's charts: an <h2> naming the region, the charts two to a row on a wide screen. */
import { SimpleGrid, Stack, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";

export function DashboardSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {children}
      </SimpleGrid>
    </Stack>
  );
}
