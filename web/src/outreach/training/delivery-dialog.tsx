/**
 * Recording a training given at the site, or correcting one: the course (only when recording; its
 * statements are then fixed), the partner whose people came, the day (not one still to come), the
 * trainer, where, and notes. Choices come from the site's outreach options and the catalogue.
 */
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { OutreachOptions } from "../../../../core/api/outreach.js";
import { createDeliveryBodySchema, updateDeliveryBodySchema, type Course, type DeliveryDetail } from "../../../../core/api/outreach-training.js";
import { AppModal } from "../../components/app-modal.js";
import { chooseFirst } from "../../components/choose-first.js";
import { FormError } from "../../components/form-error.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { zodValidate } from "../../forms/validation.js";
import { localIsoDate } from "../../i18n/format.js";
import { outreachApi } from "../outreach-api.js";
import { trainingApi } from "./training-api.js";

interface Values {
  courseId: string;
  partnerId: string;
  deliveredOn: string;
  trainerId: string;
  location: string;
  notes: string;
}

interface DeliveryDialogProps {
  siteId: string;
  /** "new" to record one; a delivery to correct it; null when closed. */
  delivery: DeliveryDetail | "new" | null;
  onClose: () => void;
  onSaved: (delivery: DeliveryDetail) => void;
}

export function DeliveryDialog({ siteId, delivery, onClose, onSaved }: DeliveryDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={delivery !== null} onClose={onClose} title={t(delivery === "new" ? "training.delivery.recordTitle" : "training.delivery.editTitle")} size="lg">
      {delivery !== null && <Choices siteId={siteId} delivery={delivery === "new" ? null : delivery} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function Choices({ siteId, delivery, onCancel, onSaved }: { siteId: string; delivery: DeliveryDetail | null; onCancel: () => void; onSaved: (delivery: DeliveryDetail) => void }) {
  const { state, reload } = useLoad(() => Promise.all([outreachApi.options(siteId), trainingApi.courses()]), [siteId]);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const [options, courses] = state.data;
  return <DeliveryForm siteId={siteId} delivery={delivery} options={options} courses={courses.items} onCancel={onCancel} onSaved={onSaved} />;
}

function DeliveryForm({ siteId, delivery, options, courses, onCancel, onSaved }: { siteId: string; delivery: DeliveryDetail | null; options: OutreachOptions; courses: readonly Course[]; onCancel: () => void; onSaved: (delivery: DeliveryDetail) => void }) {
  const { t } = useTranslation();
  const today = localIsoDate(new Date());
  const toFields = (values: Values) => ({ partnerId: values.partnerId || null, deliveredOn: values.deliveredOn, trainerId: values.trainerId, location: values.location, notes: values.notes });
  const toBody = (values: Values) => (delivery ? { ...toFields(values), version: delivery.version } : { siteId, courseId: values.courseId, ...toFields(values) });
  const validateSchema = zodValidate<Values>(delivery ? updateDeliveryBodySchema : createDeliveryBodySchema, t, toBody);
  const form = useForm<Values>({
    initialValues: {
      courseId: "",
      partnerId: delivery?.partner?.id ?? "",
      deliveredOn: delivery?.deliveredOn ?? today,
      trainerId: delivery?.trainer.id ?? "",
      location: delivery?.location ?? "",
      notes: delivery?.notes ?? "",
    },
    validate: (values) => ({ ...validateSchema(values), ...(values.deliveredOn > today ? { deliveredOn: t("training.delivery.futureDay") } : {}) }),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    onSaved(delivery ? await trainingApi.updateDelivery(delivery.id, updateDeliveryBodySchema.parse(toBody(values))) : await trainingApi.recordDelivery(createDeliveryBodySchema.parse(toBody(values))));
  });
  // A partner or trainer already on the record stays choosable even if no longer offered.
  const partners = [...options.partners.filter((partner) => partner.isActive || partner.id === delivery?.partner?.id)];
  if (delivery?.partner && !partners.some((partner) => partner.id === delivery.partner?.id)) partners.push({ ...delivery.partner, type: "other_charity", isActive: false });
  const staff = [...options.staff];
  if (delivery && !staff.some((person) => person.id === delivery.trainer.id)) staff.push({ id: delivery.trainer.id, displayName: delivery.trainer.name });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        {!delivery && (
          <NativeSelect
            label={t("training.delivery.course")}
            description={t("training.delivery.courseHint")}
            data={chooseFirst(t("training.choose"), courses.filter((course) => course.isActive).map((course) => ({ value: course.id, label: course.title })))}
            required
            {...form.getInputProps("courseId")}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput type="date" label={t("training.delivery.deliveredOn")} max={today} required {...form.getInputProps("deliveredOn")} />
          <NativeSelect label={t("training.delivery.trainer")} data={chooseFirst(t("training.choose"), staff.map((person) => ({ value: person.id, label: person.displayName })))} required {...form.getInputProps("trainerId")} />
        </SimpleGrid>
        <NativeSelect
          label={t("training.delivery.partner")}
          description={t("training.delivery.partnerHint")}
          data={[{ value: "", label: t("training.delivery.noPartner") }, ...partners.map((partner) => ({ value: partner.id, label: partner.name }))]}
          {...form.getInputProps("partnerId")}
        />
        <TextInput label={t("training.delivery.location")} description={t("training.delivery.locationHint")} maxLength={200} dir="auto" {...form.getInputProps("location")} />
        <Textarea label={t("training.delivery.notes")} description={t("training.delivery.notesHint")} maxLength={2000} autosize minRows={2} dir="auto" {...form.getInputProps("notes")} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(delivery ? "training.delivery.save" : "training.delivery.recordSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
