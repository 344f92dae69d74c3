/**
 * Recording a change to an item's level by hand: a delivery (how many arrived), a count (how many
 * are on the shelf; the app works out the difference) or a write-off (how many were lost or
 * damaged, and what happened). A write-off of more than is held is refused, and says how many are.
 */
import { Button, Group, NumberInput, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { maxStockQuantity, recordStockMovementBodySchema, type RecordedMovement, type StockItemView } from "../../../../core/api/outreach-stock.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { zodValidate } from "../../forms/validation.js";
import { stockItemName } from "../outreach-labels.js";
import { stockApi } from "./stock-api.js";

export type ManualReason = "delivered" | "counted" | "written_off";

interface Values {
  amount: number | string;
  note: string;
}

const bodyOf = (reason: ManualReason, itemId: string, values: Values) => {
  const amount = values.amount === "" ? undefined : Number(values.amount);
  return reason === "counted" ? { reason, itemId, countedLevel: amount, note: values.note } : { reason, itemId, quantity: amount, note: values.note };
};

interface MovementDialogProps {
  /** The item and what is being recorded, or null when closed. */
  movement: { item: StockItemView; reason: ManualReason } | null;
  onClose: () => void;
  onRecorded: (recorded: RecordedMovement) => void;
}

export function MovementDialog({ movement, onClose, onRecorded }: MovementDialogProps) {
  const { t } = useTranslation();
  const title = movement ? t(`stock.move.titles.${movement.reason}`, { item: stockItemName(t, movement.item) }) : "";
  return (
    <AppModal opened={movement !== null} onClose={onClose} title={title}>
      {movement && <MovementForm item={movement.item} reason={movement.reason} onCancel={onClose} onRecorded={onRecorded} />}
    </AppModal>
  );
}

function MovementForm({ item, reason, onCancel, onRecorded }: { item: StockItemView; reason: ManualReason; onCancel: () => void; onRecorded: (recorded: RecordedMovement) => void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { amount: reason === "counted" ? item.level : "", note: "" },
    validate: (values) => {
      const errors = zodValidate<Values>(recordStockMovementBodySchema, t, (next) => bodyOf(reason, item.id, next))(values);
      // The schema names the amount by what it is; the form has one box for it.
      const amount = errors.quantity ?? errors.countedLevel;
      return { ...(amount ? { amount } : {}), ...(errors.note ? { note: errors.note } : {}) };
    },
  });
  const { formError, setFormError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      onRecorded(await stockApi.record(recordStockMovementBodySchema.parse(bodyOf(reason, item.id, values))));
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== "unprocessable") throw error;
      // Refused: not that many held (the server says how many are), or the item is no longer stocked.
      const held = error.fields.map((field) => /^Only (\d+) in stock/.exec(field.message)?.[1]).find((value) => value !== undefined);
      if (held !== undefined) form.setFieldError("amount", t("stock.move.notEnough", { count: Number(held) }));
      else setFormError(t("stock.move.notStocked"));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <Text size="sm">{t("stock.move.level", { count: item.level })}</Text>
        <NumberInput
          label={t(`stock.move.amount.${reason}`)}
          description={t(`stock.move.amountHint.${reason}`)}
          min={reason === "counted" ? 0 : 1}
          max={maxStockQuantity}
          allowNegative={false}
          allowDecimal={false}
          inputMode="numeric"
          size="md"
          required
          data-autofocus
          {...form.getInputProps("amount")}
        />
        <Textarea
          label={t("stock.move.note")}
          description={t(reason === "written_off" ? "stock.move.noteWriteOff" : "stock.move.noteHint")}
          required={reason === "written_off"}
          autosize
          minRows={2}
          maxLength={500}
          dir="auto"
          {...form.getInputProps("note")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting} color={reason === "written_off" ? "red" : undefined}>
            {t(`stock.move.submit.${reason}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
