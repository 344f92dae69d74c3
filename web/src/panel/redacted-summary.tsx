/**
 * The redacted case summary a panel member reads: initials and an age band instead of a name and a
 * date of birth, the case's reference, tier and areas of concern, the needs and flags from the
 * latest assessment, what the escalator wrote (redacted), and the note excerpts the lead chose.
 */
import { Alert, List, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RedactedCaseSummaryView } from "../../../core/api/panel.js";
import { useDemographicLabels } from "../clients/demographic-labels.js";
import { FactList } from "../components/fact-list.js";
import { Reference } from "../components/reference.js";
import { Section } from "../components/section.js";
import { useFormat } from "../i18n/format.js";
import { NeedValue, needLevel } from "../assessments/need-profile-table.js";

export function RedactedSummary({ summary }: { summary: RedactedCaseSummaryView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const demographics = useDemographicLabels();
  const notRecorded = t("panel.summary.notRecorded");
  const domainName = (domain: string) => t(`assessments.domains.${domain}`, { defaultValue: domain });
  const language = summary.preferredLanguage ? t(`public.supportLanguages.${summary.preferredLanguage}`, { defaultValue: summary.preferredLanguage }) : notRecorded;
  // Highest need first: what the panel is asked about.
  const needs = Object.entries(summary.assessment?.needs ?? {}).sort(([, a], [, b]) => b - a);

  return (
    <>
      <Section title={t("panel.summary.person")}>
        <FactList
          columns={3}
          facts={[
            { label: t("panel.summary.initials"), value: <bdi>{summary.initials ?? t("panel.summary.noInitials")}</bdi> },
            { label: t("panel.summary.ageBand"), value: demographics.ageBand(summary.ageBand) },
            { label: t("panel.summary.sex"), value: summary.sex ? t(`clients.sexes.${summary.sex}`) : notRecorded },
            { label: t("panel.summary.ethnicity"), value: summary.ethnicity ? demographics.ethnicity(summary.ethnicity) : notRecorded },
            { label: t("panel.summary.religion"), value: summary.religion ? t(`clients.religions.${summary.religion}`) : notRecorded },
            { label: t("panel.summary.language"), value: <bdi>{language}</bdi> },
          ]}
        />
      </Section>
      <Section title={t("panel.summary.caseTitle")}>
        <FactList
          columns={3}
          facts={[
            { label: t("panel.summary.reference"), value: <Reference value={summary.case.reference} /> },
            { label: t("panel.summary.tier"), value: summary.case.tier ? t(`cases.tiers.${summary.case.tier}`) : t("panel.summary.noTier") },
            { label: t("panel.summary.opened"), value: format.day(summary.case.openedOn) },
            { label: t("panel.summary.site"), value: <bdi>{summary.case.siteName}</bdi> },
            { label: t("panel.summary.domains"), value: summary.case.vulnerabilityDomains.map(domainName).join(t("panel.listSeparator")) || t("panel.summary.noneRecorded") },
          ]}
        />
      </Section>
      <Section title={t("panel.summary.assessment")}>
        {!summary.assessment ? (
          <Text>{t("panel.summary.noAssessment")}</Text>
        ) : (
          <>
            {needs.length > 0 && (
              <Table maw={480} verticalSpacing={4}>
                <Table.Caption>{t("panel.summary.needsCaption")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("panel.summary.area")}</Table.Th>
                    <Table.Th scope="col">{t("panel.summary.need")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {needs.map(([domain, need]) => (
                    <Table.Tr key={domain} data-level={needLevel(need) ?? undefined}>
                      <Table.Td>{domainName(domain)}</Table.Td>
                      <Table.Td>
                        <NeedValue need={need} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Text size="sm" c="dimmed">
              {t("panel.summary.flags")}
            </Text>
            {summary.assessment.flags.length === 0 ? (
              <Text size="sm">{t("panel.summary.noFlags")}</Text>
            ) : (
              <List size="sm">
                {summary.assessment.flags.map((flag) => (
                  <List.Item key={flag}>
                    <bdi>{flag}</bdi>
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
      </Section>
      <Section title={t("panel.summary.escalation")}>
        <Text size="sm" c="dimmed">
          {t("panel.escalate.reason")}
        </Text>
        <Text dir="auto" style={{ whiteSpace: "pre-wrap" }}>
          {summary.escalation.reason}
        </Text>
        <Text size="sm" c="dimmed">
          {t("panel.escalate.riskSummary")}
        </Text>
        <Text dir="auto" style={{ whiteSpace: "pre-wrap" }}>
          {summary.escalation.riskSummary}
        </Text>
      </Section>
      <Section title={t("panel.excerpts.heading")}>
        {summary.excerpts.length === 0 ? (
          <Text size="sm">{t("panel.excerpts.none")}</Text>
        ) : (
          <List spacing="sm">
            {summary.excerpts.map((excerpt, index) => (
              <List.Item key={`${excerpt.sessionDate}-${index}`}>
                <Text size="xs" c="dimmed">
                  {t("panel.excerpts.fromSession", { date: format.day(excerpt.sessionDate) })}
                </Text>
                <Text dir="auto" style={{ whiteSpace: "pre-wrap" }}>
                  {excerpt.text}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {summary.redactedPassages > 0 && (
          <Alert color="gray" variant="light">
            {t("panel.summary.redacted", { count: summary.redactedPassages })}
          </Alert>
        )}
      </Section>
    </>
  );
}
