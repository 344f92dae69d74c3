/**
 * "If someone is in danger, call 999" — first on the get-help page and beside the urgent choice on
 * the form, with NHS 111 and Samaritans for a mental health crisis. Free to call, day or night.
 */
import { Alert, List } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { WithPhoneLinks } from "./phone-number.js";

export function EmergencyNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" className="emergency-notice" title={<h2 className="emergency-title">{t("public.emergency.title")}</h2>}>
      <List spacing="xs" className="emergency-list">
        <List.Item className="emergency-danger">
          <WithPhoneLinks messageKey="public.emergency.danger" />
        </List.Item>
        <List.Item>
          <WithPhoneLinks messageKey="public.emergency.mentalHealth" />
        </List.Item>
        <List.Item>
          <WithPhoneLinks messageKey="public.emergency.samaritans" />
        </List.Item>
      </List>
    </Alert>
  );
}
