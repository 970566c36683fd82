/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** 開発用の https 証明書（office-addin-dev-certs）。dev-server のときだけ読む。 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (e) {
    // Linux などで CA を信頼ストアに入れられないとき（sudo がない等）は、作った証明書でそのまま配る。
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const file = (name) => fs.readFileSync(path.join(dir, name));
    if (!fs.existsSync(path.join(dir, "localhost.crt"))) throw e;
    console.warn(`開発用の CA 証明書を信頼ストアに入れられませんでした（${e.message}）。${dir}/ca.crt を手で信頼してください。`);
    return { ca: file("ca.crt"), key: file("localhost.key"), cert: file("localhost.crt") };
  }
}

const DEV_BASE = "https://localhost:3000/";

/**
 * 配る manifest.xml：開発用の https://localhost:3000/ を、ADDIN_BASE_URL（社内の https サーバーの URL、末尾は /）に置き換える。
 * 置き換えた後に localhost が残っていれば失敗にする（部署に配る manifest が開発用の URL を指さないように）。
 */
function deployedManifest(xml, base) {
  if (!base) return xml;
  if (!/^https:\/\/[^\s"<>]+\/$/.test(base))
    throw new Error(`ADDIN_BASE_URL は https:// で始まり / で終わる URL にしてください（いま：${base}）`);
  const out = xml.split(DEV_BASE).join(base);
  if (out.includes("localhost")) throw new Error("manifest.xml に localhost の URL が残っています");
  return out;
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serving = process.env.WEBPACK_SERVE === "true";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } } },
        },
      ],
    },
    // office.js は CDN から読み込む。同梱しない。
    externals: { "office-js": "Office" },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => deployedManifest(content.toString(), process.env.ADDIN_BASE_URL),
          },
          // リボンのお知らせのダイアログ（ES5 だけの静的なページ）
          { from: "src/commands/message.html", to: "message.html" },
        ],
      }),
    ],
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: 3000,
          static: { directory: path.join(__dirname, "dist") },
        }
      : undefined,
  };
};

module.exports.deployedManifest = deployedManifest;
