/**
 * Adding a contract or changing one: the funder, its name and the funder's reference, its value in
 * pounds, its period, the sites it covers (at least one) and the programmes (none: all the work at
 * those sites), chosen from the organisation's lists. The server's field errors land on their
 * fields; a change that would leave a KPI outside the contract is explained on the field.
 */
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { createContractBodySchema, updateContractBodySchema, type ContractOptions, type ContractView } from "../../../../core/api/reporting-contracts.js";
import { ApiError } from "../../api/api-error.js";
import { AppModal } from "../../components/app-modal.js";
import { chooseFirst } from "../../components/choose-first.js";
import { FormError } from "../../components/form-error.js";
import { useServerForm } from "../../forms/use-server-form.js";
import { contractBodyOf, contractValuesOf, validateContract, type ContractValues } from "./contract-form-values.js";
import { contractsApi } from "./contracts-api.js";

interface ContractDialogProps {
  options: ContractOptions;
  /** "new" to add one, a contract to change it, null when closed. */
  contract: ContractView | "new" | null;
  /** The funder a new contract is for, when it is added from the funder's page. */
  funderId?: string;
  onClose: () => void;
  onSaved: (contract: ContractView) => void;
}

export function ContractDialog({ options, contract, funderId, onClose, onSaved }: ContractDialogProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={contract !== null} onClose={onClose} title={t(contract === "new" ? "contracts.contractForm.addTitle" : "contracts.contractForm.editTitle")} size="xl">
      {contract !== null && <ContractForm options={options} contract={contract === "new" ? null : contract} funderId={funderId ?? null} onCancel={onClose} onSaved={onSaved} />}
    </AppModal>
  );
}

interface ContractFormProps {
  options: ContractOptions;
  contract: ContractView | null;
  funderId: string | null;
  onCancel: () => void;
  onSaved: (contract: ContractView) => void;
}

function ContractForm({ options, contract, funderId, onCancel, onSaved }: ContractFormProps) {
  const { t } = useTranslation();
  const form = useForm<ContractValues>({ initialValues: contractValuesOf(contract, funderId), validate: validateContract(t, contract) });
  const { formError, setFormError, handleSubmit } = useServerForm(form);
  const submit = handleSubmit(async (values) => {
    try {
      const body = contractBodyOf(values, contract);
      onSaved(contract ? await contractsApi.updateContract(contract.id, updateContractBodySchema.parse(body)) : await contractsApi.createContract(createContractBodySchema.parse(body)));
    } catch (error) {
      // A conflict is either the name (another contract has it) or a change made meanwhile.
      if (!(error instanceof ApiError) || error.code !== "conflict") throw error;
      if (error.fields.some((field) => field.path === "body.name")) form.setFieldError("name", t("contracts.contractForm.nameTaken"));
      else setFormError(t("contracts.stale"));
    }
  });
  // An inactive funder takes no new contracts, but a contract keeps the funder it has.
  const funders = options.funders.filter((funder) => funder.isActive || funder.id === contract?.funderId);
  const programmes = options.programmes.filter((programme) => !programme.isRetired || contract?.programmeCodes.includes(programme.code));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <NativeSelect label={t("contracts.contractForm.funder")} required data={chooseFirst(t("contracts.choose"), funders.map((funder) => ({ value: funder.id, label: funder.name })))} data-autofocus {...form.getInputProps("funderId")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t("contracts.contractForm.name")} required maxLength={160} dir="auto" {...form.getInputProps("name")} />
          <TextInput label={t("contracts.contractForm.reference")} description={t("contracts.contractForm.referenceHint")} maxLength={100} dir="auto" {...form.getInputProps("reference")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t("contracts.contractForm.value")} description={t("contracts.contractForm.valueHint")} required inputMode="decimal" dir="ltr" leftSection="£" {...form.getInputProps("valuePence")} />
          <TextInput type="date" label={t("contracts.contractForm.startsOn")} required {...form.getInputProps("startsOn")} />
          <TextInput type="date" label={t("contracts.contractForm.endsOn")} required min={form.values.startsOn || undefined} {...form.getInputProps("endsOn")} />
        </SimpleGrid>
        <Checkbox.Group label={t("contracts.contractForm.sites")} description={t("contracts.contractForm.sitesHint")} required {...form.getInputProps("siteIds")}>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing={6} mt="xs">
            {options.sites.map((site) => (
              <Checkbox key={site.id} value={site.id} label={<bdi>{site.name}</bdi>} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group label={t("contracts.contractForm.programmes")} description={t("contracts.contractForm.programmesHint")} {...form.getInputProps("programmeCodes")}>
          <Stack gap={6} mt="xs">
            {programmes.map((programme) => (
              <Checkbox key={programme.code} value={programme.code} label={<bdi>{programme.title}</bdi>} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t(contract ? "common.save" : "contracts.contractForm.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
