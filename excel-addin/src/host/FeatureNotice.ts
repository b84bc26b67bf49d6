/** A part of a sheet description this Excel could not render; the task pane tells the user. */
export interface FeatureNotice {
  readonly feature: "validations" | "checkboxes";
  readonly sheet: string;
  /** The requirement set the feature needs, e.g. "ExcelApi 1.8". */
  readonly requirement: string;
}
