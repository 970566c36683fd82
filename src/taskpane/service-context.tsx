import { createContext, useContext } from "react";
import type { WorkbookService } from "../services/workbook-service";
import { STRINGS, type Strings } from "./i18n";

/** 部品はサービスをここから受け取る（Excel.run は呼ばない）。 */
export const ServiceContext = createContext<WorkbookService | null>(null);
export const StringsContext = createContext<Strings>(STRINGS.ja);

export function useService(): WorkbookService {
  const service = useContext(ServiceContext);
  if (!service) throw new Error("WorkbookService is not provided");
  return service;
}

export function useStrings(): Strings {
  return useContext(StringsContext);
}
