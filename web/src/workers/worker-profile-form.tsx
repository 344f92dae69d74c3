/**
 * Changing a worker's profile: gender, languages, specialisms, the most cases they should hold, and
 * their DBS check (the day it was done, the day it runs out, the certificate number). Saved with
 * the version shown, so a change made meanwhile by someone else is not overwritten.
 */
import { Button, Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { workerGenders } from "../../../core/api/workers.js";
import { supportLanguages } from "../../../core/referrals/vocabulary.js";
import { specialisms } from "../../../core/support/matching.js";
import { hasCode } from "../api/error-messages.js";
import { FormError } from "../components/form-error.js";
import { FormFieldset } from "../components/form-fieldset.js";
import { useServerForm } from "../forms/use-server-form.js";
import { useLanguageName } from "../referrals/preference-labels.js";
import { bodyOf, validateProfile, valuesOf, type ProfileValues } from "./profile-form-values.js";
import { workersApi, type WorkerDetail } from "./workers-api.js";

export function WorkerProfileForm({ worker, onSaved, onStale }: { worker: WorkerDetail; onSaved: (worker: WorkerDetail) => void; onStale: () => void }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const form = useForm<ProfileValues>({ initialValues: valuesOf(worker), validate: validateProfile(t, worker.version) });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      const saved = await workersApi.save(worker.userId, bodyOf(values, worker.version));
      form.setValues(valuesOf(saved));
      form.resetDirty(valuesOf(saved));
      onSaved(saved);
    } catch (error) {
      // Someone saved the profile first: the page shows theirs and says so, rather than overwrite it.
      if (!hasCode(error, "conflict")) throw error;
      onStale();
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t("workers.form.gender")} data={workerGenders.map((gender) => ({ value: gender, label: t(`workers.genders.${gender}`) }))} {...form.getInputProps("gender")} />
          <NumberInput label={t("workers.form.maxCaseload")} description={t("workers.form.maxCaseloadHint")} min={1} max={100} allowDecimal={false} required {...form.getInputProps("maxCaseload")} />
        </SimpleGrid>
        <Checkbox.Group label={t("workers.form.languages")} description={t("workers.form.languagesHint")} {...form.getInputProps("languages")}>
          <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs">
            {supportLanguages.map((code) => (
              <Checkbox key={code} value={code} label={languageName(code)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group label={t("workers.form.specialisms")} description={t("workers.form.specialismsHint")} {...form.getInputProps("specialisms")}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {specialisms.map((code) => (
              <Checkbox key={code} value={code} label={t(`support.specialisms.${code}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <FormFieldset legend={t("workers.form.vetting")} hint={t("workers.form.vettingHint")}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput type="date" label={t("workers.form.checkedOn")} {...form.getInputProps("checkedOn")} />
            <TextInput type="date" label={t("workers.form.expiresOn")} {...form.getInputProps("expiresOn")} />
            <TextInput label={t("workers.form.reference")} description={t("workers.form.referenceHint")} maxLength={40} dir="ltr" {...form.getInputProps("reference")} />
          </SimpleGrid>
        </FormFieldset>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t("workers.form.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
