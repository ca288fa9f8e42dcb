/**
 * Grid → Plan. Finds the plan table on any sheet by its header words, then walks its rows: section,
 * strategy (사회보장전략 / 지역발전전략 / 발전전략) and 대표과업 rows, or strategy and task columns
 * instead; project rows and their continuation rows; 소계/합계 rows; repeated header blocks (page
 * breaks) and notes are skipped. Every value keeps its cell.
 */
import type { CellError, CellRef, Grid } from "../grid";
import { cellText, cellValue } from "../grid";
import type {
  Budget,
  BudgetUnit,
  ColumnRole,
  Flag,
  FlagName,
  NumberPath,
  Plan,
  PlanColumn,
  Project,
  Strategy,
  Task,
  TotalRow,
} from "../plan";
import { PlanReadError } from "./errors";
import { findHeader, firstHeader, headerWordCount, type HeaderBlock } from "./header";
import { readIndicators, type IndicatorColumns } from "./indicators";
import { isNoteText, readMarker, readProjectNumber, type RowMarker } from "./rowKinds";
import { matchDepartmentList, readSchedule } from "./schedule";
import { detectPeriod, periodFromYears } from "./period";
import { SheetView } from "./sheetView";
import { isGeneratedSheet } from "../sheets";
import { readRevisionLog, readRevisionStore } from "./revisionLog";
import { readResults } from "../results/read";
import { FLAG_NO, FLAG_YES, parseNationalPlanLink, parseNumberPath, readBudget, splitKeyMarker } from "./values";
import { normalizeName } from "../identity";
import { compact } from "../text";
import {
  budgetCellsAt,
  BudgetCell,
  FlagCell,
  FlagRead,
  FormulaBudgetCell,
  FormulaFlagCell,
  NameKeyFlagCell,
  ReadRows,
  SheetColumns,
  TextCell,
  type BudgetRead,
  type SheetColumn,
  type TargetRead,
} from "./cells";

/** Who the indicator rows being read belong to: a strategy, a task or a project, its id and indicators all closeOwner asks. */
type Owner = Strategy | Task | ReadProject;

export function readPlan(grid: Grid): Plan {
  const views = grid.sheets.filter((sheet) => !isGeneratedSheet(sheet.name)).map((sheet) => new SheetView(sheet));
  const found = findHeaders(views);
  if (!found) {
    throw new PlanReadError("noPlanTable", { sheets: grid.sheets.map((s) => s.name).join(", ") });
  }
  const plan = new TableReader(found.segments).read(views, readRevisionLog(grid), readRevisionStore(grid));
  if (found.otherPeriod) plan.periodEvidence.mixed = true;
  const results = readResults(grid, plan, {}, views);
  if (results.length > 0) plan.results = results;
  return plan;
}

/** One sheet's part of the plan table: a plan spread over sheets (one per strategy or part) has several. */
interface Segment {
  view: SheetView;
  header: HeaderBlock;
}

/**
 * The plan table's header on each sheet: the best one, and every other sheet whose header has the same
 * target and budget years (its continuation). A sheet headed with the other period's years is not read
 * but makes the plan "mixed".
 */
function findHeaders(views: SheetView[]): { segments: Segment[]; otherPeriod: boolean } | null {
  // Each sheet's header is looked for once: finding the best and gathering its continuations share it.
  const headers = views.map(firstHeader);
  const best = findHeader(views, headers);
  if (!best) return null;
  const yearsOf = (header: HeaderBlock, role: ColumnRole) =>
    header.columns.filter((c) => c.role === role).map((c) => c.year as number).sort((a, b) => a - b).join(",");
  const segments: Segment[] = [];
  let otherPeriod = false;
  const bestPeriod = periodFromYears(best.header.columns.filter((c) => c.year !== undefined).map((c) => c.year as number));
  for (let i = 0; i < views.length; i++) {
    const view = views[i];
    const header = view === best.view ? best.header : headers[i];
    if (!header) continue;
    if (view === best.view || (yearsOf(header, "target") === yearsOf(best.header, "target") && yearsOf(header, "budget") === yearsOf(best.header, "budget"))) {
      segments.push({ view, header });
    } else if (periodFromYears(header.columns.filter((c) => c.year !== undefined).map((c) => c.year as number)) !== bestPeriod) {
      otherPeriod = true;
    }
  }
  return { segments, otherPeriod };
}

/**
 * A segment's column map with every role undefined: each role a field from the start, so every map has one shape
 * (roles added as the header lists them gave each header's order a shape of its own, and each row's look-ups by role
 * a site seeing several).
 */
function noColumns(): Partial<Record<ColumnRole, number>> {
  return {
    number: undefined,
    name: undefined,
    "flag.key": undefined,
    "flag.partnership": undefined,
    "flag.isNew": undefined,
    link: undefined,
    indicator: undefined,
    target: undefined,
    budget: undefined,
    department: undefined,
    remark: undefined,
    strategy: undefined,
    task: undefined,
  };
}

