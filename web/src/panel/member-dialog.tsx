/**
 * Adding a panel member (a member of staff at the site, or an outside person invited to a sign-in
 * that shows only the panel) or changing one: organisation, role on the panel, skills (the suggested
 * ones, plus any in the organisation's own words), DBS vetting, term of office, and whether active.
 */
import { Button, Checkbox, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, TagsInput, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createMemberBodySchema, panelRoles, updateMemberBodySchema, type PanelMemberView } from "../../../core/api/panel.js";
import { suggestedSkills } from "../../../core/panel/membership.js";
import { AppModal } from "../components/app-modal.js";
import { chooseFirst } from "../components/choose-first.js";
import { FormError } from "../components/form-error.js";
import { useServerForm } from "../forms/use-server-form.js";
import { zodValidate } from "../forms/validation.js";
import { localIsoDate } from "../i18n/format.js";
import { panelApi, type CreatedMember, type MemberList } from "./panel-api.js";
import { panelLabels } from "./panel-labels.js";

interface Values {
  kind: "internal" | "external";
  userId: string;
  displayName: string;
  email: string;
  memberOrganisation: string;
  panelRole: string;
  skills: string[];
  otherSkills: string[];
  hasVetting: boolean;
  vetting: { checkedOn: string; expiresOn: string };
  term: { from: string; to: string };
  isActive: boolean;
}

const isSuggested = (skill: string) => (suggestedSkills as readonly string[]).includes(skill);

function membershipOf(values: Values) {
  return {
    memberOrganisation: values.memberOrganisation,
    panelRole: values.panelRole,
    skills: [...values.skills, ...values.otherSkills],
    vetting: values.hasVetting ? values.vetting : null,
    term: { from: values.term.from, to: values.term.to || null },
    isActive: values.isActive,
  };
}

interface MemberDialogProps {
  siteId: string;
  member: PanelMemberView | "new" | null;
  staffOptions: MemberList["staffOptions"];
  onClose: () => void;
  /** The answer for a new member (with an outside member's invitation link), or null after a change. */
  onSaved: (created: CreatedMember | null) => void;
}

export function MemberDialog({ siteId, member, staffOptions, onClose, onSaved }: MemberDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={member !== null} onClose={onClose} title={t(member === "new" ? "panel.members.add" : "panel.members.editTitle")} size="xl">
      {member !== null && <MemberForm siteId={siteId} member={member === "new" ? null : member} staffOptions={staffOptions} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

function MemberForm({ siteId, member, staffOptions, onCancel, onSaved }: { siteId: string; member: PanelMemberView | null; staffOptions: MemberList["staffOptions"]; onCancel: () => void; onSaved: MemberDialogProps["onSaved"] }) {
  const { t } = useTranslation();
  const labels = panelLabels(t);
  const toBody = (values: Values) =>
    member
      ? { ...membershipOf(values), version: member.version }
      : values.kind === "internal"
        ? { kind: "internal", siteId, userId: values.userId, ...membershipOf(values) }
        : { kind: "external", siteId, displayName: values.displayName, email: values.email, ...membershipOf(values) };
  const schema = member ? updateMemberBodySchema : createMemberBodySchema;
  const form = useForm<Values>({
    initialValues: {
      kind: "internal",
      userId: "",
      displayName: "",
      email: "",
      memberOrganisation: member?.memberOrganisation ?? "",
      panelRole: member?.panelRole ?? "member",
      skills: member?.skills.filter(isSuggested) ?? [],
      otherSkills: member?.skills.filter((skill) => !isSuggested(skill)) ?? [],
      hasVetting: member ? member.vetting !== null : true,
      vetting: member?.vetting ?? { checkedOn: "", expiresOn: "" },
      term: { from: member?.term.from ?? localIsoDate(new Date()), to: member?.term.to ?? "" },
      isActive: member?.isActive ?? true,
    },
    validate: zodValidate<Values>(schema, t, toBody),
  });
  const { formError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    if (member) {
      await panelApi.updateMember(member.id, updateMemberBodySchema.parse(toBody(values)));
      onSaved(null);
    } else onSaved(await panelApi.addMember(createMemberBodySchema.parse(toBody(values))));
  });
  const isExternal = !member && form.values.kind === "external";

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        {!member && (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="member-kind-label">
              {t("panel.members.kindLabel")}
            </Text>
            <SegmentedControl
              aria-labelledby="member-kind-label"
              data={[
                { value: "internal", label: t("panel.members.kinds.internal") },
                { value: "external", label: t("panel.members.kinds.external") },
              ]}
              w="fit-content"
              {...form.getInputProps("kind")}
            />
          </Stack>
        )}
        {!member && !isExternal && (
          <NativeSelect
            label={t("panel.members.staff")}
            description={staffOptions.length === 0 ? t("panel.members.noStaff") : undefined}
            data={chooseFirst(t("panel.choose"), staffOptions.map((person) => ({ value: person.userId, label: person.name })))}
            required
            {...form.getInputProps("userId")}
          />
        )}
        {isExternal && (
          <>
            <Group grow align="flex-start">
              <TextInput label={t("panel.members.displayName")} maxLength={120} dir="auto" required {...form.getInputProps("displayName")} />
              <TextInput type="email" label={t("panel.members.email")} dir="ltr" maxLength={254} required {...form.getInputProps("email")} />
            </Group>
            <Text size="sm" c="dimmed">
              {t("panel.members.externalHint")}
            </Text>
          </>
        )}
        <Group grow align="flex-start">
          <TextInput label={t("panel.members.organisation")} description={t("panel.members.organisationHint")} maxLength={200} dir="auto" required {...form.getInputProps("memberOrganisation")} />
          <NativeSelect label={t("panel.attendees.role")} data={panelRoles.map((role) => ({ value: role, label: labels.panelRole(role) }))} required {...form.getInputProps("panelRole")} />
        </Group>
        <Checkbox.Group label={t("panel.members.skills")} description={t("panel.members.skillsHint")} {...form.getInputProps("skills")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt="xs">
            {suggestedSkills.map((skill) => (
              <Checkbox key={skill} value={skill} label={labels.skill(skill)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <TagsInput label={t("panel.members.otherSkills")} description={t("panel.members.otherSkillsHint")} maxTags={20} dir="auto" {...form.getInputProps("otherSkills")} />
        <Checkbox label={t("panel.members.hasVetting")} {...form.getInputProps("hasVetting", { type: "checkbox" })} />
        {form.values.hasVetting ? (
          <Group grow align="flex-start">
            <TextInput type="date" label={t("panel.members.vettingChecked")} max={localIsoDate(new Date())} required {...form.getInputProps("vetting.checkedOn")} />
            <TextInput type="date" label={t("panel.members.vettingExpires")} required {...form.getInputProps("vetting.expiresOn")} />
          </Group>
        ) : (
          <Text size="sm" c="orange.9">
            {t("panel.members.noVettingHint")}
          </Text>
        )}
        <Group grow align="flex-start">
          <TextInput type="date" label={t("panel.members.termFrom")} required {...form.getInputProps("term.from")} />
          <TextInput type="date" label={t("panel.members.termTo")} description={t("panel.members.termToHint")} {...form.getInputProps("term.to")} />
        </Group>
        <Checkbox label={t("panel.members.isActive")} description={t("panel.members.isActiveHint")} {...form.getInputProps("isActive", { type: "checkbox" })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(member ? "panel.members.save" : "panel.members.addSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
