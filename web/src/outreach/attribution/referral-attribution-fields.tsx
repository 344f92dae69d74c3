/**
 * The staff referral form's optional "Came from community outreach" part: ticked, it offers the
 * site's partners and recent outreach sessions. Open from the start when a link named the session
 * ("Refer someone from this session"). Shown only where the user reads the site's outreach.
 */
import { Checkbox } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormFieldset } from "../../components/form-fieldset.js";
import type { ReferralFormValues } from "../../referrals/referral-form-values.js";
import { useSignedInSession } from "../../session/session-context.js";
import { AttributionPickers, type AttributionChoice } from "./attribution-pickers.js";

const none: AttributionChoice = { partnerId: "", outreachSessionId: "" };

export function ReferralAttributionFields({ form, siteId }: { form: UseFormReturnType<ReferralFormValues>; siteId: string }) {
  const { t } = useTranslation();
  const readsOutreach = useSignedInSession().siteAbilities[siteId]?.outreach != null;
  const value = form.getValues().attribution;
  const [isOpen, setOpen] = useState(value.partnerId !== "" || value.outreachSessionId !== "");
  const { setFieldValue } = form;
  const change = useCallback((next: AttributionChoice) => setFieldValue("attribution", next), [setFieldValue]);
  if (!readsOutreach) return null;
  // The server names these fields `attribution.partnerId` and `attribution.outreachSessionId`.
  const errorOf = (field: "partnerId" | "outreachSessionId") => {
    const error = form.errors[`attribution.${field}`];
    return typeof error === "string" ? error : null;
  };

  function toggle(open: boolean): void {
    setOpen(open);
    if (!open) change(none);
  }

  return (
    <FormFieldset legend={t("attribution.legend")} hint={t("attribution.hint")}>
      <Checkbox label={t("attribution.cameFromOutreach")} checked={isOpen} onChange={(event) => toggle(event.currentTarget.checked)} />
      {isOpen && (
        <AttributionPickers
          siteId={siteId}
          value={value}
          onChange={change}
          errors={{ partnerId: errorOf("partnerId"), outreachSessionId: errorOf("outreachSessionId") }}
        />
      )}
    </FormFieldset>
  );
}
