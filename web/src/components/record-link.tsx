/**
 * A link to a referral, case or client shown as its reference (left to right, monospaced), named for
 * screen readers as "Open case K-…", so a list of references reads as a list of things to open.
 */
import { Anchor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Reference } from "./reference.js";

const paths = { referral: "/referrals", case: "/cases", client: "/clients" } as const;
const labels = { referral: "referrals.open", case: "cases.open", client: "clients.open" } as const;

export function RecordLink({ kind, id, reference, fw = 600 }: { kind: keyof typeof paths; id: string; reference: string; fw?: number }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`${paths[kind]}/${id}`} fw={fw} aria-label={t(labels[kind], { reference })}>
      <Reference value={reference} />
    </Anchor>
  );
}
