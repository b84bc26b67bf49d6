import type { Lang, Localized } from "../core/i18n/lang";
import { interpolate } from "../core/i18n/lang";

/** Progress lines only the command line prints (the actions' own are in core/actions/messages.ts). */
const CLI_MESSAGES = {
  progressNational: {
    fi: "Kansallinen tilannekuva {month} …",
    sv: "Nationell lägesbild {month} …",
    en: "National picture {month} …",
  },
} as const satisfies Record<string, Localized>;

export function cliMessage(
  key: keyof typeof CLI_MESSAGES,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return interpolate(CLI_MESSAGES[key][lang], params);
}
