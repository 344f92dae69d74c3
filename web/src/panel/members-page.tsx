/**
 * The site's panel members: organisation, role, skills, DBS vetting (a warning when it is due soon
 * or has run out), term of office, and whether each may see meeting cases now (with the reason if
 * not). Safeguarding leads add staff or outside members (an outside member gets a one-time link to
 * set up their sign-in) and edit them.
 */
import { Alert, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PanelMemberView } from "../../../core/api/panel.js";
import { CopyText } from "../components/copy-text.js";
import { LoadFailed, Loading } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { isolate, useFormat } from "../i18n/format.js";
import { useCurrentSite } from "../session/current-site.js";
import { MemberDialog } from "./member-dialog.js";
import { panelApi, type CreatedMember } from "./panel-api.js";
import { panelLabels } from "./panel-labels.js";

export function MembersPage() {
  const { t } = useTranslation();
  const { site } = useCurrentSite();
  const { state, reload } = useLoad(() => panelApi.members(site?.id ?? null), [site?.id]);
  const [editing, setEditing] = useState<PanelMemberView | "new" | null>(null);
  const [created, setCreated] = useState<CreatedMember | null>(null);
  const canManage = state.status === "ready" && state.data.abilities.manage && site !== null;

  return (
    <Page title={t("panel.members.title")} actions={canManage && <Button onClick={() => setEditing("new")}>{t("panel.members.add")}</Button>}>
      <Text maw="70ch">{t("panel.members.intro")}</Text>
      {created?.invitationUrl && (
        <Alert color="pathways" variant="light" title={t("panel.members.invitationTitle", { name: isolate(created.member.name) })} withCloseButton closeButtonLabel={t("common.close")} onClose={() => setCreated(null)}>
          <Stack gap="sm">
            <Text>{t("panel.members.invitationBody", { email: isolate(created.member.email) })}</Text>
            <CopyText value={created.invitationUrl} copyLabel={t("panel.members.invitationLink")} />
          </Stack>
        </Alert>
      )}
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <LoadFailed error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        (state.data.items.length === 0 ? (
          <Text>{t("panel.members.none")}</Text>
        ) : (
          <MemberTable items={state.data.items} canManage={canManage} onEdit={setEditing} />
        ))}
      {state.status === "ready" && site && (
        <MemberDialog
          siteId={site.id}
          member={editing}
          staffOptions={state.data.staffOptions}
          onClose={() => setEditing(null)}
          onSaved={(answer) => {
            setEditing(null);
            if (answer) setCreated(answer);
            reload();
          }}
        />
      )}
    </Page>
  );
}

function MemberTable({ items, canManage, onEdit }: { items: readonly PanelMemberView[]; canManage: boolean; onEdit: (member: PanelMemberView) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = panelLabels(t);
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table verticalSpacing="sm">
        <Table.Caption>{t("panel.members.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("panel.attendees.name")}</Table.Th>
            <Table.Th scope="col">{t("panel.attendees.role")}</Table.Th>
            <Table.Th scope="col">{t("panel.members.skills")}</Table.Th>
            <Table.Th scope="col">{t("panel.members.vetting")}</Table.Th>
            <Table.Th scope="col">{t("panel.members.term")}</Table.Th>
            <Table.Th scope="col">{t("panel.attendees.access")}</Table.Th>
            {canManage && <Table.Th scope="col">{t("common.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Text size="sm" fw={600} component="bdi">
                  {member.name}
                </Text>
                <Text size="xs" c="dimmed">
                  <bdi>{member.memberOrganisation}</bdi>
                  {" · "}
                  {t(`panel.members.kinds.${member.kind}`)}
                </Text>
                {member.invitationPending && (
                  <Badge size="sm" variant="light" color="yellow">
                    {t("panel.members.invitationPending")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{labels.panelRole(member.panelRole)}</Table.Td>
              <Table.Td>
                <Text size="sm">{member.skills.map(labels.skill).join(t("panel.listSeparator")) || t("panel.members.noSkills")}</Text>
              </Table.Td>
              <Table.Td>
                {member.vetting ? (
                  <Text size="sm">{t("panel.members.vettingDates", { checked: format.day(member.vetting.checkedOn), expires: format.day(member.vetting.expiresOn) })}</Text>
                ) : (
                  <Text size="sm">{t("panel.members.noVetting")}</Text>
                )}
                {member.vettingDueSoon && (
                  <Badge size="sm" variant="light" color={member.accessBlockedBy === "vetting_expired" || !member.vetting ? "red" : "orange"}>
                    {member.accessBlockedBy === "vetting_expired" || !member.vetting ? t("panel.members.vettingNeeded") : t("panel.members.vettingDueSoon")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{member.term.to ? t("panel.members.termDates", { from: format.day(member.term.from), to: format.day(member.term.to) }) : t("panel.members.termOpen", { from: format.day(member.term.from) })}</Text>
              </Table.Td>
              <Table.Td>
                {member.accessBlockedBy ? (
                  <Badge variant="light" color="orange">
                    {labels.refusal(member.accessBlockedBy)}
                  </Badge>
                ) : (
                  <Text size="sm">{t("panel.members.hasAccess")}</Text>
                )}
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Group gap={4}>
                    <Button size="xs" variant="default" onClick={() => onEdit(member)} aria-label={t("panel.members.editNamed", { name: isolate(member.name) })}>
                      {t("panel.members.edit")}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
