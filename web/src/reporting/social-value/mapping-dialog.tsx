/**
 * Changing how an outcome is valued: its lines, each a catalogue entry with the kinds of value
 * counted, the quantity and duration, deadweight, attribution, displacement and drop-off (as
 * percentages), the confidence grade, and the reason for each assumption. Kept as the mapping's
 * next version; the server refuses a line it cannot value, naming it, and a stale version.
 */
import { Button, Checkbox, Divider, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { updateMappingBodySchema, type MappingList, type OutcomeMappingView } from "../../../../core/api/social-value.js";
import { confidenceGrades, valueKinds, type MappingLine, type UnitCostEntry } from "../../../../core/social-value/index.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { fieldErrors } from "../contracts/form-checks.js";
import { socialValueApi } from "./social-value-api.js";
import { outcomeName } from "./social-value-words.js";

const shares = ["deadweight", "attribution", "displacement", "dropOff"] as const;
const reasons = ["quantity", "duration", "deadweight", "attribution", "displacement", "dropOff", "confidence"] as const;

interface LineValues {
  entryCode: string;
  valueKinds: string[];
  quantity: string;
  durationYears: string;
  /** Percentages as written: "30" is 30%. */
  deadweight: string;
  attribution: string;
  displacement: string;
  dropOff: string;
  confidenceGrade: string;
  rationale: Record<(typeof reasons)[number], string>;
}

/** A percentage as a share, to 4 places (12.5 → 0.125); NaN when it is not a number. */
const shareOf = (percent: string) => (percent.trim() === "" ? Number.NaN : Math.round(Number(percent.replace(",", ".")) * 100) / 10_000);
const percentOf = (share: number) => String(Math.round(share * 10_000) / 100);
const emptyReasons = Object.fromEntries(reasons.map((reason) => [reason, ""])) as LineValues["rationale"];

function valuesOf(line: MappingLine): LineValues {
  return {
    entryCode: line.entryCode,
    valueKinds: [...line.valueKinds],
    quantity: String(line.quantity),
    durationYears: String(line.durationYears),
    deadweight: percentOf(line.deadweight),
    attribution: percentOf(line.attribution),
    displacement: percentOf(line.displacement),
    dropOff: percentOf(line.dropOff),
    confidenceGrade: String(line.confidenceGrade),
    rationale: { ...line.rationale },
  };
}

const newLine = (entryCode: string): LineValues => ({ entryCode, valueKinds: ["fiscal"], quantity: "1", durationYears: "1", deadweight: "0", attribution: "0", displacement: "0", dropOff: "0", confidenceGrade: "5", rationale: { ...emptyReasons } });

export function MappingDialog({ outcome, entries, onClose, onSaved }: { outcome: OutcomeMappingView | null; entries: readonly UnitCostEntry[]; onClose: () => void; onSaved: (list: MappingList) => void }) {
  const { t } = useTranslation();
  const name = outcome ? (outcome.label ?? outcomeName(t, outcome.outcomeCode, {})) : "";
  return (
    <AppModal opened={outcome !== null} onClose={onClose} title={t("socialValue.mappings.editTitle", { outcome: name })} size="xl">
      {outcome !== null && <MappingForm outcome={outcome} entries={entries} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function MappingForm({ outcome, entries, onCancel, onSaved }: { outcome: OutcomeMappingView; entries: readonly UnitCostEntry[]; onCancel: () => void; onSaved: (list: MappingList) => void }) {
  const { t } = useTranslation();
  const bodyOf = (values: { lines: LineValues[] }) => ({
    version: outcome.mapping?.version ?? 0,
    lines: values.lines.map((line) => ({
      entryCode: line.entryCode,
      valueKinds: valueKinds.filter((kind) => line.valueKinds.includes(kind)),
      quantity: Number(line.quantity.replace(",", ".")),
      durationYears: Number(line.durationYears),
      ...Object.fromEntries(shares.map((share) => [share, shareOf(line[share])])),
      confidenceGrade: Number(line.confidenceGrade),
      rationale: line.rationale,
    })),
  });
  const form = useForm<{ lines: LineValues[] }>({
    initialValues: { lines: outcome.mapping ? outcome.mapping.lines.map(valuesOf) : [newLine(entries[0]?.code ?? "")] },
    validate: (values) => fieldErrors(updateMappingBodySchema, bodyOf(values), t, (path) => (shares.some((share) => path.endsWith(`.${share}`)) ? t("socialValue.mappings.percentFormat") : undefined)),
  });
  const { formError, setFormError, handleSubmit, showFailure } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      onSaved(await socialValueApi.changeMapping(outcome.outcomeCode, updateMappingBodySchema.parse(bodyOf(values))));
    } catch (error) {
      if (error instanceof ApiError && error.code === "conflict") setFormError(t("socialValue.stale"));
      else showFailure(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <Text size="sm">{t("socialValue.mappings.editIntro")}</Text>
        {form.values.lines.map((line, index) => (
          <Stack key={index} gap="sm">
            {index > 0 && <Divider />}
            <Group justify="space-between">
              <Title order={3} size="h5">
                {t("socialValue.mappings.lineNumber", { number: index + 1 })}
              </Title>
              {form.values.lines.length > 1 && (
                <Button size="xs" variant="subtle" color="red" onClick={() => form.removeListItem("lines", index)}>
                  {t("socialValue.mappings.removeLine")}
                </Button>
              )}
            </Group>
            <NativeSelect label={t("socialValue.mappings.entry")} data={entries.map((entry) => ({ value: entry.code, label: `${entry.code} — ${entry.description}` }))} {...form.getInputProps(`lines.${index}.entryCode`)} />
            <Checkbox.Group label={t("socialValue.mappings.kinds")} {...form.getInputProps(`lines.${index}.valueKinds`)}>
              <Group mt={4}>
                {valueKinds.map((kind) => (
                  <Checkbox key={kind} value={kind} label={t(`socialValue.kinds.${kind}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={t("socialValue.mappings.fields.quantity")} description={t("socialValue.mappings.quantityHint")} inputMode="decimal" dir="ltr" {...form.getInputProps(`lines.${index}.quantity`)} />
              <TextInput label={t("socialValue.mappings.fields.duration")} description={t("socialValue.mappings.durationHint")} inputMode="numeric" dir="ltr" {...form.getInputProps(`lines.${index}.durationYears`)} />
              <NativeSelect label={t("socialValue.mappings.fields.confidence")} data={confidenceGrades.map((grade) => ({ value: String(grade), label: t(`socialValue.grades.${grade}`) }))} {...form.getInputProps(`lines.${index}.confidenceGrade`)} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              {shares.map((share) => (
                <TextInput key={share} label={t(`socialValue.mappings.fields.${share}`)} description={t("socialValue.mappings.percentHint")} inputMode="decimal" dir="ltr" rightSection="%" {...form.getInputProps(`lines.${index}.${share}`)} />
              ))}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {reasons.map((reason) => (
                <Textarea key={reason} label={t(`socialValue.mappings.reasons.${reason}`)} required autosize minRows={2} maxRows={5} maxLength={600} dir="auto" {...form.getInputProps(`lines.${index}.rationale.${reason}`)} />
              ))}
            </SimpleGrid>
          </Stack>
        ))}
        <div>
          <Button variant="default" size="xs" onClick={() => form.insertListItem("lines", newLine(entries[0]?.code ?? ""))} disabled={form.values.lines.length >= 20}>
            {t("socialValue.mappings.addLine")}
          </Button>
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t("socialValue.mappings.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
