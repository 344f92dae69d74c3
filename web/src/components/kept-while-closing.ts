/**
 * A dialog's words as they were while it was open. Callers often derive a dialog's title and
 * labels from what it is open for, and clear that on closing; but the dialog fades out for a moment
 * after, and emptied it would show (and tell a screen reader of) a nameless dialog with blank buttons.
 */
import { useRef } from "react";

export function useKeptWhileClosing<T>(value: T, opened: boolean): T {
  const kept = useRef(value);
  if (opened) kept.current = value;
  return opened ? value : kept.current;
}
