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

const GUARDED: Record<Lang, string> = {
  fi: "Tämä sarake tulee tiekartasta, eikä sitä muuteta. Täytä keltaiset solut: tila, kommentti, arvioitu valmistuminen ja vastuuhenkilö.",
  sv: "Den här kolumnen kommer från färdplanen och ändras inte. Fyll i de gula cellerna: status, kommentar, beräknat färdigställande och ansvarsperson.",
  en: "This column comes from the roadmap and is not changed. Fill in the yellow cells: status, comment, expected completion and owner.",
};

/** Shown when a user types into a task table's id or context cell, which sorting leaves unlocked in Excel. */
export function guardedMessage(lang: Lang): string {
  return GUARDED[lang];
}
