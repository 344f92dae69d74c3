/**
 * The cross-vulnerability profile, first assessment against the latest: per area the push, pull
 * and protective ratings and the need they give, each "first → latest" with an arrow and, for
 * screen readers, whether that is better or worse (lower push, pull and need are better; higher
 * protective factors are).
 */
import { Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Section } from "../components/section.js";
import { useFormat } from "../i18n/format.js";
import { NeedProfileTable } from "../assessments/need-profile-table.js";
import { movementOf } from "./change-marks.js";
import type { ClientOutcomes } from "./outcomes-api.js";

type Profile = NonNullable<ClientOutcomes["profile"]>;
const measures = [
  { key: "push", isHigherBetter: false },
  { key: "pull", isHigherBetter: false },
  { key: "protective", isHigherBetter: true },
  { key: "need", isHigherBetter: false },
] as const;
const toneClasses = { better: "tone-better", worse: "tone-worse", same: "" } as const;

export function ProfileComparison({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const latestByDomain = new Map(profile.latest.needs.map((need) => [need.domain, need]));
  if (profile.first.assessmentId === profile.latest.assessmentId) {
    return (
      <Section title={t("outcomes.profile.title")}>
        <Text size="sm">{t("outcomes.profile.onlyOne", { date: format.day(profile.first.assessedOn) })}</Text>
        <NeedProfileTable needs={profile.first.needs} caption={t("assessments.profile.caption")} />
      </Section>
    );
  }
  return (
    <Section title={t("outcomes.profile.title")}>
      <Text size="sm">
        {t("outcomes.profile.intro", { first: format.day(profile.first.assessedOn), latest: format.day(profile.latest.assessedOn) })}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing={6} className="profile-comparison">
          <Table.Caption>{t("outcomes.profile.caption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("assessments.profile.area")}</Table.Th>
              {measures.map((measure) => (
                <Table.Th scope="col" key={measure.key}>
                  {t(`assessments.profile.${measure.key}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {profile.first.needs.map((first) => {
              const latest = latestByDomain.get(first.domain) ?? first;
              return (
                <Table.Tr key={first.domain}>
                  <Table.Th scope="row" fw={500}>
                    {t(`assessments.domains.${first.domain}`, { defaultValue: first.domain })}
                  </Table.Th>
                  {measures.map((measure) => {
                    const change = movementOf(first[measure.key], latest[measure.key], measure.isHigherBetter);
                    return (
                      <Table.Td key={measure.key}>
                        <span className="profile-change">
                          <bdi dir="ltr">
                            {format.number(first[measure.key])} → {format.number(latest[measure.key])}
                          </bdi>{" "}
                          <Text span className={toneClasses[change.tone]} c={change.tone === "same" ? "dimmed" : undefined} fw={700} aria-hidden>
                            {change.symbol}
                          </Text>
                          <VisuallyHidden>{t(`outcomes.profile.tones.${change.tone}`)}</VisuallyHidden>
                        </span>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t("outcomes.profile.key")}
      </Text>
    </Section>
  );
}
