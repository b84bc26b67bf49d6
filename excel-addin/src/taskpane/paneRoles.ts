/**
 * Each workbook shows the actions of its role: a region's preparer sees the month sheet, validation and
 * checklists; the ministry's national workbook consolidation and the region workbooks; a template its
 * set-up. The calendar is for everyone, and one button shows the rest.
 */
import type { Lang } from "../../../core/i18n/lang";
import type { WorkbookRoleInfo } from "./actions";
import { say } from "./paneWords";

export interface RoleView {
  info: WorkbookRoleInfo;
  showAll: boolean;
}

export function applyRole(view: RoleView, lang: Lang): void {
  const { role, region } = view.info;
  const line = document.getElementById("role");
  if (line) {
    line.textContent =
      role === "region"
        ? say(lang, "roleRegion", { region: region ?? "?" })
        : say(lang, role === "national" ? "roleNational" : "roleTemplate");
  }
  for (const section of document.querySelectorAll<HTMLElement>("section[data-roles]")) {
    const roles = (section.dataset["roles"] ?? "").split(" ");
    section.hidden = !view.showAll && !roles.includes(role);
  }
  const toggle = document.getElementById("show-all");
  if (toggle) {
    toggle.hidden = false;
    toggle.textContent = say(lang, view.showAll ? "showRole" : "showAll");
    toggle.setAttribute("aria-expanded", String(view.showAll));
  }
}