class TableReader {
  /** The segment being read: its sheet, header and column map. */
  private view!: SheetView;
  private header!: HeaderBlock;
  private sheet = "";
  private col: Partial<Record<ColumnRole, number>> = noColumns();
  /** The segment's columns, shared by the cells read from them. */
  private columns!: SheetColumns;
  private targetCols: PlanColumn[] = [];
  private budgetCols: PlanColumn[] = [];
  /** The budget columns' shared columns, in year order, and the indicator block's (made once per segment, not per cell). */
  private budgetColumns: SheetColumn[] = [];
  /** The segment's target and budget reads, row after row (indicators and projects keep where theirs start). */
  private targetRows = new ReadRows<TargetRead>([]);
  private budgetRows = new ReadRows<BudgetRead>([]);
  /** What the segment's projects share (their number and name columns, the budget reads). */
  private segmentProjects!: SegmentProjects;
  private indicatorColumns: IndicatorColumns = { name: null, targets: [] };
  /** Columns holding the indicator block (name and targets): a row with content there has indicators. */
  private indicatorArea: number[] = [];
  /** Columns whose text never says what kind of row it is (leadingText): strategy, task, department, remark, indicators. */
  private notLeading: number[] = [];
  private readonly period: ReturnType<typeof detectPeriod>;

  private part: 1 | 2 = 1;
  private strategy: Strategy | null = null;
  private task: Task | null = null;
  /**
   * The owner itself, and again as ownerProject when it is a project (null otherwise): no object made per owner to say
   * which kind it is, and no site reading a kind from three shapes of it.
   */
  private owner: Owner | null = null;
  private ownerProject: ReadProject | null = null;
  /**
   * The current owner's indicator rows, read into indicators when the owner closes: the first ownerRowCount of one
   * list kept for all owners (emptied by its count: setting an array's length to 0 dropped its store, made anew at
   * the next owner's first row).
   */
  private readonly ownerRows: number[] = [];
  private ownerRowCount = 0;
  private readonly strategies: Strategy[] = [];
  private readonly tasks: Task[] = [];
  private readonly projects: Project[] = [];
  private readonly totals: TotalRow[] = [];
  private readonly unplacedRows: Plan["unplacedRows"] = [];
  /** The strategy, task and project ids given so far, each kind unique among its own. */
  private readonly ids = { strategy: new UniqueIds(), task: new UniqueIds(), project: new UniqueIds() };
  /**
   * Lookups over the strategies and tasks read so far, so that a plan with thousands of them is read in
   * linear time: the first strategy and task with a given text (per strategy), the first strategy with a
   * given part and number, and how many strategies each part and how many tasks each strategy has.
   * The first three are brought up to date when asked (strategyWithRaw, taskWithRaw, strategyWithNumber), from
   * the strategies and tasks read since: only a plan with strategy or task columns, or a named 소계, asks, where
   * keeping them at each strategy and task (a key made and hashed for each) cost every plan.
   */
  private readonly index = {
    strategyByRaw: new Map<string, Strategy>(),
    strategyByNumber: new Map<string, Strategy>(),
    strategiesInPart: [0, 0, 0],
    taskByRaw: new Map<string, Task>(),
    tasksInStrategy: new Map<string, number>(),
    /** How many of this.strategies are in strategyByRaw, in strategyByNumber; of this.tasks in taskByRaw. */
    strategiesByRaw: 0,
    strategiesByNumber: 0,
    tasksByRaw: 0,
  };
  private readonly errorCells: Plan["errorCells"] = [];
  /** Projects since the last total row, per scope id, for 소계 members. */
  private projectsSinceTotal: Project[] = [];
  private tableEnd = 0;

  constructor(private readonly segments: Segment[]) {
    const first = segments[0];
    const years = [...new Set(first.header.columns.filter((c) => c.year !== undefined).map((c) => c.year as number))].sort((a, b) => a - b);
    this.period = detectPeriod(years, first.header.columns, first.view.sheet.name, first.header.first);
  }

  private enter(segment: Segment): void {
    this.view = segment.view;
    this.header = segment.header;
    this.sheet = segment.view.sheet.name;
    this.col = noColumns();
    const years = new Map<number, number>();
    for (const column of this.header.columns) {
      if (column.year === undefined) this.col[column.role] ??= column.col;
      else years.set(column.col, column.year);
    }
    this.columns = new SheetColumns(this.sheet, years);
    this.targetCols = this.header.columns.filter((c) => c.role === "target").sort((a, b) => (a.year as number) - (b.year as number));
    this.budgetCols = this.header.columns.filter((c) => c.role === "budget").sort((a, b) => (a.year as number) - (b.year as number));
    this.budgetColumns = this.budgetCols.map((c) => this.columns.at(c.col));
    const targetColumns = this.targetCols.map((c) => this.columns.at(c.col));
    // A run of reads takes the columns in year order: an indicator's targets, a project's budgets (addBudgets).
    this.targetRows = new ReadRows<TargetRead>(targetColumns);
    this.budgetRows = new ReadRows<BudgetRead>(this.budgetColumns);
    this.segmentProjects = new SegmentProjects(
      this.col.number === undefined ? null : this.columns.at(this.col.number),
      this.columns.at(this.col.name as number),
      this.budgetRows,
      this.budgetColumns.length,
    );
    this.indicatorColumns = {
      name: this.col.indicator === undefined ? null : this.columns.at(this.col.indicator),
      targets: targetColumns,
    };
    this.indicatorArea = [this.col.indicator, ...this.targetCols.map((c) => c.col)].filter((c): c is number => c !== undefined);
    this.notLeading = [this.col.strategy, this.col.task, this.col.department, this.col.remark, ...this.indicatorArea].filter((c): c is number => c !== undefined);
    this.tableEnd = this.view.rowCount - 1;
  }

