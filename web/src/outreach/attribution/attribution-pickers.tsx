/**
 * Choosing where a referral came from in the community: one of the site's partners and/or one of
 * its outreach sessions of the last 60 days (a partner's only, once a partner is chosen). Choosing
 * a session held at a partner's chooses that partner too; changing the partner lets go of a
 * session held elsewhere. Errors from the server show on their field.
 */
import { NativeSelect, SimpleGrid, Text } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useLoad } from "../../components/use-load.js";
import { outreachApi } from "../outreach-api.js";
import { attributionApi } from "./attribution-api.js";
import { translateAttributionErrors, type AttributionErrors } from "./attribution-errors.js";
import { sessionWords } from "./session-words.js";

export interface AttributionChoice {
  partnerId: string;
  outreachSessionId: string;
}

interface AttributionPickersProps {
  siteId: string;
  value: AttributionChoice;
  onChange: (value: AttributionChoice) => void;
  /** As the server gave them; shown in the reader's language. */
  errors?: AttributionErrors;
}

export function AttributionPickers({ siteId, value, onChange, errors: given = {} }: AttributionPickersProps) {
  const { t } = useTranslation();
  const errors = translateAttributionErrors(given, t);
  const options = useLoad(() => outreachApi.options(siteId), [siteId]);
  const including = value.outreachSessionId || undefined;
  const sessions = useLoad(() => attributionApi.recentSessions(siteId, { partnerId: value.partnerId || undefined, including }), [siteId, value.partnerId, including]);
  const sessionList = sessions.state.status === "ready" ? sessions.state.data.items : [];
  const partners = options.state.status === "ready" ? options.state.data.partners : [];

  // A session named by a link arrives without its partner: take the session's once it is known.
  const linked = sessionList.find((session) => session.id === value.outreachSessionId);
  useEffect(() => {
    if (linked?.partnerId && value.partnerId === "") onChange({ ...value, partnerId: linked.partnerId });
  }, [linked?.partnerId, value, onChange]);

  function choosePartner(partnerId: string): void {
    const keepsSession = linked === undefined || linked.partnerId === null || linked.partnerId === partnerId;
    onChange({ partnerId, outreachSessionId: keepsSession ? value.outreachSessionId : "" });
  }

  function chooseSession(outreachSessionId: string): void {
    const session = sessionList.find((candidate) => candidate.id === outreachSessionId);
    onChange({ outreachSessionId, partnerId: session?.partnerId ?? value.partnerId });
  }

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <NativeSelect
        label={t("attribution.partner")}
        value={value.partnerId}
        onChange={(event) => choosePartner(event.currentTarget.value)}
        data={[
          { value: "", label: t("attribution.noPartner") },
          ...partners.map((partner) => ({ value: partner.id, label: partner.isActive ? partner.name : t("attribution.inactivePartner", { name: partner.name }) })),
        ]}
        error={errors.partnerId}
        disabled={options.state.status === "loading"}
      />
      <div>
        <NativeSelect
          label={t("attribution.session")}
          description={t("attribution.sessionHint")}
          value={value.outreachSessionId}
          onChange={(event) => chooseSession(event.currentTarget.value)}
          data={[{ value: "", label: t("attribution.noSession") }, ...sessionList.map((session) => ({ value: session.id, label: sessionWords(t, session) }))]}
          error={errors.outreachSessionId}
          disabled={sessions.state.status === "loading" && sessionList.length === 0}
        />
        {sessions.state.status === "ready" && sessionList.length === 0 && (
          <Text size="xs" c="dimmed" mt={4}>
            {t("attribution.noRecentSessions")}
          </Text>
        )}
      </div>
      {(options.state.status === "failed" || sessions.state.status === "failed") && (
        <Text size="sm" c="red.8" role="alert">
          {t("attribution.loadFailed")}
        </Text>
      )}
    </SimpleGrid>
  );
}
