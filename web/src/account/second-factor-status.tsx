/** Whether the user has a second factor, and the way to set one up if not. */
import { Badge, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useSignedInSession } from "../session/session-context.js";

export function SecondFactorStatus() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  if (user.hasSecondFactor) {
    return (
      <>
        <Group>
          <Badge color="green" variant="filled">
            {t("account.secondFactorOn")}
          </Badge>
        </Group>
        <Text>{t("account.secondFactorOnHelp")}</Text>
      </>
    );
  }
  return (
    <>
      <Group>
        <Badge color="yellow" variant="filled">
          {t("account.secondFactorOff")}
        </Badge>
      </Group>
      <Text>{t(user.isSecondFactorRequired ? "account.secondFactorRequired" : "account.secondFactorOptional")}</Text>
      <Group>
        <Button component={Link} to="/account/second-factor">
          {t("account.setUpSecondFactor")}
        </Button>
      </Group>
    </>
  );
}