  read(views: SheetView[], revisionLog: Plan["revisionLog"], revisionStore: Plan["revisionStore"]): Plan {
    const first = this.segments[0];
    const schedule = readSchedule(views, first.view, first.header.last + 1);
    const sheets: string[] = [];
    for (const segment of this.segments) {
      this.enter(segment);
      sheets.push(this.sheet);
      // Above a later sheet's header stand titles, or rows of the plan whose header was left out: those are told.
      if (segment !== first) for (let row = 0; row < this.header.first; row++) if (this.looksLikePlanRow(row)) this.unplacedRows.push({ sheet: this.sheet, row, aboveHeader: true });
      if (schedule && schedule.sheet === this.sheet && schedule.firstRow > this.header.last) this.tableEnd = schedule.firstRow - 1;
      for (let row = this.header.last + 1; row <= this.tableEnd; row++) this.readRow(row);
      this.dropOwner();
      this.collectErrors();
    }
    // Back to the first segment, for the plan's columns and budget unit (a plan on one sheet is there already).
    if (this.header !== first.header) this.enter(first);
    if (schedule && !sheets.includes(schedule.sheet)) sheets.push(schedule.sheet);
    const departments = schedule?.schedule.departments;
    if (schedule && departments) {
      // Matched also beside a 담당부서 column: a line naming no project is told either way.
      // A line may name a 대표과업 or a strategy ("세부사업(과업)"): it names something of the plan, no project's department.
      const { byProject, unmatched, several } = matchDepartmentList(departments, this.projects, [...this.tasks, ...this.strategies]);
      schedule.schedule.unmatchedEntries = unmatched;
      if (this.col.department === undefined) {
        schedule.schedule.departmentsByProject = byProject;
        schedule.schedule.severalProjectLines = several;
        if (departments.length > 0) for (const project of this.projects) project.department ??= byProject[project.id] ?? null;
      }
    }

    const targetYears = this.targetCols.map((c) => c.year as number);
    const budgetYears = this.budgetCols.map((c) => c.year as number);
    const allYears = [...new Set([...targetYears, ...budgetYears])].sort((a, b) => a - b);
    return {
      sheet: this.sheet,
      sheets,
      period: this.period.period,
      periodEvidence: this.period.evidence,
      years: allYears,
      budgetUnit: this.readBudgetUnit(),
      headerRows: { first: this.header.first, last: this.header.last },
      columns: this.header.columns,
      targetYears,
      budgetYears,
      // A plan runs four years; a fifth, earlier column is the previous plan's last year (the baseline).
      planYears: allYears.slice(-4),
      strategies: this.strategies,
      tasks: this.tasks,
      projects: this.projects,
      totals: this.totals,
      schedule: schedule?.schedule ?? null,
      errorCells: this.errorCells,
      unplacedRows: this.unplacedRows,
      revisionLog,
      revisionStore,
    };
  }

  private ref(row: number, col: number): CellRef {
    return { sheet: this.sheet, row, col };
  }

  /** The text of the row's cell in `col` (a role's column, looked up by the caller: by name, not by a varying key). */
  private text(row: number, col: number | undefined, shown = false): string {
    if (col === undefined) return "";
    return cellText(shown ? this.view.shown(row, col) : this.view.own(row, col));
  }

  private hasIndicatorContent(row: number): boolean {
    const area = this.indicatorArea;
    for (let i = 0; i < area.length; i++) if (cellText(this.view.own(row, area[i])) !== "") return true;
    return false;
  }

  /**
   * The text that says what kind of row this is: number or name column, else the first cell outside strategy/task
   * columns. `numberText` and `nameText`: the row's number and name cells, as readRow has read them.
   */
  private leadingText(row: number, numberText: string, nameText: string): { text: string; col: number } | null {
    if (numberText !== "") return { text: numberText, col: this.col.number as number };
    if (nameText !== "") return { text: nameText, col: this.col.name as number };
    // The cells holding a value, in order (present has left out the covered ones).
    const line = this.view.sheet.values[row];
    const present = this.view.present;
    for (let i = this.view.starts[row], end = this.view.starts[row + 1]; i < end; i++) {
      const col = present[i];
      if (this.notLeading.includes(col)) continue;
      const text = cellText(line[col]);
      if (text !== "") return { text, col };
    }
    return null;
  }

