/**
 * The answers as given, section by section, against the items of the version the assessment used
 * (its own labels, even if the instrument has since been revised). Items an earlier answer hid are
 * left out, as they were on the form.
 */
import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InstrumentDefinition } from "../../../core/instruments/definition.js";
import type { Answers } from "../../../core/instruments/score.js";
import { Section } from "../components/section.js";
import { useFormat } from "../i18n/format.js";
import { answerWords } from "./answer-text.js";

export function AnswersGiven({ definition, answers, shownItemIds }: { definition: InstrumentDefinition; answers: Answers; shownItemIds: readonly string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = new Set(shownItemIds);
  return (
    <Section title={t("assessments.results.answersTitle")}>
      {definition.sections.map((section) => {
        const items = section.items.filter((item) => shown.has(item.id));
        if (items.length === 0) return null;
        return (
          <Stack key={section.id} gap="xs" component="section" aria-label={section.title}>
            <Title order={3} size="h5">
              <bdi>{section.title}</bdi>
            </Title>
            <dl className="answer-list">
              {items.map((item) => {
                const words = answerWords(item, answers[item.id], t, format.number);
                return (
                  <div key={item.id} className="answer-row">
                    <Text component="dt" size="sm">
                      <bdi>{item.label}</bdi>
                    </Text>
                    <Text component="dd" size="sm" fw={600} m={0}>
                      <bdi>{words.text}</bdi>
                      {words.evidence && (
                        <Text component="span" display="block" fw={400} size="sm">
                          {t("assessments.results.evidenceLabel")} <bdi>{words.evidence}</bdi>
                        </Text>
                      )}
                    </Text>
                  </div>
                );
              })}
            </dl>
          </Stack>
        );
      })}
    </Section>
  );
}
