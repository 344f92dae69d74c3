/**
 * The public referral form. It asks for the least it needs, in sections whose words follow who is
 * filling it in; checks the answers with the server's own schema before sending; puts the server's
 * field errors on their fields; and copes with the spam guard: it never sends within the form
 * token's first seconds, and fetches a new token when the old one has run out.
 */
import { Button, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { publicReferralBodySchema } from "../../../../core/api/referrals.js";
import { ApiError } from "../../api/api-error.js";
import { formPathOf } from "../../forms/validation.js";
import { activeLanguage } from "../../i18n/i18n.js";
import { publicApi, useSessionTolerantSend, type PublicForm } from "../public-api.js";
import { usePublicForm } from "../public-form-context.js";
import { problemFromServer, type FieldProblem } from "../public-validation.js";
import {
  formPathFor,
  initialReferralValues,
  isThirdParty,
  referralFieldOrder,
  toReferralInput,
  validateReferral,
  type ReferralFormValues,
} from "../referral-values.js";
import { ErrorSummary, focusField, orderedErrors } from "./error-summary.js";
import { PersonSection } from "./person-section.js";
import { PrivacySection } from "./privacy-section.js";
import { ReferrerSection } from "./referrer-section.js";
import { SourceSection } from "./source-section.js";
import { SupportSection } from "./support-section.js";
import { WorriesSection } from "./worries-section.js";
import { PublicFormError, publicErrorMessage } from "./public-form-error.js";

/** The server refuses a form sent within 3 seconds of its token; wait a little longer to be safe. */
const minimumOpenMs = 3_500;

export interface ReferralSent {
  reference: string;
  siteName: string | null;
}

interface ReferralFormProps {
  form: PublicForm;
  receivedAt: number;
  isSelf: boolean;
  onSent: (sent: ReferralSent) => void;
}

export function ReferralForm({ form: details, receivedAt, isSelf, onSent }: ReferralFormProps) {
  const { t } = useTranslation();
  const { reload } = usePublicForm();
  const send = useSessionTolerantSend();
  const [formError, setFormError] = useState<string | null>(null);
  const [hasTriedToSend, setHasTriedToSend] = useState(false);

  const translate = (problem: FieldProblem) => t(problem.key, problem.values);
  const form = useForm<ReferralFormValues>({
    initialValues: initialReferralValues({
      isSelf,
      language: activeLanguage(),
      siteId: details.sites.length === 1 ? details.sites[0]?.id : undefined,
    }),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateReferral(values, details.formToken, today())).map(([path, problem]) => [path, translate(problem)]),
      ),
  });

  // The language to talk in starts as the one the form is read in, and follows it when the reader
  // switches the page's language, unless they have since chosen another one to talk in.
  const pageLanguage = activeLanguage();
  const followedLanguage = useRef(pageLanguage);
  useEffect(() => {
    if (form.getValues().preferredLanguage === followedLanguage.current) form.setFieldValue("preferredLanguage", pageLanguage);
    followedLanguage.current = pageLanguage;
  }, [pageLanguage]);

  const errors = useMemo(() => (hasTriedToSend ? orderedErrors(form.errors, referralFieldOrder) : []), [form.errors, hasTriedToSend]);
  const siteName = details.sites.find((site) => site.id === form.values.siteId)?.name ?? null;

  function showServerFailure(error: unknown): void {
    if (!(error instanceof ApiError) || error.fields.length === 0) {
      setFormError(publicErrorMessage(error, t));
      return;
    }
    const tokenProblem = error.fields.find((field) => field.path === "body.formToken");
    if (tokenProblem) {
      void renewToken(tokenProblem.message);
      return;
    }
    const placed: Record<string, string> = {};
    for (const field of error.fields) {
      const path = formPathFor(formPathOf(field.path));
      placed[path === "referrer" ? "referrer.name" : path] = translate(problemFromServer(path, field.message));
    }
    form.setErrors(placed);
    const first = orderedErrors(placed, referralFieldOrder)[0];
    if (first && (referralFieldOrder as readonly string[]).includes(first[0])) focusField(first[0]);
    else setFormError(t("public.errors.checkAnswers"));
  }

  async function renewToken(problem: string): Promise<void> {
    if (problem === "too_fast") {
      setFormError(t("public.form.tooFast"));
      return;
    }
    try {
      await reload();
      setFormError(t("public.form.refreshed"));
    } catch (error) {
      setFormError(publicErrorMessage(error, t));
    }
  }

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      setHasTriedToSend(true);
      const body = publicReferralBodySchema.parse(toReferralInput(values, details.formToken));
      const wait = receivedAt + minimumOpenMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        const { reference } = await send(() => publicApi.sendReferral(body));
        onSent({ reference, siteName });
      } catch (error) {
        showServerFailure(error);
      }
    },
    (validationErrors) => {
      setFormError(null);
      setHasTriedToSend(true);
      const first = orderedErrors(validationErrors, referralFieldOrder)[0];
      if (first) focusField(first[0]);
    },
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t("public.form.title")}>
      <Stack gap="lg">
        <SourceSection form={form} />
        {isThirdParty(form.values.sourceCode) && <ReferrerSection form={form} />}
        <PersonSection form={form} />
        <WorriesSection form={form} />
        <SupportSection form={form} sites={details.sites} />
        <PrivacySection form={form} siteName={siteName} />
        <ErrorSummary errors={errors} />
        <PublicFormError message={formError} />
        <Stack gap="xs" align="flex-start">
          <Button type="submit" size="lg" loading={form.submitting}>
            {t("public.form.submit")}
          </Button>
          <Text size="sm" c="dimmed">
            {t("public.form.submitHint")}
          </Text>
        </Stack>
      </Stack>
    </form>
  );
}

/** Today as `YYYY-MM-DD` in the reader's own time zone. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