  /** A strategy, 대표과업 or project row by its number, name or marker (a row above the header is not read). */
  private looksLikePlanRow(row: number): boolean {
    if (this.view.isRowEmpty(row)) return false;
    const numberText = this.text(row, this.col.number);
    const name = this.text(row, this.col.name);
    if (name !== "" && (parseNumberPath(numberText) !== null || readProjectNumber(numberText) !== null)) return true;
    const lead = this.leadingText(row, numberText, name);
    const kind = lead ? readMarker(lead.text)?.kind : undefined;
    return kind === "strategy" || kind === "task";
  }

  private readRow(row: number): void {
    if (this.view.isRowEmpty(row)) return;
    const numberText = this.text(row, this.col.number);
    const path = parseNumberPath(numberText);
    // A path too short for a project (Ⅰ-2, Ⅱ-1-2) numbers a strategy or a 대표과업 row.
    if (path && this.readPathRow(row, path)) return;
    const number = path ? path.levels[path.levels.length - 1] : readProjectNumber(numberText);
    // A repeated header block (page break) never has a project number.
    if (number === null && headerWordCount(this.view, row, 2) >= 2) return;
    if (this.isNoteRow(row)) return;

    const name = this.text(row, this.col.name);
    if ((name !== "" || number !== null) && this.repeatsCurrentProject(row, numberText, name)) {
      const project = this.ownerProject as ReadProject;
      if (this.hasIndicatorContent(row)) this.addIndicatorRow(row);
      project.lastRow = Math.max(project.lastRow, row);
      return;
    }
    if (this.col.strategy !== undefined || this.col.task !== undefined) {
      // With strategy/task columns, a row without a project that names a strategy or task carries its own indicators.
      this.followStrategyColumns(row, name === "" && number === null && this.hasIndicatorContent(row));
    }

    // Only a row without a project number is a section, strategy, task or total row.
    const lead = number === null ? this.leadingText(row, numberText, name) : null;
    const marker = lead ? readMarker(lead.text) : null;
    if (marker?.kind === "section") {
      this.part = marker.part;
      this.dropOwner();
      this.strategy = null;
      this.task = null;
      return;
    }
    if (marker?.kind === "strategy" && lead) {
      this.startStrategy(row, lead.col, marker.part ?? this.part, marker.number, marker.name, lead.text);
      if (this.hasIndicatorContent(row)) this.addIndicatorRow(row);
      return;
    }
    if (marker?.kind === "task" && lead) {
      this.startTask(row, lead.col, marker.number, marker.name, lead.text);
      if (this.hasIndicatorContent(row)) this.addIndicatorRow(row);
      return;
    }
    if (marker?.kind === "total" && lead) {
      this.readTotal(row, marker, lead.col, lead.text);
      return;
    }

    if (name !== "" || number !== null) {
      this.startProject(row, number, numberText, name, path);
      if (this.hasIndicatorContent(row)) this.addIndicatorRow(row);
      return;
    }
    if (this.owner && this.hasIndicatorContent(row)) {
      this.addIndicatorRow(row);
      if (this.ownerProject) this.ownerProject.lastRow = row;
      return;
    }
    if (this.ownerProject && this.isInsideProjectMerge(this.ownerProject, row)) {
      this.ownerProject.lastRow = row;
      return;
    }
    this.unplacedRows.push({ sheet: this.sheet, row });
  }

  /**
   * A row that repeats the current project's number and name (cells unmerged for sorting or filtering, or
   * rows inserted by another program) is one more of its indicator rows, not a second project. The same
   * number with another name, or the same name further away, is still a second project.
   */
  private repeatsCurrentProject(row: number, numberText: string, name: string): boolean {
    const project = this.ownerProject;
    // The owner is dropped at the end of each segment: the current project is always on this sheet.
    if (!project || project.firstRow === row) return false;
    // The number cell's text without making the cell (numberCell makes one at each ask).
    if (numberText !== (project[SHARED].number === null ? "" : project[NUMBER_TEXT])) return false;
    return name !== "" && normalizeName(splitKeyMarker(name).name) === normalizeName(project.name);
  }

  /** Strategy and 대표과업 rows numbered as paths: Ⅰ-2 (strategy), Ⅱ-1 (strategy), Ⅱ-1-2 (task). */
  private readPathRow(row: number, path: NumberPath): boolean {
    const projectDepth = path.part === 1 ? 2 : 3;
    if (path.levels.length >= projectDepth) return false;
    const col = this.col.number as number;
    const name = this.text(row, this.col.name);
    const marker = name !== "" ? readMarker(name) : null;
    const label = marker && (marker.kind === "strategy" || marker.kind === "task") ? marker.name : name;
    const raw = name !== "" ? `${path.raw} ${name}` : path.raw;
    if (path.levels.length === 1) {
      this.part = path.part;
      this.startStrategy(row, col, path.part, path.levels[0], label, raw);
    } else {
      this.startTask(row, col, path.levels[1], label, raw);
    }
    if (this.hasIndicatorContent(row)) this.addIndicatorRow(row);
    return true;
  }

  /** A row covered by the current project's merged number/name cells belongs to it even without indicators. */
  private isInsideProjectMerge(project: ReadProject, row: number): boolean {
    // The owner is dropped at the end of each segment: the current project's name is in this segment's name column.
    const area = this.view.mergeAt(row, this.col.name as number);
    return !!area && area.top === project.firstRow;
  }

