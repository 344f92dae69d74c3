/** Logging a session that no schedule planned: at a partner or a named venue, of a kind, at a London day and time. */
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { logSessionBodySchema } from "../../../../core/api/outreach-sessions.js";
import { Alert } from "@mantine/core";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { useSignedInSession } from "../../session/session-context.js";
import { outreachApi } from "../outreach-api.js";
import type { OutreachHere } from "../outreach-here.js";
import { OutreachPage } from "../outreach-page.js";
import { todayInLondon } from "./london-days.js";
import { SessionForm } from "./session-form.js";
import { initialValues, oneOffBody } from "./session-form-values.js";
import { outreachSessionsApi } from "./sessions-api.js";

export function LogOneOffPage() {
  const { t } = useTranslation();
  return <OutreachPage title={t("outreachSessions.log.oneOffTitle")}>{(here) => <LogOneOff here={here} />}</OutreachPage>;
}

function LogOneOff({ here }: { here: OutreachHere }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSignedInSession();
  const { state, reload } = useLoad(() => outreachApi.options(here.siteId), [here.siteId]);
  if (!here.canWork) return <Alert color="gray">{t("outreachSessions.log.cannotLog")}</Alert>;
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const options = state.data;
  return (
    <SessionForm
      isOneOff
      initial={initialValues({ topics: [], staffIds: options.staff.some((person) => person.id === user.id) ? [user.id] : [], day: todayInLondon() })}
      options={options}
      bodyOf={(values, itemOrder) => oneOffBody(values, itemOrder, here.siteId)}
      schema={logSessionBodySchema}
      onSubmit={async (body) => {
        const logged = await outreachSessionsApi.log(body);
        void navigate(`/outreach/sessions/${logged.id}`, { state: { logged: true } });
      }}
      submitLabel={t("outreachSessions.log.save")}
      conflictMessage={t("outreachSessions.log.alreadyLogged")}
    />
  );
}
