/** 見本ブックの元データ（assets/samples/*.source.json）の形。 */
export interface SampleItem {
  target: string[];
  action: string[];
  progress: string[];
  /** 進捗度（空なら書かない） */
  mark?: string;
}

export interface SampleGoal {
  no: string;
  title: string;
  items: SampleItem[];
}

export interface SampleSource {
  sheetName: string;
  title: string;
  yearLine: string;
  departmentLabel: string;
  department: string;
  legend: string;
  goals: SampleGoal[];
}

export const lines = (xs: string[]): string => xs.join("\n");