  /** 주: / ※ notes, wherever they start (in a strategy column too). */
  private isNoteRow(row: number): boolean {
    // The row's first cell with text: present lists the cells holding a value, in order (covered ones left out).
    const line = this.view.sheet.values[row];
    const present = this.view.present;
    for (let i = this.view.starts[row], end = this.view.starts[row + 1]; i < end; i++) {
      const value = line[present[i]];
      // A number (a project's number, most rows) is never a note: told without its text.
      if (typeof value === "number") return false;
      const text = cellText(value);
      if (text !== "") return isNoteText(text);
    }
    return false;
  }

  private followStrategyColumns(row: number, ownsRow: boolean): void {
    const strategyText = this.text(row, this.col.strategy, true);
    if (strategyText !== "" && (!this.strategy || this.strategy.cell.raw !== strategyText)) {
      const marker = readMarker(strategyText);
      const at = this.view.masterCell(row, this.col.strategy as number);
      const existing = this.strategyWithRaw(strategyText);
      const taskOwns = ownsRow && this.text(row, this.col.task, true) !== "";
      if (existing) {
        this.strategy = existing;
        this.task = null;
      } else if (marker?.kind === "strategy") {
        this.startStrategy(at.row, at.col, marker.part ?? this.part, marker.number, marker.name, strategyText, ownsRow && !taskOwns);
      } else {
        this.startStrategy(at.row, at.col, this.part, null, strategyText, strategyText, ownsRow && !taskOwns);
      }
    }
    const taskText = this.text(row, this.col.task, true);
    if (taskText === "") {
      if (this.col.task !== undefined && this.task && this.task.strategyId === this.strategy?.id) this.task = null;
    } else if (!this.task || this.task.cell.raw !== taskText || this.task.strategyId !== this.strategy?.id) {
      const marker = readMarker(taskText);
      const at = this.view.masterCell(row, this.col.task as number);
      const existing = this.taskWithRaw(`${this.strategy?.id}\u0000${taskText}`);
      if (existing) this.task = existing;
      else if (marker?.kind === "task") this.startTask(at.row, at.col, marker.number, marker.name, taskText, ownsRow);
      else this.startTask(at.row, at.col, null, taskText, taskText, ownsRow);
    }
  }

  private dropOwner(): void {
    this.closeOwner();
    this.owner = null;
    this.ownerProject = null;
  }

  private setOwner(owner: Owner, project: ReadProject | null = null): void {
    this.closeOwner();
    this.owner = owner;
    this.ownerProject = project;
    this.ownerRowCount = 0;
  }

  /** The first strategy read whose text is `raw`. */
  private strategyWithRaw(raw: string): Strategy | undefined {
    const index = this.index;
    for (; index.strategiesByRaw < this.strategies.length; index.strategiesByRaw++) {
      const strategy = this.strategies[index.strategiesByRaw];
      if (!index.strategyByRaw.has(strategy.cell.raw)) index.strategyByRaw.set(strategy.cell.raw, strategy);
    }
    return index.strategyByRaw.get(raw);
  }

  /** The first strategy read with this `${part}:${number}`. */
  private strategyWithNumber(key: string): Strategy | undefined {
    const index = this.index;
    for (; index.strategiesByNumber < this.strategies.length; index.strategiesByNumber++) {
      const strategy = this.strategies[index.strategiesByNumber];
      const own = `${strategy.part}:${strategy.number}`;
      if (!index.strategyByNumber.has(own)) index.strategyByNumber.set(own, strategy);
    }
    return index.strategyByNumber.get(key);
  }

  /** The first task read under a strategy with a text: `${strategyId}\u0000${raw}`. */
  private taskWithRaw(key: string): Task | undefined {
    const index = this.index;
    for (; index.tasksByRaw < this.tasks.length; index.tasksByRaw++) {
      const task = this.tasks[index.tasksByRaw];
      const own = `${task.strategyId}\u0000${task.cell.raw}`;
      if (!index.taskByRaw.has(own)) index.taskByRaw.set(own, task);
    }
    return index.taskByRaw.get(key);
  }

  private startStrategy(row: number, col: number, part: 1 | 2, number: number | null, name: string, raw: string, owns = true): void {
    if (part === 2) this.part = 2;
    const n = number ?? this.index.strategiesInPart[part] + 1;
    const strategy: Strategy = {
      id: this.ids.strategy.take(part === 1 ? "I" : "II", n),
      part,
      number: n,
      name: name || raw,
      cell: new TextCell(this.columns.at(col), row, raw),
      indicators: [],
    };
    this.strategies.push(strategy);
    this.index.strategiesInPart[part] += 1;
    this.strategy = strategy;
    this.task = null;
    if (owns) this.setOwner(strategy);
    else this.dropOwner();
  }

