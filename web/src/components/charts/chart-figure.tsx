/**
 * The frame every chart shares: a figure named by its title, a sentence saying what the chart
 * shows (read out with the picture, and visible to everyone), the drawing, and the same figures as
 * a table under "Show the figures" for screen readers and anyone who would rather read.
 */
import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import "./charts.css";

export interface FiguresTable {
  caption: string;
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
}

interface ChartFigureProps {
  title: string;
  summary: string;
  /** The SVG drawing, or nothing when there is nothing to draw. */
  children: ReactNode;
  figures: FiguresTable;
  /** The title's heading level: 3 when the chart sits under a section's own heading. */
  headingOrder?: 2 | 3;
  testId?: string;
}

export function ChartFigure({ title, summary, children, figures, headingOrder = 2, testId }: ChartFigureProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const summaryId = useId();
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby={titleId} aria-describedby={summaryId} data-testid={testId} className="chart-card">
      <Stack gap="xs">
        <Title order={headingOrder} size="h5" id={titleId}>
          {title}
        </Title>
        <Text size="sm" id={summaryId}>
          {summary}
        </Text>
        {children}
        <details className="chart-figures">
          <summary>{t("charts.showFigures")}</summary>
          <Table verticalSpacing={4} mt="xs">
            <Table.Caption>{figures.caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {figures.columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.rows.map((row) => (
                <Table.Tr key={row.key}>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      <Table.Th key={index} scope="row" fw={400}>
                        {cell}
                      </Table.Th>
                    ) : (
                      <Table.Td key={index}>{cell}</Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </details>
      </Stack>
    </Paper>
  );
}
