/** `worksheet.charts`: add over a source range, position, size, title, delete. */
import { ClientObject } from "./clientObject";
import type { FakeChart as ChartModel, FakeSheet } from "./model";
import { formatAddress, parseAddress } from "./model";
import type { FakeRange } from "./range";
import { rangeAddressOf } from "./range";
import { loadItems } from "./loadItems";
import { FakeChartSeriesCollection } from "./chartSeries";

interface ChartTarget {
  readonly sheet: FakeSheet;
  readonly chart: ChartModel;
}

export class FakeChartCollection extends ClientObject<FakeSheet> {
  private loadedItems: FakeChart[] | undefined;
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  override load(properties?: string | readonly string[] | { select?: string }): this {
    loadItems(
      this,
      properties,
      () => {
        const sheet = this._resolve();
        return sheet ? sheet.charts.map((chart) => ({ sheet, chart })) : null;
      },
      (target) => new FakeChart(this.context, () => target),
      (items) => (this.loadedItems = items),
    );
    return this;
  }
  get items(): FakeChart[] {
    if (!this.loadedItems) return this.get("items");
    return this.loadedItems;
  }
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    const proxy = new FakeChart(this.context, () => null);
    this.call({ type, seriesBy }, (sheet) => {
      const source = sourceData._target();
      const chart: ChartModel = {
        id: this.context.host.model.chartId(),
        name: `Kaavio ${sheet.charts.length + 1}`,
        type,
        source: rangeAddressOf(source),
        seriesBy,
        title: "",
        width: 360,
        height: 216,
      };
      sheet.charts.push(chart);
      proxy._bind({ sheet, chart });
    });
    return proxy;
  }
}

export class FakeChart extends ClientObject<ChartTarget> {
  readonly title = new FakeChartTitle(this.context, () => this._resolve());
  readonly series = new FakeChartSeriesCollection(this.context, () => this._resolve());
  protected scalarProperties(): readonly string[] {
    return ["name", "width", "height"];
  }
  protected readProperty(target: ChartTarget, property: string): unknown {
    return (target.chart as unknown as Record<string, unknown>)[property];
  }
  get name(): string {
    return this.get("name");
  }
  set width(points: number) {
    this.set("width", points, (t) => (t.chart.width = points));
  }
  set height(points: number) {
    this.set("height", points, (t) => (t.chart.height = points));
  }
  setPosition(startCell: string, endCell?: string): void {
    this.call({ startCell, endCell }, (t) => {
      t.chart.topLeft = formatAddress(parseAddress(startCell).bounds);
      if (endCell) t.chart.bottomRight = formatAddress(parseAddress(endCell).bounds);
    });
  }
  delete(): void {
    this.call({}, (t) => (t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart)));
  }
}

export class FakeChartTitle extends ClientObject<ChartTarget> {
  protected scalarProperties(): readonly string[] {
    return ["text"];
  }
  protected readProperty(target: ChartTarget): unknown {
    return target.chart.title;
  }
  set text(text: string) {
    this.set("text", text, (t) => (t.chart.title = text));
  }
  get text(): string {
    return this.get("text");
  }
}
