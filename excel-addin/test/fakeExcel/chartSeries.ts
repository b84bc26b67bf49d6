/** `chart.series.getItemAt(i).format`: a series' fill (bars, columns) and line colour (lines). */
import { ClientObject } from "./clientObject";
import type { FakeChart as ChartModel, FakeSheet } from "./model";
import { FakeError, parseAddress } from "./model";

interface ChartTarget {
  readonly sheet: FakeSheet;
  readonly chart: ChartModel;
}

interface SeriesTarget extends ChartTarget {
  readonly index: number;
}

/** Series of a chart made with seriesBy "Columns": one per column of the source after the first. */
function seriesCount(chart: ChartModel): number {
  return parseAddress(chart.source).bounds.columns - 1;
}

export class FakeChartSeriesCollection extends ClientObject<ChartTarget> {
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, () => {
      const target = this._resolve();
      if (!target) return null;
      if (index < 0 || index >= seriesCount(target.chart))
        throw new FakeError("ItemNotFound", `The chart has no series ${index}.`);
      return { ...target, index };
    });
  }
}

export class FakeChartSeries extends ClientObject<SeriesTarget> {
  readonly format = {
    fill: new FakeSeriesFill(this.context, () => this._resolve()),
    line: new FakeSeriesLine(this.context, () => this._resolve()),
  };
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
}

function colour(t: SeriesTarget, value: string): void {
  const colours = (t.chart.seriesColours ??= []);
  colours[t.index] = value;
}

export class FakeSeriesFill extends ClientObject<SeriesTarget> {
  protected scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  setSolidColor(value: string): void {
    this.call({ value }, (t) => colour(t, value));
  }
}

export class FakeSeriesLine extends ClientObject<SeriesTarget> {
  protected scalarProperties(): readonly string[] {
    return ["color"];
  }
  protected readProperty(t: SeriesTarget): unknown {
    return t.chart.seriesColours?.[t.index] ?? "#000000";
  }
  set color(value: string) {
    this.set("color", value, (t) => colour(t, value));
  }
}
