/** Accessible names for Mantine's pagination buttons, in the user's language. */
import { useTranslation } from "react-i18next";

export function usePaginationLabels() {
  const { t } = useTranslation();
  return {
    getControlProps: (control: "first" | "previous" | "last" | "next") => ({
      "aria-label": t(`pagination.${control}`),
    }),
    getItemProps: (page: number) => ({ "aria-label": t("pagination.page", { page }) }),
  };
}
