import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

/** 純粋な核（src/core）に持ち込んではいけないもの：Excel・Office・React・ファイルシステム。 */
const hostGlobals = [
  { name: "Excel", message: "src/core は Excel に依存しない（src/adapters/office/ だけが使う）" },
  { name: "Office", message: "src/core は Office に依存しない（src/adapters/office/ だけが使う）" },
  { name: "OfficeExtension", message: "src/adapters/office/ だけが使う" },
];
const hostImports = {
  patterns: [
    { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/core は React を使わない" },
    { group: ["fs", "node:*", "fs/*", "path", "exceljs", "child_process"], message: "src/core はファイルシステムやホストに触れない" },
  ],
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "out/**", "coverage/**", "test/e2e/artifacts/**", "*.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/adapters/office/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // 全角空白（U+3000）は表の文に普通に出てくる
    rules: { "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true }] },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: { "no-restricted-globals": ["error", ...hostGlobals], "no-restricted-imports": ["error", hostImports] },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/adapters/office/**", "src/commands/**"],
    rules: { "no-restricted-globals": ["error", ...hostGlobals] },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='Excel'][property.name='run']",
          message: "部品は Excel.run を呼ばない（サービスを props か context で受け取る）",
        },
      ],
    },
  },
);
