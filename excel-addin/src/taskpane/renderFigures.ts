/** The national figures after consolidating, as cards with their change, and links to the national sheets. */
import type { Lang } from "../../../core/i18n/lang";
import type { NationalFigures } from "./nationalFigures";
import { say } from "./paneWords";
import { element } from "./render";

export function renderFigures(
  container: HTMLElement,
  figures: NationalFigures,
  lang: Lang,
  onOpenSheet: (sheet: string) => void,
): void {
  const section = element("section", undefined, "figures");
  section.setAttribute("aria-label", figures.heading);
  section.append(element("h3", figures.heading));
  const cards = element("div", undefined, "cards");
  for (const figure of figures.figures) {
    const card = element("div", undefined, "card");
    const value = element("div", figure.value, "card-value");
    value.style.backgroundColor = figure.fill;
    value.style.color = figure.font;
    card.append(
      element("div", figure.label, "card-label"),
      value,
      element("div", figure.count, "card-count"),
      element("div", `${figures.changeLabel}: ${figure.change}`, "card-change"),
    );
    cards.append(card);
  }
  const links = element("ul", undefined, "sheet-links");
  for (const sheet of figures.sheets) {
    const button = element("button", say(lang, "openSheet", { sheet }), "link-button");
    button.type = "button";
    button.dataset["sheet"] = sheet;
    button.addEventListener("click", () => onOpenSheet(sheet));
    const item = element("li");
    item.append(button);
    links.append(item);
  }
  section.append(cards, links);
  // Right under the result's sentence, before any list of findings: the figures are what an analyst
  // came for, the findings what they read next.
  const message = container.querySelector(".message");
  container.insertBefore(section, message ? message.nextSibling : container.firstChild);
}
