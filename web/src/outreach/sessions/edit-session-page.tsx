/** Correcting a logged session, for those who work the site's outreach: the same form, filled in, with the version seen. */
import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";
import { updateOutreachSessionBodySchema } from "../../../../core/api/outreach-sessions.js";
import { LoadFailed, Loading } from "../../components/load-state.js";
import { useLoad } from "../../components/use-load.js";
import { outreachApi } from "../outreach-api.js";
import type { OutreachHere } from "../outreach-here.js";
import { OutreachPage } from "../outreach-page.js";
import { SessionForm } from "./session-form.js";
import { correctionBody, initialValues } from "./session-form-values.js";
import { outreachSessionsApi } from "./sessions-api.js";

export function EditOutreachSessionPage() {
  const { t } = useTranslation();
  return <OutreachPage title={t("outreachSessions.edit.title")}>{(here) => <EditSession here={here} />}</OutreachPage>;
}

function EditSession({ here }: { here: OutreachHere }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { sessionId = "" } = useParams();
  const { state, reload } = useLoad(async () => {
    const session = await outreachSessionsApi.session(sessionId);
    return { session, options: await outreachApi.options(session.siteId) };
  }, [sessionId]);
  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <LoadFailed error={state.error} onRetry={reload} />;
  const { session, options } = state.data;
  if (!session.abilities.edit || session.siteId !== here.siteId) return <Alert color="gray">{t("outreachSessions.log.cannotLog")}</Alert>;
  const handedBefore = Object.fromEntries(session.resources.map((line) => [line.itemId, line.quantity]));
  return (
    <SessionForm
      initial={initialValues({ headcount: session.headcount, followUpContacts: session.followUpContacts, resources: handedBefore, topics: session.topics, staffIds: session.staff.map((person) => person.id), notes: session.notes })}
      options={options}
      extraStaff={session.staff}
      handedBefore={handedBefore}
      bodyOf={(values, itemOrder) => correctionBody(values, itemOrder, session.version)}
      schema={updateOutreachSessionBodySchema}
      onSubmit={async (body) => {
        await outreachSessionsApi.update(session.id, body);
        void navigate(`/outreach/sessions/${session.id}`);
      }}
      submitLabel={t("outreachSessions.edit.save")}
      conflictMessage={t("outreachSessions.edit.stale")}
    />
  );
}
