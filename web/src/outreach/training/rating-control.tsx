/**
 * A confidence rating from 1 (not at all confident) to 5 (very confident), or none given: one tap
 * on a row of segments wide enough for a thumb on a phone.
 */
import { SegmentedControl, Stack, Text, VisuallyHidden } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { confidenceScale } from "../../../../core/api/outreach-training.js";

interface RatingControlProps {
  label: string;
  /** "" when no rating is given. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

const points = Array.from({ length: confidenceScale.max - confidenceScale.min + 1 }, (_unused, index) => String(confidenceScale.min + index));

export function RatingControl({ label, value, onChange, error }: RatingControlProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        fullWidth
        size="md"
        value={value}
        onChange={onChange}
        data={[
          {
            value: "",
            label: (
              <>
                <span aria-hidden>–</span>
                <VisuallyHidden>{t("training.rating.none")}</VisuallyHidden>
              </>
            ),
          },
          ...points.map((point) => ({ value: point, label: point })),
        ]}
      />
      {error && (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
