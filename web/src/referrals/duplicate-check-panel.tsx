/**
 * Before accepting: is this person already a client? Lists the records the server found by name
 * (across spellings and scripts), date of birth and contact details, with how strong each match is
 * and why. The triager picks one ("this is the same person") or keeps the default, a new person.
 */
import { Anchor, Group, Paper, Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { MatchReasons, StrengthBadge } from "../clients/match-reasons.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Reference } from "../components/reference.js";
import { Section } from "../components/section.js";
import { useLoad } from "../components/use-load.js";
import { isolateReference } from "../i18n/format.js";
import { referralsApi } from "./referrals-api.js";

const newPerson = "new";

interface DuplicateCheckPanelProps {
  referralId: string;
  /** The chosen existing client, or null for a new person. */
  selected: string | null;
  onSelect: (clientId: string | null) => void;
}

export function DuplicateCheckPanel({ referralId, selected, onSelect }: DuplicateCheckPanelProps) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(() => referralsApi.duplicates(referralId), [referralId]);

  return (
    <Section title={t("referrals.duplicates.title")}>
      <Text>{t("referrals.duplicates.explain")}</Text>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" && state.data.items.length === 0 && <Text fw={500}>{t("referrals.duplicates.none")}</Text>}
      {state.status === "ready" && state.data.items.length > 0 && (
        <Radio.Group
          label={t("referrals.duplicates.question")}
          value={selected ?? newPerson}
          onChange={(value) => onSelect(value === newPerson ? null : value)}
        >
          <Stack gap="sm" mt="xs">
            {state.data.items.map((match) => (
              <Paper key={match.clientId} withBorder p="sm">
                <Radio
                  value={match.clientId}
                  label={
                    <Group gap="xs">
                      <Text span fw={600}>
                        {t("referrals.duplicates.samePerson")}
                      </Text>
                      <Reference value={match.reference} fw={600} />
                      <StrengthBadge strength={match.strength} />
                    </Group>
                  }
                  description={
                    <Stack gap={4} mt={4}>
                      <MatchReasons reasons={match.reasons} />
                      {match.isInScope ? (
                        <Anchor component={Link} to={`/clients/${match.clientId}`} size="sm" target="_blank">
                          {t("referrals.duplicates.openRecord", { reference: isolateReference(match.reference) })}
                        </Anchor>
                      ) : (
                        <Text size="sm">{t("clients.otherSite")}</Text>
                      )}
                    </Stack>
                  }
                />
              </Paper>
            ))}
            <Paper withBorder p="sm">
              <Radio value={newPerson} label={<Text span fw={600}>{t("referrals.duplicates.newPerson")}</Text>} description={t("referrals.duplicates.newPersonHint")} />
            </Paper>
          </Stack>
        </Radio.Group>
      )}
    </Section>
  );
}
