/**
 * A structured professional judgement: present, absent or unknown, and the evidence for it. It is
 * never given a number or added to anything (the extremism vulnerability factors).
 */
import { Group, Radio, Stack, Textarea, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FormAnswer, PartialJudgement } from "./form-answers.js";

const statuses = ["present", "absent", "unknown"] as const;

interface JudgementFieldProps {
  label: string;
  description?: string;
  error: string | null;
  required: boolean;
  withAsterisk?: boolean;
  value: FormAnswer | undefined;
  onChange: (value: PartialJudgement) => void;
}

const asJudgement = (value: FormAnswer | undefined): PartialJudgement =>
  value !== undefined && typeof value === "object" ? value : { status: null, evidence: "" };

export function JudgementField({ label, description, error, required, value, onChange }: JudgementFieldProps) {
  const { t } = useTranslation();
  const judgement = asJudgement(value);
  return (
    <Stack gap={6}>
      <Radio.Group
        label={<bdi>{label}</bdi>}
        description={description}
        error={error}
        required={required}
        withAsterisk={false}
        value={judgement.status}
        onChange={(status) => onChange({ ...judgement, status: statuses.find((option) => option === status) ?? null })}
      >
        <Group gap="lg" mt={6}>
          {statuses.map((status) => (
            <Radio key={status} value={status} label={t(`assessments.answers.judgement.${status}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={
          <>
            {t("assessments.form.evidenceShort")}
            <VisuallyHidden>{`: ${label}`}</VisuallyHidden>
          </>
        }
        value={judgement.evidence}
        onChange={(event) => onChange({ ...judgement, evidence: event.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={4000}
        dir="auto"
        size="sm"
      />
    </Stack>
  );
}
