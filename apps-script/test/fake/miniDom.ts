/**
 * Just enough DOM to run the sidebar's script in a vm: elements built by script (no HTML parsing),
 * attributes, text, children, click and change events, and lookups by id and tag.
 */
export class MiniElement {
  readonly attributes = new Map<string, string>();
  readonly children: MiniElement[] = [];
  parent: MiniElement | null = null;
  disabled = false;
  /** How often the script scrolled this element into view. */
  scrolledIntoView = 0;
  private ownText = "";
  private currentValue: string | null = null;
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();

  constructor(
    readonly tagName: string,
    private readonly document: MiniDocument,
  ) {}

  get textContent(): string {
    return this.ownText + this.children.map((c) => c.textContent).join("");
  }
  set textContent(text: string) {
    for (const child of this.children) child.parent = null;
    this.children.length = 0;
    this.ownText = String(text);
  }
  get value(): string {
    return this.currentValue ?? this.attributes.get("value") ?? "";
  }
  set value(value: string) {
    this.currentValue = String(value);
  }
  get id(): string {
    return this.attributes.get("id") ?? "";
  }
  scrollIntoView(): void {
    this.scrolledIntoView += 1;
  }
  appendChild(child: MiniElement): MiniElement {
    child.parent?.removeChild(child);
    this.children.push(child);
    child.parent = this;
    return child;
  }
  removeChild(child: MiniElement): MiniElement {
    const at = this.children.indexOf(child);
    if (at >= 0) this.children.splice(at, 1);
    child.parent = null;
    return child;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  dispatch(type: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ type, target: this });
  }
  click(): void {
    if (!this.disabled) this.dispatch("click");
  }
  focus(): void {
    this.document.activeElement = this;
  }
  descendants(): MiniElement[] {
    return this.children.flatMap((c) => [c, ...c.descendants()]);
  }
  getElementsByTagName(tag: string): MiniElement[] {
    return this.descendants().filter((e) => e.tagName === tag.toLowerCase());
  }
}

export class MiniDocument {
  activeElement: MiniElement | null = null;
  readonly documentElement: MiniElement;
  readonly body: MiniElement;

  constructor() {
    this.documentElement = new MiniElement("html", this);
    this.body = this.documentElement.appendChild(new MiniElement("body", this));
  }
  createElement(tag: string): MiniElement {
    return new MiniElement(tag.toLowerCase(), this);
  }
  getElementById(id: string): MiniElement | null {
    return this.documentElement.descendants().find((e) => e.id === id) ?? null;
  }
  /** Elements by tag whose text is `text` (tests find buttons and messages this way). */
  byText(tag: string, text: string): MiniElement | undefined {
    return this.documentElement.getElementsByTagName(tag).find((e) => e.textContent === text);
  }
}