  private startTask(row: number, col: number, number: number | null, name: string, raw: string, owns = true): void {
    const strategyId = this.strategy?.id ?? "II-0";
    const siblings = this.index.tasksInStrategy.get(strategyId) ?? 0;
    const n = number ?? siblings + 1;
    const task: Task = {
      id: this.ids.task.take(strategyId, n),
      strategyId,
      number: n,
      name: name || raw,
      cell: new TextCell(this.columns.at(col), row, raw),
      indicators: [],
    };
    this.tasks.push(task);
    this.index.tasksInStrategy.set(strategyId, siblings + 1);
    this.task = task;
    if (owns) this.setOwner(task);
    else this.dropOwner();
  }

  private startProject(row: number, number: number | null, numberText: string, nameText: string, path: NumberPath | null): void {
    const nameCol = this.col.name as number;
    const scope = this.task?.id ?? this.strategy?.id ?? "P";
    const flags = new ProjectFlags(row, this.readFlag(row, this.col["flag.key"]), this.readFlag(row, this.col["flag.partnership"]), this.readFlag(row, this.col["flag.isNew"]));
    // "(중점추진) 사업명": the name proper is without the marker; without a 중점 column (the 6기 form) it is the key flag.
    const marker = splitKeyMarker(nameText);
    const nameColumn = this.segmentProjects.name;
    if (this.col["flag.key"] === undefined && (marker.key || this.period.period === 6)) {
      flags.key = new NameKeyFlagCell(row, marker.key ? nameText : "", this.columns.flag(nameColumn, marker.key ? FLAG_YES : FLAG_NO));
    }
    const project = new ReadProject(
      this.ids.project.take(scope, number ?? `r${row + 1}`),
      this.strategy?.id ?? null,
      this.task?.id ?? null,
      number,
      numberText,
      marker.name,
      nameText,
      this.optionalCell(row, this.col.department),
      this.optionalCell(row, this.col.remark),
      flags,
      this.segmentProjects,
      this.addBudgets(row),
      row,
      this.view.mergeAt(row, nameCol)?.bottom ?? row,
    );
    // Set only where present, as before: a project without a numbered path or a 연계성 column has no such field.
    if (path) project.numberPath = path;
    if (this.col.link !== undefined) project.nationalPlanLink = this.readLink(row);
    this.projects.push(project);
    this.projectsSinceTotal.push(project);
    this.setOwner(project, project);
  }

  private optionalCell(row: number, col: number | undefined): Project["department"] {
    if (col === undefined) return null;
    // What the cell shows, and the cell that holds it (shown and masterCell, with one look for the merge).
    const area = this.view.mergeAt(row, col);
    const atRow = area ? area.top : row;
    const atCol = area ? area.left : col;
    const raw = cellText(cellValue(this.view.sheet, atRow, atCol));
    return raw === "" ? null : new TextCell(this.columns.at(atCol), atRow, raw);
  }

  private readLink(row: number): Project["nationalPlanLink"] {
    const col = this.col.link as number;
    const raw = cellText(this.view.own(row, col));
    return raw === "" ? null : { raw, ref: this.ref(row, col), ...parseNationalPlanLink(raw) };
  }

  /**
   * The budget unit: a "(단위: 천원)" line above the table or a budget header naming 천원. The 6기 and 5기
   * forms ask for 백만원, the default when nothing is written.
   */
  private readBudgetUnit(): BudgetUnit {
    const unitIn = (text: string): BudgetUnit["unit"] | null => {
      const m = /(백만원|천원)/.exec(compact(text));
      return m ? (m[1] as BudgetUnit["unit"]) : null;
    };
    for (const column of this.budgetCols) {
      const unit = unitIn(column.header);
      if (unit) return { unit, ref: this.ref(this.header.first, column.col), raw: column.header };
    }
    const view = this.view;
    for (let row = 0; row <= this.header.last; row++) {
      // Only the cells holding text (present: left to right, covered ones left out): no other says 단위.
      const line = view.sheet.values[row];
      for (let i = view.starts[row], end = view.starts[row + 1]; i < end; i++) {
        const col = view.present[i];
        if (typeof line[col] !== "string") continue;
        const raw = cellText(line[col]);
        if (!/단위/.test(raw)) continue;
        const unit = unitIn(raw);
        if (unit) return { unit, ref: this.ref(row, col), raw };
      }
    }
    return { unit: "백만원", ref: null, raw: "" };
  }

  /** The row's flag in `col`: its read, the cell made when asked for (ProjectFlags); a cell with a formula as it is. */
  private readFlag(row: number, col: number | undefined): FlagRead | Flag | null {
    if (col === undefined) return null;
    const read = this.columns.flag(this.columns.at(col), cellText(this.view.own(row, col)));
    const formula = this.view.formula(row, col);
    return formula === null ? read : new FormulaFlagCell(row, read, formula);
  }

