/**
 * Logging an outreach session, or correcting one, made for a phone: large boxes and buttons, one
 * column. A one-off also asks where, what and when. Checked here with the request's own schema
 * (and the stock levels shown) before it is sent; the server's problems land on their fields,
 * "Only 3 in stock; 10 asked for" on the item's row.
 */
import { Button, Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { OutreachOptions, StaffOption, StockOption } from "../../../../core/api/outreach.js";
import { outreachSessionTypes } from "../../../../core/outreach/vocabulary.js";
import { hasCode } from "../../api/error-messages.js";
import { FormError } from "../../components/form-error.js";
import { place, schemaProblems, serverProblems } from "./form-errors.js";
import { HeadcountFields } from "./headcount-fields.js";
import { fieldProps, FollowUpField, NotesField, StaffChecks, TopicChips } from "./record-fields.js";
import { ResourceSteppers } from "./resource-steppers.js";
import { fieldOfFor, recordOf, stockProblems, type SessionFormValues } from "./session-form-values.js";

interface SessionFormProps<Body> {
  initial: SessionFormValues;
  options: OutreachOptions;
  /** People to offer besides the site's staff: a schedule's usual staff, or those already named. */
  extraStaff?: readonly StaffOption[];
  /** What this session already handed out, by item, when correcting it. */
  handedBefore?: Readonly<Record<string, number>>;
  /** A one-off: ask where, what and when. */
  isOneOff?: boolean;
  bodyOf: (values: SessionFormValues, itemOrder: readonly string[]) => Record<string, unknown>;
  schema: z.ZodType<Body>;
  onSubmit: (body: Body) => Promise<void>;
  submitLabel: string;
  /** What to say when the server answers "conflict": logged already, or changed by someone else. */
  conflictMessage: string;
  /** Above the fields: what is being logged. */
  heading?: ReactNode;
}

const focusFirstInvalid = () => requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

export function SessionForm<Body>({ initial, options, extraStaff = [], handedBefore = {}, isOneOff = false, bodyOf, schema, onSubmit, submitLabel, conflictMessage, heading }: SessionFormProps<Body>) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const items: StockOption[] = options.stock.filter((item) => item.isActive || (handedBefore[item.id] ?? 0) > 0);
  const itemOrder = items.map((item) => item.id);
  const available = Object.fromEntries(items.map((item) => [item.id, item.level + (handedBefore[item.id] ?? 0)]));
  const staff = [...options.staff, ...extraStaff.filter((person) => !options.staff.some((option) => option.id === person.id))];

  const problemsOf = (values: SessionFormValues) => {
    const placed = place(schemaProblems(schema.safeParse(bodyOf(values, itemOrder)), t), fieldOfFor(recordOf(values, itemOrder).lineItems));
    return { fields: { ...placed.fields, ...stockProblems(values, available, t) }, unplaced: placed.unplaced };
  };
  const form = useForm<SessionFormValues>({ initialValues: initial, validate: (values) => problemsOf(values).fields });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      const parsed = schema.safeParse(bodyOf(values, itemOrder));
      if (!parsed.success) {
        setFormError(problemsOf(values).unplaced.join(" ") || t("errors.checkFields"));
        return;
      }
      try {
        await onSubmit(parsed.data);
      } catch (error) {
        const { problems, message } = serverProblems(error, t);
        const placed = place(problems, fieldOfFor(recordOf(values, itemOrder).lineItems));
        form.setErrors(placed.fields);
        setFormError(hasCode(error, "conflict") ? conflictMessage : (message ?? (placed.unplaced.length > 0 ? placed.unplaced.join(" ") : t("errors.checkFields"))));
        focusFirstInvalid();
      }
    },
    () => focusFirstInvalid(),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {heading}
        <FormError message={formError} />
        {isOneOff && (
          <Fieldset legend={t("outreachSessions.form.whereWhen")}>
            <Stack gap="sm">
              <NativeSelect label={t("outreachSessions.form.partner")} size="md" data={[{ value: "", label: t("outreachSessions.form.noPartner") }, ...options.partners.filter((partner) => partner.isActive).map((partner) => ({ value: partner.id, label: partner.name }))]} {...form.getInputProps("partnerId")} value={form.getValues().partnerId ?? ""} onChange={(event) => form.setFieldValue("partnerId", event.currentTarget.value || null)} />
              <TextInput label={t("outreachSessions.form.venue")} description={t("outreachSessions.form.venueHint")} size="md" maxLength={200} dir="auto" {...form.getInputProps("venue")} />
              <NativeSelect label={t("outreachSessions.form.sessionType")} size="md" required data={[{ value: "", label: t("outreach.choose") }, ...outreachSessionTypes.map((type) => ({ value: type, label: t(`outreach.sessionTypes.${type}`) }))]} {...form.getInputProps("sessionType")} value={form.getValues().sessionType ?? ""} onChange={(event) => form.setFieldValue("sessionType", event.currentTarget.value || null)} />
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
                <TextInput type="date" label={t("outreachSessions.form.day")} size="md" required {...form.getInputProps("day")} />
                <TextInput type="time" label={t("outreachSessions.form.time")} description={t("outreachSessions.form.londonTime")} size="md" required {...form.getInputProps("time")} />
                <NumberInput label={t("outreachSessions.form.duration")} min={5} max={720} step={15} allowDecimal={false} allowNegative={false} size="md" required {...form.getInputProps("durationMinutes")} />
              </SimpleGrid>
            </Stack>
          </Fieldset>
        )}
        <Fieldset legend={t("outreachSessions.form.peopleReached")}>
          <Stack gap="sm">
            <HeadcountFields form={form} />
            <FollowUpField form={form} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t("outreachSessions.form.resources")}>
          <ResourceSteppers form={form} items={items} handedBefore={handedBefore} />
        </Fieldset>
        <TopicChips field={fieldProps<string[]>(form.getInputProps("topics"))} label={t("outreachSessions.form.topics")} />
        <StaffChecks field={fieldProps<string[]>(form.getInputProps("staffIds"))} staff={staff} label={t("outreachSessions.form.staff")} />
        <NotesField form={form} />
        <Button type="submit" size="lg" fullWidth loading={form.submitting} data-testid="save-session">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
