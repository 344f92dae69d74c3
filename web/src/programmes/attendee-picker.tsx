/**
 * Choosing the registered clients who came to a group session: the clients enrolled on the
 * programme at the site whose cases the user can see, by name and case reference, and the number
 * of other people who came (counted, never named).
 */
import { Checkbox, NumberInput, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isolateReference } from "../i18n/format.js";
import type { GroupSessionOptions } from "./programmes-api.js";

interface AttendeePickerProps {
  enrolments: GroupSessionOptions["enrolments"];
  chosen: readonly string[];
  onChosenChange: (ids: string[]) => void;
  headcount: number | string;
  onHeadcountChange: (value: number | string) => void;
  headcountError?: string | null;
}

export function AttendeePicker({ enrolments, chosen, onChosenChange, headcount, onHeadcountChange, headcountError }: AttendeePickerProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {enrolments.length === 0 ? (
        <Text size="sm">{t("programmes.groups.form.noEnrolled")}</Text>
      ) : (
        <Checkbox.Group label={t("programmes.groups.form.attendees")} description={t("programmes.groups.form.attendeesHint")} value={[...chosen]} onChange={onChosenChange}>
          <Stack gap={6} mt={6}>
            {enrolments.map((enrolment) => (
              <Checkbox
                key={enrolment.enrolmentId}
                value={enrolment.enrolmentId}
                label={
                  <>
                    <bdi>{enrolment.name}</bdi> ({isolateReference(enrolment.caseReference)})
                  </>
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <NumberInput
        label={t("programmes.groups.form.headcount")}
        description={t("programmes.groups.form.headcountHint")}
        value={headcount}
        onChange={onHeadcountChange}
        min={0}
        max={10_000}
        allowDecimal={false}
        allowNegative={false}
        error={headcountError}
        w={{ base: "100%", xs: 240 }}
      />
    </Stack>
  );
}