  /** The row's budget reads, in year order, added to the segment's: where they start. */
  private addBudgets(row: number): number {
    const columns = this.budgetColumns;
    const view = this.view;
    const at = this.budgetRows.count;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      this.budgetRows.add(readBudget(view.own(row, column.col)), view.formula(row, column.col));
    }
    return at;
  }

  /** The row's budget cells, in year order (a list sized once, as the targets). */
  private readBudgets(row: number): Budget[] {
    const columns = this.budgetColumns;
    const view = this.view;
    const budgets = new Array<Budget>(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const read = readBudget(view.own(row, column.col));
      const formula = view.formula(row, column.col);
      budgets[i] = formula === null ? new BudgetCell(row, column, read) : new FormulaBudgetCell(row, column, read, formula);
    }
    return budgets;
  }

  private readTotal(row: number, marker: Extract<RowMarker, { kind: "total" }>, col: number, raw: string): void {
    this.dropOwner();
    const total = marker.total;
    // "사회보장전략 2 소계" closes the strategy it names, "발전전략 소계" the current strategy (tasks included),
    // a plain "소 계" the current scope.
    const named = marker.number ? this.strategyWithNumber(`${marker.part ?? this.part}:${marker.number}`) : undefined;
    const namesStrategy = marker.part !== undefined;
    const scopeId = total === "subtotal" ? (named?.id ?? (namesStrategy ? this.strategy?.id : this.task?.id ?? this.strategy?.id) ?? null) : null;
    const members =
      total === "subtotal"
        ? this.projectsSinceTotal.filter((p) => (p.taskId ?? p.strategyId) === scopeId || p.strategyId === scopeId)
        : this.projects;
    this.totals.push({
      kind: total,
      label: new TextCell(this.columns.at(col), row, raw),
      row,
      scopeId,
      budgets: this.readBudgets(row),
      memberProjectIds: members.map((p) => p.id),
    });
    if (total === "subtotal") this.projectsSinceTotal = [];
  }

  private addIndicatorRow(row: number): void {
    if (this.owner) this.ownerRows[this.ownerRowCount++] = row;
  }

  /** Turns the owner's indicator rows into indicators once its last row is known. */
  private closeOwner(): void {
    const owner = this.owner;
    if (!owner) return;
    const count = this.ownerRowCount;
    if (count === 0) return;
    const before = owner.indicators.length;
    const indicators = readIndicators(this.view, this.ownerRows, count, owner.id, this.indicatorColumns, this.targetRows, before + 1);
    // The list read is sized to its indicators: kept as it is, not pushed into a list that keeps room for 16.
    if (before === 0) owner.indicators = indicators;
    else for (const indicator of indicators) owner.indicators.push(indicator);
    this.ownerRowCount = 0;
  }

  /** The segment's cells holding an Excel error, header rows included, in reading order (the view has listed them). */
  private collectErrors(): void {
    const cells = this.view.errorCells;
    const values = this.view.sheet.values;
    for (let i = 0; i < cells.length; i += 2) {
      const row = cells[i];
      const col = cells[i + 1];
      if (row >= this.header.first && row <= this.tableEnd) this.errorCells.push({ ref: this.ref(row, col), error: (values[row][col] as CellError).error });
    }
  }
}

/**
 * A project as the reader makes it: a class made by one constructor call, where an object literal with the two
 * optional fields spread into it was copied and built property by property. The Project type is unchanged: plans
 * built by hand are plain objects. What the reader keeps to make its cells on ask (its number and name texts, the
 * segment's shared reads, where its budgets start) is under symbols: the project's keys, a spread copy's string keys
 * and its JSON are the Project's fields and nothing else.
 */
const NUMBER_TEXT = Symbol("numberText");
const NAME_TEXT = Symbol("nameText");
const SHARED = Symbol("shared");
const BUDGETS_AT = Symbol("budgetsAt");

class ReadProject implements Project {
  declare numberPath?: NumberPath;
  declare nationalPlanLink?: Project["nationalPlanLink"];
  declare readonly numberCell: Project["numberCell"];
  declare readonly nameCell: Project["nameCell"];
  declare readonly budgets: Budget[];
  indicators: Project["indicators"] = [];
  readonly [NUMBER_TEXT]: string;
  readonly [NAME_TEXT]: string;
  readonly [SHARED]: SegmentProjects;
  readonly [BUDGETS_AT]: number;

  constructor(
    readonly id: string,
    readonly strategyId: string | null,
    readonly taskId: string | null,
    readonly number: number | null,
    numberText: string,
    readonly name: string,
    nameText: string,
    public department: Project["department"],
    readonly remark: Project["remark"],
    readonly flags: ProjectFlags,
    shared: SegmentProjects,
    budgetsAt: number,
    readonly firstRow: number,
    public lastRow: number,
  ) {
    this[NUMBER_TEXT] = numberText;
    this[NAME_TEXT] = nameText;
    this[SHARED] = shared;
    this[BUDGETS_AT] = budgetsAt;
    // One call per accessor: Object.defineProperties with a map of them cost three times as much per object.
    Object.defineProperty(this, "numberCell", NUMBER_CELL);
    Object.defineProperty(this, "nameCell", NAME_CELL);
    Object.defineProperty(this, "budgets", BUDGET_CELLS);
  }
}

/**
 * A read project's number, name and budget cells, made at each ask from its texts and the segment's reads. Own,
 * enumerable accessors (one descriptor shared by all: no memory per project), so that a copy made by spreading a
 * project ({ ...project, department }) has them, as it had when they were fields.
 */
