/**
 * Recording a referral that came in by phone, email or in person, at the site the user is working
 * at, and where it came from when that was community outreach (a link from an outreach session
 * names the session). The same checks as the server run as the user submits; then the new
 * referral opens, or, when it is restricted and only the safeguarding lead may open it, the queue
 * says where it went.
 */
import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { idSchema } from "../../../core/api/common.js";
import { createReferralBodySchema } from "../../../core/api/referrals.js";
import { FormError } from "../components/form-error.js";
import { Page } from "../components/page.js";
import { useServerForm } from "../forms/use-server-form.js";
import { isolate } from "../i18n/format.js";
import { ReferralAttributionFields } from "../outreach/attribution/referral-attribution-fields.js";
import { useCurrentSite } from "../session/current-site.js";
import { ReferralConcernFields } from "./referral-concern-fields.js";
import { initialReferralValues, toReferralBody, validateReferral, type ReferralFormValues } from "./referral-form-values.js";
import { ReferralPersonFields } from "./referral-person-fields.js";
import { ReferralPreferenceFields } from "./referral-preference-fields.js";
import { ReferralSourceFields } from "./referral-source-fields.js";
import { referralsApi } from "./referrals-api.js";

export function ReferralCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { site } = useCurrentSite();
  const siteId = site?.id ?? "";
  // "Refer someone from this session" links here with the session named.
  const fromSession = idSchema.safeParse(useSearchParams()[0].get("outreachSession")).data ?? "";
  const form = useForm<ReferralFormValues>({
    initialValues: { ...initialReferralValues, attribution: { partnerId: "", outreachSessionId: fromSession } },
    validate: (values) => validateReferral(values, siteId, t),
    validateInputOnBlur: true,
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    const created = await referralsApi.create(createReferralBodySchema.parse(toReferralBody(values, siteId)));
    if (created.canOpen) await navigate(`/referrals/${created.id}`, { state: { isNew: true } });
    else await navigate("/referrals", { state: { restrictedReference: created.reference } });
  });

  return (
    <Page title={t("referrals.form.title")}>
      <Anchor component={Link} to="/referrals">
        {t("referrals.backToQueue")}
      </Anchor>
      {!site ? (
        <Text>{t("referrals.noSite")}</Text>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack maw={760} gap="lg">
            <Text>{t("referrals.form.intro", { site: isolate(site.name) })}</Text>
            <FormError message={formError} />
            <ReferralSourceFields form={form} />
            <ReferralAttributionFields form={form} siteId={siteId} />
            <ReferralPersonFields form={form} />
            <ReferralConcernFields form={form} />
            <ReferralPreferenceFields form={form} />
            <Group>
              <Button type="submit" loading={form.submitting}>
                {t("referrals.form.submit")}
              </Button>
              <Button component={Link} to="/referrals" variant="default">
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Page>
  );
}
