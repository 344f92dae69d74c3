/**
 * The cross-vulnerability profile: each area's push, pull and protective ratings and the need they
 * give (push + pull − protective), with high and moderate need named in words.
 */
import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { defaultTierRules } from "../../../core/instruments/suggest-tier.js";
import { useFormat } from "../i18n/format.js";

export interface NeedRow {
  domain: string;
  push: number;
  pull: number;
  protective: number;
  need: number;
}

export function needLevel(need: number): "high" | "moderate" | null {
  if (need >= defaultTierRules.highNeed) return "high";
  if (need >= defaultTierRules.moderateNeed) return "moderate";
  return null;
}

/** An area's need as a number, with high and moderate need named in words. */
export function NeedValue({ need }: { need: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const level = needLevel(need);
  return (
    <>
      <Text span fw={level ? 700 : 400} inherit>
        {format.number(need)}
      </Text>
      {level && (
        <Text span size="sm" ms={6} className={level === "high" ? "tone-worse" : "tone-note"} fw={600}>
          {t(`assessments.profile.levels.${level}`)}
        </Text>
      )}
    </>
  );
}

export function NeedProfileTable({ needs, caption }: { needs: readonly NeedRow[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing={6} className="need-profile">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("assessments.profile.area")}</Table.Th>
            <Table.Th scope="col">{t("assessments.profile.push")}</Table.Th>
            <Table.Th scope="col">{t("assessments.profile.pull")}</Table.Th>
            <Table.Th scope="col">{t("assessments.profile.protective")}</Table.Th>
            <Table.Th scope="col">{t("assessments.profile.need")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {needs.map((row) => {
            const level = needLevel(row.need);
            return (
              <Table.Tr key={row.domain} data-level={level ?? undefined}>
                <Table.Th scope="row" fw={500}>
                  {t(`assessments.domains.${row.domain}`, { defaultValue: row.domain })}
                </Table.Th>
                <Table.Td>{format.number(row.push)}</Table.Td>
                <Table.Td>{format.number(row.pull)}</Table.Td>
                <Table.Td>{format.number(row.protective)}</Table.Td>
                <Table.Td>
                  <NeedValue need={row.need} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