const NUMBER_CELL: PropertyDescriptor = {
  enumerable: true,
  get(this: ReadProject): Project["numberCell"] {
    const column = this[SHARED].number;
    const text = this[NUMBER_TEXT];
    return column === null || text === "" ? null : new TextCell(column, this.firstRow, text);
  },
};
const NAME_CELL: PropertyDescriptor = {
  enumerable: true,
  get(this: ReadProject): Project["nameCell"] {
    return new TextCell(this[SHARED].name, this.firstRow, this[NAME_TEXT]);
  },
};
const BUDGET_CELLS: PropertyDescriptor = {
  enumerable: true,
  get(this: ReadProject): Budget[] {
    const shared = this[SHARED];
    return budgetCellsAt(shared.budgetRows, this[BUDGETS_AT], shared.budgetCount, this.firstRow);
  },
};

/** What a segment's projects share, one object for all (fields on each project were 24 bytes of 50,000 projects'). */
class SegmentProjects {
  constructor(
    readonly number: SheetColumn | null,
    readonly name: SheetColumn,
    readonly budgetRows: ReadRows<BudgetRead>,
    readonly budgetCount: number,
  ) {}
}

/**
 * A project's flags, one shape for all: each a flag cell's read, its cell made when asked for, or a cell kept as it
 * is (one with a formula, or the key flag read from the name, set after). Own, enumerable accessors, as a project's
 * cells (NUMBER_CELL …): a spread copy has the flags. The reads are kept under symbols, so the object's keys and
 * values are the three flags and nothing else, as a Record<FlagName, Flag | null> (Object.values lists the flags).
 */
const FLAGS_ROW = Symbol("row");
const KEY_READ = Symbol("key");
const PARTNERSHIP_READ = Symbol("partnership");
const IS_NEW_READ = Symbol("isNew");

class ProjectFlags implements Record<FlagName, Flag | null> {
  declare key: Flag | null;
  declare readonly partnership: Flag | null;
  declare readonly isNew: Flag | null;
  [FLAGS_ROW]: number;
  [KEY_READ]: FlagRead | Flag | null;
  [PARTNERSHIP_READ]: FlagRead | Flag | null;
  [IS_NEW_READ]: FlagRead | Flag | null;

  constructor(row: number, key: FlagRead | Flag | null, partnership: FlagRead | Flag | null, isNew: FlagRead | Flag | null) {
    this[FLAGS_ROW] = row;
    this[KEY_READ] = key;
    this[PARTNERSHIP_READ] = partnership;
    this[IS_NEW_READ] = isNew;
    Object.defineProperty(this, "key", KEY_FLAG);
    Object.defineProperty(this, "partnership", PARTNERSHIP_FLAG);
    Object.defineProperty(this, "isNew", IS_NEW_FLAG);
  }
}

const KEY_FLAG: PropertyDescriptor = {
  enumerable: true,
  get(this: ProjectFlags): Flag | null {
    return flagCell(this[FLAGS_ROW], this[KEY_READ]);
  },
  set(this: ProjectFlags, flag: Flag | null) {
    this[KEY_READ] = flag;
  },
};
const PARTNERSHIP_FLAG: PropertyDescriptor = {
  enumerable: true,
  get(this: ProjectFlags): Flag | null {
    return flagCell(this[FLAGS_ROW], this[PARTNERSHIP_READ]);
  },
};
const IS_NEW_FLAG: PropertyDescriptor = {
  enumerable: true,
  get(this: ProjectFlags): Flag | null {
    return flagCell(this[FLAGS_ROW], this[IS_NEW_READ]);
  },
};

function flagCell(row: number, read: FlagRead | Flag | null): Flag | null {
  return read instanceof FlagRead ? new FlagCell(row, read) : read;
}

/**
 * Ids unique among their kind: `${scope}-${last}` ("I-1", "II-1-2", "I-1-3", "I-1-r12"), or with `#2`, `#3` …
 * when taken. A last part holds no "-" or "#", so no two (scope, last) pairs make one base and no id given for
 * one base is another base's: a count per pair is enough (a plan repeating one number 1,000 times stays linear).
 * Counted per scope, then per last part: the scope is a strategy's or task's id, the same string each time, where a
 * base string made for each id was hashed anew (the lookups by base were about a tenth of the read's time in the
 * profile of the 50,000-row plan).
 */
class UniqueIds {
  /** Per scope, per last part, how many ids the pair has given. */
  private readonly given = new Map<string, Map<number | string, number>>();
  /** The scope asked last and its counts: a task's projects come one after another, found without a lookup. */
  private lastScope: string | null = null;
  private lastCounts: Map<number | string, number> | undefined;

  /** The id for (scope, last), taken from then on. */
  take(scope: string, last: number | string): string {
    let inScope = scope === this.lastScope ? this.lastCounts : this.given.get(scope);
    if (inScope === undefined) this.given.set(scope, (inScope = new Map()));
    this.lastScope = scope;
    this.lastCounts = inScope;
    const count = inScope.get(last) ?? 0;
    inScope.set(last, count + 1);
    return count === 0 ? `${scope}-${last}` : `${scope}-${last}#${count + 1}`;
  }
}
