/**
 * `/referral-status`: with the reference and the email or phone number they gave, a referrer learns
 * what they may know — a family member only ever that it was received, a partner the decision.
 */
import { Alert, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { referralStatusQuerySchema } from "../../../core/api/referrals.js";
import { hasCode } from "../api/error-messages.js";
import { ApiError } from "../api/api-error.js";
import { formPathOf } from "../forms/validation.js";
import { fieldId } from "./form/form-kit.js";
import { PublicFormError, publicErrorMessage } from "./form/public-form-error.js";
import { publicApi, useSessionTolerantSend, type ReferrerFeedback } from "./public-api.js";
import { PublicPage } from "./public-page.js";
import { problemForIssue, problemFromServer, toAsciiDigits } from "./public-validation.js";

const statusMessages: Record<ReferrerFeedback, { title: string; body: string }> = {
  received: { title: "public.status.received.title", body: "public.status.received.body" },
  accepted: { title: "public.status.accepted.title", body: "public.status.accepted.body" },
  signposted: { title: "public.status.signposted.title", body: "public.status.signposted.body" },
  declined: { title: "public.status.declined.title", body: "public.status.declined.body" },
};

export function ReferralStatusPage() {
  const { t } = useTranslation();
  const send = useSessionTolerantSend();
  const [status, setStatus] = useState<ReferrerFeedback | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const toQuery = (values: { reference: string; contact: string }) => ({
    reference: toAsciiDigits(values.reference),
    contact: toAsciiDigits(values.contact),
  });
  const form = useForm({
    initialValues: { reference: "", contact: "" },
    validate: (values) => {
      const input = toQuery(values);
      const result = referralStatusQuerySchema.safeParse(input);
      if (result.success) return {};
      const errors: Record<string, string> = {};
      for (const issue of result.error.issues) {
        const path = issue.path.map(String).join(".");
        const problem = problemForIssue(issue, path, input);
        errors[path] ??= t(problem.key, problem.values);
      }
      return errors;
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      setStatus(null);
      try {
        const result = await send(() => publicApi.checkStatus(referralStatusQuerySchema.parse(toQuery(values))));
        setStatus(result.status);
      } catch (error) {
        if (hasCode(error, "not_found")) setFormError(t("public.status.notFound"));
        else if (error instanceof ApiError && error.fields.length > 0) {
          for (const field of error.fields) {
            const path = formPathOf(field.path);
            const problem = problemFromServer(path, field.message);
            form.setFieldError(path, t(problem.key, problem.values));
          }
        } else setFormError(publicErrorMessage(error, t));
      }
    },
    (errors) => {
      const first = ["reference", "contact"].find((path) => path in errors);
      if (first) document.getElementById(fieldId(first))?.focus();
    },
  );

  return (
    <PublicPage title={t("public.status.title")}>
      <Text>{t("public.status.intro")}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={480}>
          <TextInput
            id={fieldId("reference")}
            label={t("public.status.reference")}
            description={t("public.status.referenceHint")}
            dir="ltr"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            {...form.getInputProps("reference")}
          />
          <TextInput
            id={fieldId("contact")}
            label={t("public.status.contact")}
            description={t("public.status.contactHint")}
            dir="ltr"
            autoComplete="email"
            required
            {...form.getInputProps("contact")}
          />
          <PublicFormError message={formError} />
          <Button type="submit" loading={form.submitting} size="md" style={{ alignSelf: "flex-start" }}>
            {t("public.status.submit")}
          </Button>
        </Stack>
      </form>
      {/* Always present, so screen readers announce the answer when it arrives. */}
      <div role="status">
        {status && (
          <Alert color={status === "declined" ? "gray" : "pathways"} variant="light" className="status-result">
            <Stack gap="xs">
              <Title order={2}>{t(statusMessages[status].title)}</Title>
              <Text>{t(statusMessages[status].body)}</Text>
            </Stack>
          </Alert>
        )}
      </div>
    </PublicPage>
  );
}
