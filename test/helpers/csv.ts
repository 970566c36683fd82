export { readCsv } from "../../scripts/lib/csv";
