/** The six-digit code field: numeric keyboard on phones, one-time-code autofill, read left to right. */
import { TextInput, type TextInputProps } from "@mantine/core";

export function CodeInput(props: TextInputProps) {
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      dir="ltr"
      size="md"
      {...props}
    />
  );
}
