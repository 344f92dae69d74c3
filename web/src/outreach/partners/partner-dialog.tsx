/**
 * Adding a partner to the site's directory or changing one: name, type, where it is, the languages
 * of the community it serves, the pathways it uses, its contacts and agreements, notes, and (when
 * changing) whether it is still active. Checked with the core's schema before it is sent; the
 * server's field errors land on their fields.
 */
import { Button, Checkbox, Grid, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createPartnerBodySchema, partnerPathways, partnerTypes, supportLanguages, updatePartnerBodySchema, type PartnerView } from "../../../../core/api/outreach-partners.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { chooseFirst } from "../../components/choose-first.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { partnerBodyOf, partnerValuesOf, validatePartner, type PartnerValues } from "./partner-form-values.js";
import { AgreementFields, ContactFields } from "./partner-list-fields.js";
import { partnersApi } from "./partners-api.js";

interface PartnerDialogProps {
  siteId: string;
  /** "new" to add one, a partner to change it, null when closed. */
  partner: PartnerView | "new" | null;
  onClose: () => void;
  onSaved: (partner: PartnerView) => void;
}

export function PartnerDialog({ siteId, partner, onClose, onSaved }: PartnerDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={partner !== null} onClose={onClose} title={t(partner === "new" ? "partners.form.addTitle" : "partners.form.editTitle")} size="xl">
      {partner !== null && <PartnerForm siteId={siteId} partner={partner === "new" ? null : partner} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function PartnerForm({ siteId, partner, onCancel, onSaved }: { siteId: string; partner: PartnerView | null; onCancel: () => void; onSaved: (partner: PartnerView) => void }) {
  const { t } = useTranslation();
  const form = useForm<PartnerValues>({ initialValues: partnerValuesOf(partner), validate: validatePartner(t, siteId, partner) });
  const { formError, setFormError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      const body = partnerBodyOf(values, siteId, partner);
      onSaved(partner ? await partnersApi.update(partner.id, updatePartnerBodySchema.parse(body)) : await partnersApi.create(createPartnerBodySchema.parse(body)));
    } catch (error) {
      // A conflict is either the name (another partner here has it) or a change made meanwhile.
      if (!(error instanceof ApiError) || error.code !== "conflict") throw error;
      if (error.fields.some((field) => field.path === "body.name")) form.setFieldError("name", t("partners.form.nameTaken"));
      else setFormError(t("partners.form.stale"));
    }
  });
  const languageOptions = supportLanguages.map((language) => ({ value: language, label: t(`public.supportLanguages.${language}`) }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t("partners.form.name")} required maxLength={160} dir="auto" data-autofocus {...form.getInputProps("name")} />
          <NativeSelect label={t("partners.form.type")} data={chooseFirst(t("outreach.choose"), partnerTypes.map((type) => ({ value: type, label: t(`outreach.partnerTypes.${type}`) })))} required {...form.getInputProps("type")} />
        </SimpleGrid>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label={t("partners.form.address")} maxLength={300} dir="auto" {...form.getInputProps("address")} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label={t("partners.form.postcode")} maxLength={10} dir="ltr" autoCapitalize="characters" {...form.getInputProps("postcode")} />
          </Grid.Col>
        </Grid>
        <Checkbox.Group label={t("partners.form.pathways")} {...form.getInputProps("pathways")}>
          <Stack gap={6} mt="xs">
            {partnerPathways.map((pathway) => (
              <Checkbox key={pathway} value={pathway} label={t(`outreach.pathways.${pathway}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Checkbox.Group label={t("partners.form.languages")} description={t("partners.form.languagesHint")} {...form.getInputProps("languages")}>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing={6} mt="xs">
            {languageOptions.map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <ContactFields form={form} />
        <AgreementFields form={form} />
        <Textarea label={t("partners.form.notes")} description={t("partners.form.notesHint")} autosize minRows={2} maxLength={4000} dir="auto" {...form.getInputProps("notes")} />
        {partner && <Checkbox label={t("partners.form.isActive")} description={t("partners.form.isActiveHint")} {...form.getInputProps("isActive", { type: "checkbox" })} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(partner ? "partners.form.save" : "partners.form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
