/**
 * The rich-text editor for article and case-study bodies: Tiptap (ProseMirror) with a toolbar for
 * exactly what the server's allow-list keeps (headings, emphasis, lists, quotes, links, and our own
 * images where allowed). The editing area is a labelled multi-line textbox in the version's
 * language and direction, so Urdu and Arabic are written right to left; each toolbar button says
 * what it does and whether it is on. The server sanitises whatever arrives regardless.
 */
import "./content.css";
import { Button, Group, Paper, Popover, Stack, TextInput } from "@mantine/core";
import Image from "@tiptap/extension-image";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ImageButton } from "./image-button.js";

interface RichTextEditorProps {
  label: string;
  value: string;
  onChange: (html: string) => void;
  language: string;
  direction: "ltr" | "rtl";
  allowImages: boolean;
  isReadOnly?: boolean;
}

export function RichTextEditor({ label, value, onChange, language, direction, allowImages, isReadOnly = false }: RichTextEditorProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: "https", protocols: ["mailto", "tel"], HTMLAttributes: { rel: null, target: null } },
      }),
      ...(allowImages ? [Image.configure({ inline: false })] : []),
    ],
    content: value,
    editable: !isReadOnly,
    editorProps: {
      attributes: { role: "textbox", "aria-multiline": "true", "aria-labelledby": labelId, lang: language, dir: direction, class: "rich-text-content" },
    },
    onUpdate: ({ editor: current }) => onChange(current.getHTML()),
  });
  return (
    <Stack gap={4}>
      <span id={labelId} className="rich-text-label">
        {label}
      </span>
      <Paper withBorder className="rich-text">
        {editor && !isReadOnly && <Toolbar editor={editor} label={t("content.editor.toolbar", { field: label })} allowImages={allowImages} />}
        <EditorContent editor={editor} />
      </Paper>
    </Stack>
  );
}

function Toolbar({ editor, label, allowImages }: { editor: Editor; label: string; allowImages: boolean }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      h2: current.isActive("heading", { level: 2 }),
      h3: current.isActive("heading", { level: 3 }),
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      bullets: current.isActive("bulletList"),
      numbers: current.isActive("orderedList"),
      quote: current.isActive("blockquote"),
      link: current.isActive("link"),
    }),
  });
  const chain = () => editor.chain().focus();
  // Each button shows its name in words (the reader's language), so what is seen is what is heard.
  const toggle = (name: keyof typeof state, run: () => void) => (
    <Button size="compact-sm" variant={state[name] ? "filled" : "default"} aria-pressed={state[name]} onClick={run} fw={name === "bold" ? 700 : 400} fs={name === "italic" ? "italic" : undefined}>
      {t(`content.editor.${name}`)}
    </Button>
  );
  return (
    <Group gap={4} p={6} role="toolbar" aria-label={label} className="rich-text-toolbar" wrap="wrap">
      {toggle("h2", () => chain().toggleHeading({ level: 2 }).run())}
      {toggle("h3", () => chain().toggleHeading({ level: 3 }).run())}
      {toggle("bold", () => chain().toggleBold().run())}
      {toggle("italic", () => chain().toggleItalic().run())}
      {toggle("bullets", () => chain().toggleBulletList().run())}
      {toggle("numbers", () => chain().toggleOrderedList().run())}
      {toggle("quote", () => chain().toggleBlockquote().run())}
      <LinkButton editor={editor} isActive={state.link} />
      {allowImages && <ImageButton onInsert={(src, alt) => chain().setImage({ src, alt }).run()} />}
      <Button size="compact-sm" variant="default" fw={400} onClick={() => chain().undo().run()}>
        {t("content.editor.undo")}
      </Button>
      <Button size="compact-sm" variant="default" fw={400} onClick={() => chain().redo().run()}>
        {t("content.editor.redo")}
      </Button>
    </Group>
  );
}

function LinkButton({ editor, isActive }: { editor: Editor; isActive: boolean }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [href, setHref] = useState("");
  const open = () => {
    setHref((editor.getAttributes("link").href as string | undefined) ?? "");
    setOpen(true);
  };
  const apply = () => {
    const chain = editor.chain().focus().extendMarkRange("link");
    if (href.trim()) chain.setLink({ href: href.trim() }).run();
    else chain.unsetLink().run();
    setOpen(false);
  };
  return (
    <Popover opened={isOpen} onChange={setOpen} trapFocus returnFocus withinPortal position="bottom-start">
      <Popover.Target>
        <Button size="compact-sm" variant={isActive ? "filled" : "default"} aria-pressed={isActive} fw={400} onClick={open}>
          {t("content.editor.link")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <TextInput label={t("content.editor.linkAddress")} description={t("content.editor.linkHint")} value={href} onChange={(event) => setHref(event.currentTarget.value)} dir="ltr" />
          <Group gap="xs">
            <Button size="xs" onClick={apply}>
              {t("content.editor.linkApply")}
            </Button>
            {isActive && (
              <Button size="xs" variant="default" onClick={() => { editor.chain().focus().extendMarkRange("link").unsetLink().run(); setOpen(false); }}>
                {t("content.editor.linkRemove")}
              </Button>
            )}
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
