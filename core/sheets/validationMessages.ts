import type { Lang } from "../i18n/lang";

const PROMPT: Record<Lang, string> = {
  fi: "Valitse luettelosta: {values}.",
  sv: "Välj i listan: {values}.",
  en: "Pick from the list: {values}.",
};
const ERROR: Record<Lang, string> = {
  fi: "Arvoa ei hyväksytä. Valitse yksi näistä: {values}.",
  sv: "Värdet godtas inte. Välj ett av följande: {values}.",
  en: "This value is not accepted. Pick one of: {values}.",
};

/**
 * The input prompt and the rejection message of a drop-down, both naming what to pick. Hosts cut
 * messages to their limits (Excel: 255 characters), so the values come first in a short sentence.
 * @example pickMessages(["Kyllä", "Ei"], "fi").error // "Arvoa ei hyväksytä. Valitse yksi näistä: Kyllä, Ei."
 */
export function pickMessages(values: readonly string[], lang: Lang): { prompt: string; error: string } {
  const list = values.join(", ");
  return { prompt: PROMPT[lang].replace("{values}", list), error: ERROR[lang].replace("{values}", list) };
}
