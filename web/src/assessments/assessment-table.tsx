/**
 * A case's assessments, newest first: instrument (a link to it), the day it was done, status, the
 * headline result and flags. A corrected one is marked as such and dimmed; its correction says so.
 * The headline is the band of the main score, the chosen tier for the toolkit, and never a total
 * for an instrument of judgements.
 */
import { Anchor, Group, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormat } from "../i18n/format.js";
import type { AssessmentListItem } from "./assessments-api.js";
import { BandBadge } from "./band-badge.js";
import { AmendmentBadge, AssessmentStatusBadge, SupersededBadge } from "./status-badge.js";

export function AssessmentTable({ items }: { items: readonly AssessmentListItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ordered = [...items].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.localeCompare(a.createdAt));
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="sm" className="assessment-table">
        <Table.Caption>{t("assessments.case.caption", { count: items.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("assessments.case.instrument")}</Table.Th>
            <Table.Th scope="col">{t("assessments.case.date")}</Table.Th>
            <Table.Th scope="col">{t("assessments.case.status")}</Table.Th>
            <Table.Th scope="col">{t("assessments.case.result")}</Table.Th>
            <Table.Th scope="col">{t("assessments.case.flags")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ordered.map((item) => (
            <Table.Tr key={item.id} data-superseded={item.supersededById ? true : undefined}>
              <Table.Td>
                <Anchor component={Link} to={`/assessments/${item.id}`} fw={600}>
                  <bdi>{item.instrument.title}</bdi>
                </Anchor>
              </Table.Td>
              <Table.Td>{format.day(item.assessedOn)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <AssessmentStatusBadge status={item.status} requiresApproval={item.requiresApproval} />
                  {item.supersededById && <SupersededBadge />}
                  {item.amendsId && <AmendmentBadge />}
                </Group>
              </Table.Td>
              <Table.Td>
                <Headline item={item} />
              </Table.Td>
              <Table.Td>
                {item.flags.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("assessments.case.noFlags")}
                  </Text>
                ) : (
                  <Stack gap={2}>
                    {item.flags.map((flag) => (
                      <Text key={flag.id} size="sm" fw={600} className={`flag-text flag-text-${flag.severity} ${flag.severity === "urgent" ? "tone-worse" : "tone-note"}`}>
                        {t(`assessments.flags.${flag.severity}Prefix`)} <bdi>{flag.label}</bdi>
                      </Text>
                    ))}
                  </Stack>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Headline({ item }: { item: AssessmentListItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (item.chosenTier) return <Text size="sm">{t("assessments.case.tier", { tier: t(`cases.tiers.${item.chosenTier}`) })}</Text>;
  if (item.instrument.kind === "vulnerability" || item.scores.length === 0) return <Text size="sm" c="dimmed">{t("assessments.case.noHeadline")}</Text>;
  const main = item.scores[0];
  if (!main) return null;
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" fw={600}>
        {item.scores.length > 1 && (
          <>
            <bdi>{main.label}</bdi>:{" "}
          </>
        )}
        {main.value === null ? t("assessments.case.notScored") : format.number(main.value)}
      </Text>
      <BandBadge band={main.band} />
      {item.scores.length > 1 && (
        <Text size="xs" c="dimmed">
          {t("assessments.case.moreScores", { count: item.scores.length - 1 })}
        </Text>
      )}
    </Group>
  );
}
