/** "Who is filling in this form?" — the referral's source, which decides the questions that follow. */
import { Paper, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { referralSources, type ReferralSource } from "../referral-values.js";
import { ChoiceFieldset, RadioOptions } from "./form-kit.js";
import type { ReferralForm } from "./referral-form-type.js";

const sourceLabels: Record<ReferralSource, string> = {
  self: "public.sources.self",
  family: "public.sources.family",
  faith_leader: "public.sources.faith_leader",
  school_college: "public.sources.school_college",
  gp_health: "public.sources.gp_health",
  council_social_care: "public.sources.council_social_care",
  other_organisation: "public.sources.other_organisation",
};

export function SourceSection({ form }: { form: ReferralForm }) {
  const { t } = useTranslation();
  const error = form.errors.sourceCode;
  return (
    <Paper component="section" withBorder radius="md" p={{ base: "md", sm: "lg" }} className="form-section">
      <ChoiceFieldset
        legend={<Title order={2}>{t("public.form.source.legend")}</Title>}
        hint={t("public.form.source.hint")}
        error={error}
      >
        <RadioOptions<ReferralSource>
          path="sourceCode"
          value={form.values.sourceCode}
          onChange={(value) => form.setFieldValue("sourceCode", value)}
          options={referralSources.map((source) => ({ value: source, label: t(sourceLabels[source]) }))}
          hasError={Boolean(error)}
        />
      </ChoiceFieldset>
    </Paper>
  );
}
