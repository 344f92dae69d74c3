/**
 * Adding an item of the site's own to its stock list (its kind, the language for a leaflet, its
 * name, the level at which it shows as running low), or changing one: its name (a standard item
 * may go back to the app's name), the low-at level, and whether the site still stocks it.
 */
import { Button, Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createStockItemBodySchema, maxStockQuantity, resourceKinds, supportLanguages, updateStockItemBodySchema, type StockItemView } from "../../../../core/api/outreach-stock.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { chooseFirst } from "../../components/choose-first.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { zodValidate } from "../../forms/validation.js";
import { stockItemName } from "../outreach-labels.js";
import { stockApi } from "./stock-api.js";

interface Values {
  kind: string;
  language: string;
  label: string;
  lowAt: number | string;
  isActive: boolean;
}

interface StockItemDialogProps {
  siteId: string;
  /** "new" to add one, an item to change it, null when closed. */
  item: StockItemView | "new" | null;
  onClose: () => void;
  onSaved: () => void;
}

export function StockItemDialog({ siteId, item, onClose, onSaved }: StockItemDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={item !== null} onClose={onClose} title={t(item === "new" ? "stock.item.addTitle" : "stock.item.editTitle")} size="lg">
      {item !== null && <StockItemForm siteId={siteId} item={item === "new" ? null : item} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function StockItemForm({ siteId, item, onCancel, onSaved }: { siteId: string; item: StockItemView | null; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const lowAt = (values: Values) => (values.lowAt === "" ? undefined : Number(values.lowAt));
  const toBody = (values: Values) =>
    item
      ? { label: values.label.trim() === "" && item.isStandard ? null : values.label, lowAt: lowAt(values), isActive: values.isActive, version: item.version }
      : { siteId, kind: values.kind, language: values.kind === "leaflet" ? values.language || null : null, label: values.label, lowAt: lowAt(values) };
  const form = useForm<Values>({
    initialValues: { kind: "", language: "", label: item?.label ?? "", lowAt: item?.lowAt ?? 0, isActive: item?.isActive ?? true },
    validate: (values) => {
      const errors = zodValidate<Values>(item ? updateStockItemBodySchema : createStockItemBodySchema, t, toBody)(values);
      // The only rule on the language is that a leaflet has one: the box shows only for leaflets.
      return errors.language ? { ...errors, language: t("validation.required") } : errors;
    },
  });
  const { formError, setFormError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      if (item) await stockApi.updateItem(item.id, updateStockItemBodySchema.parse(toBody(values)));
      else await stockApi.addItem(createStockItemBodySchema.parse(toBody(values)));
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== "conflict") throw error;
      // A conflict is either the name (another item here has it) or a change made meanwhile.
      if (error.fields.some((field) => field.path === "body.label")) form.setFieldError("label", t("stock.item.labelTaken"));
      else setFormError(t("stock.item.stale"));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        {!item && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t("stock.item.kind")} data={chooseFirst(t("outreach.choose"), resourceKinds.map((kind) => ({ value: kind, label: t(`outreach.resourceKinds.${kind}`) })))} required {...form.getInputProps("kind")} />
            {form.values.kind === "leaflet" && (
              <NativeSelect
                label={t("stock.item.language")}
                data={chooseFirst(t("outreach.choose"), supportLanguages.map((language) => ({ value: language, label: t(`public.supportLanguages.${language}`) })))}
                required
                {...form.getInputProps("language")}
              />
            )}
          </SimpleGrid>
        )}
        <TextInput
          label={t("stock.item.label")}
          description={item?.isStandard ? t("stock.item.labelStandardHint", { name: stockItemName(t, { ...item, label: null }) }) : t("stock.item.labelHint")}
          required={!item?.isStandard}
          maxLength={80}
          dir="auto"
          data-autofocus
          {...form.getInputProps("label")}
        />
        <NumberInput label={t("stock.item.lowAt")} description={t("stock.item.lowAtHint")} min={0} max={maxStockQuantity} allowNegative={false} allowDecimal={false} inputMode="numeric" required {...form.getInputProps("lowAt")} />
        {item && <Checkbox label={t("stock.item.isActive")} description={t("stock.item.isActiveHint")} {...form.getInputProps("isActive", { type: "checkbox" })} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(item ? "stock.item.save" : "stock.item.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
