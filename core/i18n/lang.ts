import * as z from "zod";

/** The languages of the UI and of issue messages: Finnish (default), Swedish, English. */
export const LangSchema = z.enum(["fi", "sv", "en"]);
export type Lang = z.infer<typeof LangSchema>;
export const LANGS: readonly Lang[] = ["fi", "sv", "en"];
export const DEFAULT_LANG: Lang = "fi";

/** A text in all three languages. */
export const LocalizedSchema = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
export type Localized = z.infer<typeof LocalizedSchema>;

/** Fills `{name}` placeholders of a template. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
