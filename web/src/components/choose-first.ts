/**
 * Options for a native select whose answer must be chosen: an empty first option that says what to
 * do (and cannot be chosen again), then the real ones.
 */
import type { ComboboxItem } from "@mantine/core";

export function chooseFirst(prompt: string, items: readonly ComboboxItem[]): ComboboxItem[] {
  return [{ value: "", label: prompt, disabled: true }, ...items];
}
