/**
 * The frame of the public pages: a calm website, not the staff app. A skip link, the way to leave
 * the site quickly (always in view), the organisation's name and the language picker, the page, and
 * a footer with the emergency numbers, the public links and a small link for staff. Mirrors itself
 * in right-to-left languages through Mantine's direction.
 */
import "./public.css";
import { Anchor, Box, Container, Group, Stack, Text } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router-dom";
import { activeLanguage, isPublicLanguage, rememberedLanguage, rememberLanguage } from "../i18n/i18n.js";
import { PublicFormProvider, usePublicForm } from "./public-form-context.js";
import { PublicLanguagePicker } from "./public-language-picker.js";
import { QuickExit } from "./quick-exit.js";
import { WithPhoneLinks } from "./phone-number.js";

export function PublicLayout() {
  const { i18n } = useTranslation();
  // Arriving from the public site with its language in the address (`?lang=ur`), open in it and
  // remember it; otherwise, coming back from the staff pages (English or Urdu only), reopen in the
  // language chosen here.
  useEffect(() => {
    const asked = new URLSearchParams(window.location.search).get("lang");
    if (isPublicLanguage(asked)) rememberLanguage(asked);
    const remembered = rememberedLanguage();
    if (remembered && remembered !== activeLanguage()) void i18n.changeLanguage(remembered);
  }, [i18n]);
  return (
    <PublicFormProvider>
      <PublicFrame />
    </PublicFormProvider>
  );
}

function PublicFrame() {
  const { t } = useTranslation();
  const { load } = usePublicForm();
  // While the name loads the brand stays empty rather than flashing a placeholder.
  const brand = load.status === "ready" ? load.form.organisationName : load.status === "failed" ? t("public.brandFallback") : null;
  return (
    <div className="public-site">
      <a className="skip-link" href="#main-content">
        {t("public.skipToContent")}
      </a>
      <QuickExit />
      <Box component="header" className="public-header">
        <Container size="md" py="sm">
          <Group justify="space-between" align="center" wrap="wrap" gap="sm">
            {brand ? (
              <Anchor component={Link} to="/get-help" className="public-brand" underline="never" dir="auto">
                {brand}
              </Anchor>
            ) : (
              <span className="public-brand" />
            )}
            <PublicLanguagePicker />
          </Group>
        </Container>
      </Box>
      <Container component="main" id="main-content" tabIndex={-1} size="md" py="xl" className="public-main">
        <Outlet />
      </Container>
      <Box component="footer" className="public-footer">
        <Container size="md" py="lg">
          <Stack gap="sm">
            <Text fw={600}>
              <WithPhoneLinks messageKey="public.footer.emergency" />
            </Text>
            <Group gap="lg" wrap="wrap" component="nav" aria-label={t("public.footer.linksLabel")}>
              <Anchor component={Link} to="/get-help">
                {t("public.footer.getHelp")}
              </Anchor>
              <Anchor component={Link} to="/refer">
                {t("public.footer.refer")}
              </Anchor>
              <Anchor component={Link} to="/referral-status">
                {t("public.footer.status")}
              </Anchor>
            </Group>
            <Anchor component={Link} to="/sign-in" size="sm" c="dimmed" className="public-staff-link">
              {t("public.footer.staffSignIn")}
            </Anchor>
          </Stack>
        </Container>
      </Box>
    </div>
  );
}
